// (3) one training iteration of the book's comparison: 3 networks 784-100-100-100-100-10, batch
//     128, SGD, the loss recorded after the update as the book does (median per iteration);
// (4) the whole comparison, 2000 iterations on real MNIST, data loading included.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <optional>

#include "data/dataset.h"
#include "experiments/training.h"

using namespace initscope;

namespace {

std::optional<std::string> mnistFolder() {
    if (const char* env = std::getenv("INITSCOPE_MNIST"); env && *env) return env;
    const auto shared = std::filesystem::path(INITSCOPE_SOURCE_DIR) / ".." / "shared" / "data" / "mnist";
    if (std::filesystem::exists(shared / "train-images-idx3-ubyte.gz")) return shared.string();
    return std::nullopt;
}

const Dataset* mnist() {
    static const std::optional<Dataset> data = []() -> std::optional<Dataset> {
        if (auto folder = mnistFolder()) return loadDataset(*folder);
        return std::nullopt;
    }();
    return data ? &*data : nullptr;
}

// Times every iteration from one onIteration call to the next.
class IterationClock : public TrainingObserver {
public:
    void onIteration(int, const std::vector<double>&) override {
        const auto now = std::chrono::steady_clock::now();
        if (m_started) m_seconds.push_back(std::chrono::duration<double>(now - m_last).count());
        m_last = now;
        m_started = true;
    }
    double median() {
        std::nth_element(m_seconds.begin(), m_seconds.begin() + m_seconds.size() / 2, m_seconds.end());
        return m_seconds[m_seconds.size() / 2];
    }

private:
    std::chrono::steady_clock::time_point m_last;
    bool m_started = false;
    std::vector<double> m_seconds;
};

TrainingConfig bookConfig(int iterations) {
    TrainingConfig c;  // the book's: 784-100-100-100-100-10, ReLU, SGD 0.01, batch 128
    c.iterations = iterations;
    c.evalEvery = iterations;  // the book's loop measures no accuracy while it trains
    return c;
}

void BM_TrainingIteration(benchmark::State& state) {
    const Dataset* data = mnist();
    if (!data) {
        state.SkipWithError("real MNIST not found ($INITSCOPE_MNIST or ../shared/data/mnist)");
        return;
    }
    for (auto _ : state) {
        IterationClock clock;
        runTraining(bookConfig(200), *data, &clock);
        const double median = clock.median();
        state.SetIterationTime(median);
        state.counters["GFLOPS"] = 276e6 / median / 1e9;  // 92 MFLOP per network per iteration
    }
}
BENCHMARK(BM_TrainingIteration)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_BookComparisonWithLoading(benchmark::State& state) {
    const auto folder = mnistFolder();
    if (!folder) {
        state.SkipWithError("real MNIST not found ($INITSCOPE_MNIST or ../shared/data/mnist)");
        return;
    }
    for (auto _ : state) {
        const Dataset data = loadDataset(*folder);
        const TrainingResult r = runTraining(bookConfig(2000), data);
        benchmark::DoNotOptimize(r.runs.data());
        state.counters["he_final_loss"] = r.runs[2].finalLoss;
    }
}
BENCHMARK(BM_BookComparisonWithLoading)->Unit(benchmark::kSecond)->Iterations(1)->Repetitions(3)->ReportAggregatesOnly(false);

}  // namespace

// (5) the batch-normalization experiment: one SGD step of the book's BN network
//     (784-100×5-10, Affine → BatchNorm → ReLU), gathering the batch included, on one thread like
//     bn_torch.py --bench-only: batch 100 of the first 1000 images, and batch 128 of all 60000;
// (6) the whole 16-scale sweep of figure 6-19 (2 × 16 networks, 191 updates and 20 accuracy
//     passes over 1000 images each).
#include "experiments/bn_sweep.h"
#include "nn/network.h"
#include "nn/optimizer.h"

namespace {

void BM_BatchNormStep(benchmark::State& state) {
    const Dataset* data = mnist();
    if (!data) {
        state.SkipWithError("real MNIST not found ($INITSCOPE_MNIST or ../shared/data/mnist)");
        return;
    }
    const int batch = static_cast<int>(state.range(0));
    const int images = batch == 100 ? 1000 : data->train.count;
    std::vector<int> sizes{784, 100, 100, 100, 100, 100, 10};
    Sequential net = buildNetwork<float>({sizes, &activationByName("relu"), true, true, true});
    initializeNetwork(net, *makeInitializer("std=0.01"), BiasInit{}, 0);
    auto sgd = makeOptimizer(OptimizerKind::Sgd, 0.01);
    const auto params = net.params();
    Rng rng = Rng::stream(0, 7);
    std::vector<int> indices(static_cast<std::size_t>(batch));
    Matrix x, d;
    std::vector<std::uint8_t> labels;
    for (auto _ : state) {
        for (int& i : indices) i = static_cast<int>(rng.below(static_cast<std::uint64_t>(images)));
        gatherBatch(data->train, indices, x, labels);
        softmaxCrossEntropy(net.forward(x), labels, &d);
        net.backward(x, d);
        sgd->step(params);
    }
}
BENCHMARK(BM_BatchNormStep)->Arg(100)->Arg(128)->Unit(benchmark::kMillisecond)->MinTime(1.0);

void BM_BatchNormSweep(benchmark::State& state) {
    const Dataset* data = mnist();
    if (!data) {
        state.SkipWithError("real MNIST not found ($INITSCOPE_MNIST or ../shared/data/mnist)");
        return;
    }
    for (auto _ : state) {
        const BnSweepResult r = runBnSweep(BnSweepConfig{}, *data);
        benchmark::DoNotOptimize(r.scales.data());
        state.counters["bn_final_w0.01"] = r.scales[7].bn.accuracy.back();
    }
}
BENCHMARK(BM_BatchNormSweep)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace
