#pragma once

// Runs the Catch2 session for a test program with its own main() (a QApplication first, a data
// check first). Catch2's implementation is compiled once, in tests/catch_runner.cpp, not in every
// such program: in catch.hpp, Catch::Session is declared only where the implementation is.
namespace initscope::test {
int runCatchSession(int argc, char* argv[]);
}
