// Build-time helper: writes the manual page or the bash completion from the option definitions.
// Usage: initscope_docs man|bash-completion VERSION DATE OUTPUT
#include <fstream>
#include <iostream>
#include <string>

#include "cli_spec.h"

int main(int argc, char** argv) {
    if (argc != 5) {
        std::cerr << "usage: initscope_docs man|bash-completion VERSION DATE OUTPUT\n";
        return 2;
    }
    const std::string what = argv[1];
    std::string text;
    if (what == "man") {
        text = initscope::cli::manPage(argv[2], argv[3]);
    } else if (what == "bash-completion") {
        text = initscope::cli::bashCompletion();
    } else {
        std::cerr << "initscope_docs: unknown output '" << what << "'\n";
        return 2;
    }
    std::ofstream out(argv[4], std::ios::binary);
    out << text;
    out.close();
    if (!out) {
        std::cerr << "initscope_docs: cannot write " << argv[4] << "\n";
        return 1;
    }
    return 0;
}
