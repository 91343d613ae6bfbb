// End to end on Debian's Fashion-MNIST (package dataset-fashion-mnist, installed by
// scripts/setup.sh): load, resolve by name, train the book's comparison briefly.
#include <catch2/catch.hpp>
#include "catch_runner.h"
#include <cmath>
#include <filesystem>
#include <iostream>

#include "data/dataset.h"
#include "experiments/training.h"

using namespace initscope;

namespace {
const Dataset& fashion() {
    static const Dataset data = loadDataset(resolveDataset("fashion-mnist"));
    return data;
}
}  // namespace

TEST_CASE("Fashion-MNIST loads by name with the expected shape", "[fashion-mnist]") {
    const Dataset& d = fashion();
    CHECK(d.folder == kFashionMnistFolder);
    CHECK(d.train.count == 60000);
    CHECK(d.test.count == 10000);
    CHECK(d.train.features == 784);
    CHECK(d.train.pixels.size() == 60000u * 784u);
    std::array<int, 10> perClass{};
    for (auto l : d.test.labels) ++perClass[l];
    for (int n : perClass) CHECK(n == 1000);  // Fashion-MNIST's test split is balanced
}

TEST_CASE("Fashion-MNIST: the book's comparison shows the same ordering", "[fashion-mnist]") {
    TrainingConfig c;
    c.dataset = "fashion-mnist";
    c.iterations = 600;
    c.evalEvery = 600;
    const TrainingResult r = runTraining(c, fashion());
    REQUIRE(r.runs.size() == 3);
    const TrainingRun &small = r.runs[0], &xavier = r.runs[1], &he = r.runs[2];
    CHECK(small.finalLoss == Approx(std::log(10.0)).margin(0.02));  // std=0.01 learns nothing
    CHECK(he.finalLoss < xavier.finalLoss);
    CHECK(he.finalLoss < 1.2);
    CHECK(*he.testAccuracy > 0.6);
}

int main(int argc, char* argv[]) {
    if (!std::filesystem::exists(kFashionMnistFolder)) {
        std::cerr << "FAILED: " << kFashionMnistFolder
                  << " is missing; run scripts/setup.sh (installs dataset-fashion-mnist)\n";
        return 1;
    }
    return test::runCatchSession(argc, argv);
}
