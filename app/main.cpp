// InitScope entry point: a subcommand runs headless (no display needed); otherwise the GUI opens.
#include <iostream>
#include <string>
#include <vector>

#include "cli.h"
#include "common/parallel.h"
#include "io/atomic_file.h"

#ifdef INITSCOPE_WITH_GUI
#include "export/headless_renderer.h"
#include "gui_main.h"
#endif

int main(int argc, char** argv) {
    initscope::tuneAllocator();
    if (argc > 1 && initscope::cli::isCommand(argv[1])) {
        // Ctrl+C or a kill while a file is being written leaves no hidden temporary behind.
        initscope::removeTemporariesOnSignal();
#ifdef INITSCOPE_WITH_GUI
        initscope::ui::HeadlessRenderer renderer;
        initscope::FigureRenderer* figures = &renderer;
#else
        initscope::FigureRenderer* figures = nullptr;
#endif
        return initscope::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout,
                                   std::cerr, figures);
    }
#ifdef INITSCOPE_WITH_GUI
    return initscope::ui::runGui(argc, argv);
#else
    std::cerr << "initscope: built without the desktop application\n" << initscope::cli::usage();
    return initscope::cli::kExitUsage;
#endif
}
