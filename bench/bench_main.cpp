#include <benchmark/benchmark.h>

#include "common/parallel.h"

int main(int argc, char** argv) {
    initscope::tuneAllocator();  // as the app does
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
