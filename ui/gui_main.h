#pragma once

namespace initscope::ui {

// Creates the QApplication and the main window; returns the application's exit code.
int runGui(int argc, char** argv);

}  // namespace initscope::ui
