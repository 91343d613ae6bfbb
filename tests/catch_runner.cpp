// Catch2's implementation without a main(), once for every test program that has its own main
// (compiling it into each of them cost ~18 s of compiler time per program).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "catch_runner.h"

int initscope::test::runCatchSession(int argc, char* argv[]) { return Catch::Session().run(argc, argv); }
