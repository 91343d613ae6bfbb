#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace initscope {
class FigureRenderer;
}

namespace initscope::cli {

// Exit codes of the command line.
inline constexpr int kExitOk = 0;
inline constexpr int kExitRuntimeError = 1;  // bad file, missing dataset, failed write
inline constexpr int kExitUsage = 2;         // unknown option, invalid value

// True when argv[1] selects the headless command line rather than the GUI.
bool isCommand(const std::string& firstArgument);

// Runs a subcommand; `args` excludes the program name. Results go to `out` (or --output),
// one-line errors to `err`. `renderer` draws figures (--plot, render, run); without one those
// options fail with a clear message.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
        FigureRenderer* renderer = nullptr);

std::string usage();

}  // namespace initscope::cli
