// Linked into every test program (through initscope_test_util): when ctest runs a program with
// the loader told to take a given engine (tests/CMakeLists.txt: the "@x86-64" entries, run with
// ld.so --glibc-hwcaps-mask), that engine is the one that ran the tests, not a faster one.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "common/system.h"

TEST_CASE("the engine level the test was started for is the one loaded", "[engine-level]") {
    const char* expected = std::getenv("INITSCOPE_EXPECT_ENGINE");
    if (!expected) return;  // a normal run: whichever the loader chose for this CPU
    CHECK(initscope::engineLevel() == std::string(expected));
}
