#include <catch2/catch.hpp>
#include <atomic>
#include <cmath>
#include <thread>

#include "common/errors.h"
#include "experiments/training.h"
#include "nn/activation.h"
#include "nn/initializer.h"
#include "nn/network.h"
#include "test_util.h"

using namespace initscope;
using namespace initscope::test;

namespace {
TrainingConfig smallConfig() {
    TrainingConfig c;
    c.dataset = "(synthetic)";
    c.hidden = {32, 32};
    c.iterations = 300;
    c.batchSize = 32;
    c.evalEvery = 100;
    c.probeSize = 64;
    c.learningRate = 0.1;
    return c;
}
double mean(const std::vector<double>& v, std::size_t from, std::size_t to) {
    double s = 0;
    for (std::size_t i = from; i < to; ++i) s += v[i];
    return s / double(to - from);
}
}  // namespace

TEST_CASE("training learns a learnable dataset; std=0.01 is stuck at ln 10", "[training]") {
    const Dataset data = syntheticDataset(2000, 500, 8);
    TrainingConfig c = smallConfig();
    c.hidden = {32, 32, 32, 32};
    c.iterations = 400;
    c.learningRate = 0.05;
    const TrainingResult r = runTraining(c, data);
    REQUIRE(r.runs.size() == 3);
    for (const auto& run : r.runs) {
        INFO(run.initializer);
        CHECK(run.loss.size() == 400);
        CHECK_FALSE(run.divergedAt.has_value());
        CHECK(run.finalLoss == Approx(mean(run.loss, 300, 400)));
    }
    const TrainingRun& small = r.runs[0];
    const TrainingRun& he = r.runs[2];
    CHECK(small.finalLoss == Approx(std::log(10.0)).margin(0.02));
    CHECK(he.finalLoss < 0.5);
    CHECK(*he.testAccuracy > 0.9);
    CHECK(*small.testAccuracy < 0.3);
}

TEST_CASE("snapshots: at 0, every k iterations and at the end, with every hidden layer",
          "[training]") {
    const Dataset data = syntheticDataset(500, 100, 6);
    TrainingConfig c = smallConfig();
    c.iterations = 250;
    const TrainingResult r = runTraining(c, data);
    std::vector<int> at;
    for (const auto& s : r.snapshots) at.push_back(s.iteration);
    CHECK(at == std::vector<int>{0, 100, 200, 250});
    for (const auto& s : r.snapshots) {
        REQUIRE(s.runs.size() == 3);
        for (const auto& run : s.runs) {
            REQUIRE(run.layers.size() == 2);
            for (const auto& layer : run.layers) {
                CHECK(layer.activationHistogram.total() == 64 * 32);
                CHECK(layer.gradientHistogram.total() == 64 * 32);
                CHECK(layer.gradientHistogram.inRange() >= 64 * 32 * 95 / 100);
                CHECK(layer.gradientHistogram.lo == -layer.gradientHistogram.hi);
                CHECK(layer.activationStats.dead.has_value());
                CHECK_FALSE(layer.gradientStats.dead.has_value());
            }
            CHECK(run.testAccuracy.has_value());
        }
    }
    CHECK(std::isnan(r.snapshots[0].runs[0].loss));
    CHECK(r.snapshots.back().runs[2].loss == r.runs[2].loss.back());
    CHECK(r.runs[2].testAccuracy == r.snapshots.back().runs[2].testAccuracy);
}

TEST_CASE("same seed, same batches, same losses; the nets share every batch",
          "[training][determinism]") {
    const Dataset data = syntheticDataset(800, 100, 6);
    TrainingConfig c = smallConfig();
    c.initializers = {"he", "he"};
    c.iterations = 120;
    const TrainingResult a = runTraining(c, data), b = runTraining(c, data);
    CHECK(a.runs[0].loss == b.runs[0].loss);
    CHECK(a.runs[0].loss == a.runs[1].loss);  // same init, same batches ⇒ same curve
    c.seed = 9;
    const TrainingResult other = runTraining(c, data);
    CHECK(a.runs[0].loss != other.runs[0].loss);
}

TEST_CASE("every optimizer trains", "[training]") {
    const Dataset data = syntheticDataset(800, 200, 6);
    for (OptimizerKind kind : allOptimizers()) {
        INFO(optimizerName(kind));
        TrainingConfig c = smallConfig();
        c.initializers = {"he"};
        c.optimizer = kind;
        c.learningRate = kind == OptimizerKind::Sgd ? 0.1 : (kind == OptimizerKind::Momentum ? 0.02 : 0.005);
        const TrainingResult r = runTraining(c, data);
        CHECK(r.runs[0].finalLoss < 0.5 * r.runs[0].loss.front());
    }
}

TEST_CASE("a diverging run is marked at its iteration; the others go on", "[training]") {
    const Dataset data = syntheticDataset(500, 100, 6);
    TrainingConfig c = smallConfig();
    c.initializers = {"he", "std=100"};
    c.learningRate = 10.0;
    c.iterations = 200;
    c.hidden = {32, 32, 32};
    c.activation = "relu";
    const TrainingResult r = runTraining(c, data);
    const TrainingRun& blown = r.runs[1];
    REQUIRE(blown.divergedAt.has_value());
    CHECK(blown.loss.size() == static_cast<std::size_t>(*blown.divergedAt));
    CHECK_FALSE(blown.testAccuracy.has_value());
    for (double l : blown.loss) CHECK(std::isfinite(l));
    // The He network at lr 10 may or may not survive; whatever happens is recorded consistently.
    const TrainingRun& he = r.runs[0];
    CHECK(he.loss.size() == (he.divergedAt ? static_cast<std::size_t>(*he.divergedAt) : 200u));
}

TEST_CASE("all runs diverged: training stops early with a final snapshot", "[training]") {
    const Dataset data = syntheticDataset(300, 50, 6);
    TrainingConfig c = smallConfig();
    c.initializers = {"std=1000"};
    c.learningRate = 100.0;
    c.hidden = {64, 64, 64, 64, 64};
    const TrainingResult r = runTraining(c, data);
    REQUIRE(r.runs[0].divergedAt.has_value());
    CHECK(r.snapshots.back().iteration == *r.runs[0].divergedAt + 1);
    CHECK(r.snapshots.back().runs[0].divergedAt == r.runs[0].divergedAt);
}

namespace {
class Recorder : public TrainingObserver {
public:
    explicit Recorder(RunControl* control, int cancelAt) : m_control(control), m_cancelAt(cancelAt) {}
    void onIteration(int iteration, const std::vector<double>& losses) override {
        iterations.push_back(iteration);
        lastLosses = losses;
        if (iteration + 1 == m_cancelAt) m_control->cancel();
    }
    void onSnapshot(TrainingSnapshot&& s) override { snapshots.push_back(s.iteration); }
    std::vector<int> iterations, snapshots;
    std::vector<double> lastLosses;

private:
    RunControl* m_control;
    int m_cancelAt;
};
}  // namespace

TEST_CASE("observer sees every iteration; cancel stops between mini-batches", "[training]") {
    const Dataset data = syntheticDataset(300, 50, 6);
    TrainingConfig c = smallConfig();
    RunControl control;
    Recorder recorder(&control, 150);
    const TrainingResult r = runTraining(c, data, &recorder, &control);
    CHECK(r.cancelled);
    CHECK(recorder.iterations.size() == 150);
    CHECK(recorder.iterations.back() == 149);
    CHECK(recorder.snapshots == std::vector<int>{0, 100});
    CHECK(r.runs[0].loss.size() == 150);
    CHECK(recorder.lastLosses.size() == 3);
    CHECK(r.runs[0].testAccuracy.has_value());
}

TEST_CASE("pause holds the run until resumed", "[training]") {
    const Dataset data = syntheticDataset(300, 50, 6);
    TrainingConfig c = smallConfig();
    c.iterations = 50;
    RunControl control;
    control.setPaused(true);
    struct Counter : TrainingObserver {
        std::atomic<int> iterations{0};
        void onIteration(int, const std::vector<double>&) override { iterations.fetch_add(1); }
    } counter;
    TrainingResult r;
    std::thread worker([&] { r = runTraining(c, data, &counter, &control); });
    // 50 iterations of this small network take a few milliseconds: unpaused, they would be done.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK(counter.iterations.load() == 0);  // nothing ran while paused
    control.setPaused(false);
    worker.join();
    CHECK(counter.iterations.load() == 50);
    CHECK(r.runs[0].loss.size() == 50);
    CHECK_FALSE(r.cancelled);
}

TEST_CASE("snapshots kept are bounded: thinned evenly, the first and the newest kept", "[training][memory]") {
    std::vector<TrainingSnapshot> s;
    for (int i = 0; i <= 1000; ++i) {
        s.push_back({});
        s.back().iteration = i;
        if (s.size() > 16) thinSnapshots(s, 16);
    }
    CHECK(s.size() <= 16);
    CHECK(s.front().iteration == 0);
    CHECK(s.back().iteration == 1000);
    for (std::size_t i = 1; i < s.size(); ++i) CHECK(s[i].iteration > s[i - 1].iteration);
    // A run with a snapshot every iteration keeps at most kMaxKeptSnapshots of them.
    const Dataset data = syntheticDataset(300, 50, 6);
    TrainingConfig c = smallConfig();
    c.iterations = 700;
    c.evalEvery = 1;
    c.evalSamples = 20;
    c.probeSize = 8;
    const TrainingResult r = runTraining(c, data);
    CHECK(r.snapshots.size() <= kMaxKeptSnapshots);
    CHECK(r.snapshots.size() > kMaxKeptSnapshots / 2);
    CHECK(r.snapshots.front().iteration == 0);
    CHECK(r.snapshots.back().iteration == 700);
}

TEST_CASE("invalid training configurations name the field", "[training]") {
    auto expectField = [](TrainingConfig c, const std::string& field) {
        try {
            validate(c, "training.");
            FAIL("accepted");
        } catch (const ConfigError& e) {
            CHECK(e.field() == "training." + field);
        }
    };
    TrainingConfig c;
    c.learningRate = 0;
    expectField(c, "learning_rate");
    c = {};
    c.learningRate = std::nan("");
    expectField(c, "learning_rate");
    c = {};
    c.hidden = {100, 0};
    expectField(c, "hidden");
    c = {};
    c.hidden = {};
    expectField(c, "hidden");
    c = {};
    c.batchSize = 0;
    expectField(c, "batch");
    c = {};
    c.iterations = 0;
    expectField(c, "iterations");
    c = {};
    c.evalEvery = 0;
    expectField(c, "eval_every");
    c = {};
    c.initializers = {"nope"};
    expectField(c, "initializers");
    c = {};
    c.bins = 0;
    expectField(c, "bins");
}

#include "experiments/bn_sweep.h"

TEST_CASE("batch norm rescues std=0.01 and std=1: the chapter's lesson on a learnable dataset", "[training][batchnorm]") {
    const Dataset data = syntheticDataset(2000, 500, 8);
    TrainingConfig c = smallConfig();
    c.hidden = {32, 32, 32, 32};
    c.iterations = 400;
    c.learningRate = 0.05;
    c.initializers = {"std=0.01", "std=1"};
    const TrainingResult plain = runTraining(c, data);
    c.batchNorm = true;
    const TrainingResult bn = runTraining(c, data);
    // Without batch norm std=0.01 stays at ln 10; with it, the same weights learn.
    CHECK(plain.runs[0].finalLoss == Approx(std::log(10.0)).margin(0.02));
    CHECK(bn.runs[0].finalLoss < 1.0);
    CHECK(*bn.runs[0].testAccuracy > 0.7);
    CHECK(*bn.runs[1].testAccuracy > 0.7);
    // The snapshots see every hidden layer after batch norm and the activation: ReLU of a
    // normalised unit is 0 about half of the time.
    const TrainingSnapshot& first = bn.snapshots.front();
    REQUIRE(first.runs[0].layers.size() == 4);
    for (const LayerSnapshot& l : first.runs[0].layers) CHECK(*l.activationStats.dead == Approx(0.5).margin(0.1));
    CHECK(first.runs[0].layerDescriptions.size() == 5);  // four hidden dense layers and the output
}

TEST_CASE("LSUV in training: fitted on the first mini-batch, described per layer", "[training][lsuv]") {
    const Dataset data = syntheticDataset(600, 100, 8);
    TrainingConfig c = smallConfig();
    c.initializers = {"lsuv"};
    c.iterations = 50;
    c.evalEvery = 50;
    const TrainingResult r = runTraining(c, data);
    const auto& descriptions = r.snapshots.front().runs[0].layerDescriptions;
    REQUIRE(descriptions.size() == 3);
    for (const std::string& d : descriptions) CHECK(d.rfind("LSUV: orthonormal × ", 0) == 0);
    CHECK_FALSE(r.runs[0].divergedAt.has_value());
    CHECK(r.runs[0].finalLoss < r.runs[0].loss.front());
}

TEST_CASE("bn-sweep: schedule, same batches and weights, results independent of the thread count", "[bn-sweep]") {
    BnSweepConfig c;
    c.epochs = 20;
    CHECK(bnSweepRecordIterations(c).size() == 20);
    CHECK(bnSweepRecordIterations(c).back() == 190);  // the book: 191 updates for 20 epochs
    CHECK(bookWeightScales(16).front() == 1.0);
    CHECK(bookWeightScales(16).back() == Approx(1e-4));
    CHECK(bookWeightScales(16)[1] == Approx(std::pow(10.0, -4.0 / 15)));
    c.batchSize = 300;  // an epoch of 1000/300 = 3.33 updates: records after ⌊k·3.33⌋
    c.epochs = 4;
    CHECK(bnSweepRecordIterations(c) == std::vector<int>{0, 3, 6, 10});
    c.batchSize = 2000;  // larger than the set: an epoch is one update
    CHECK(bnSweepRecordIterations(c) == std::vector<int>{0, 1, 2, 3});

    const Dataset data = syntheticDataset(400, 50, 8);
    BnSweepConfig s;
    s.dataset = "(synthetic)";
    s.weights = {1.0, 0.1, 0.0001};
    s.trainSize = 300;
    s.batchSize = 30;
    s.epochs = 10;
    s.learningRate = 0.1;
    s.hidden = {24, 24, 24};
    std::vector<int> seen;
    const BnSweepResult a = runBnSweep(s, data, [&](const BnSweepScale& scale) { seen.push_back(scale.index); });
    REQUIRE(a.scales.size() == 3);
    std::sort(seen.begin(), seen.end());
    CHECK(seen == std::vector<int>{0, 1, 2});
    for (const BnSweepScale& scale : a.scales) {
        INFO("w = " << scale.w);
        CHECK(scale.bn.accuracy.size() == 10);
        CHECK(scale.plain.accuracy.size() == 10);
        CHECK_FALSE(scale.bn.divergedAt.has_value());
        // With batch norm every scale learns this easy dataset.
        CHECK(scale.bn.accuracy.back() > 0.8);
    }
    // Without it, w = 0.0001 cannot: the signal vanishes (one class, ~10%).
    CHECK(a.scales[2].plain.accuracy.back() < 0.3);
    // Each network is one task with nothing shared but the read-only data: a scale swept alone
    // (other tasks, other threads, another order) gives the very same numbers.
    BnSweepConfig alone = s;
    alone.weights = {0.1};
    const BnSweepResult b = runBnSweep(alone, data);
    CHECK(a.scales[1].bn.accuracy == b.scales[0].bn.accuracy);
    CHECK(a.scales[1].plain.accuracy == b.scales[0].plain.accuracy);
    // Cancelled: only finished scales come back.
    RunControl control;
    control.cancel();
    const BnSweepResult cancelled = runBnSweep(s, data, {}, &control);
    CHECK(cancelled.cancelled);
    CHECK(cancelled.scales.empty());
}

namespace {
// σ = √(Σ(x − μ)²/n) in double, written here.
double populationStd(const float* p, std::size_t n) {
    double mean = 0.0;
    for (std::size_t i = 0; i < n; ++i) mean += p[i];
    mean /= double(n);
    double m2 = 0.0;
    for (std::size_t i = 0; i < n; ++i) m2 += (p[i] - mean) * (p[i] - mean);
    return std::sqrt(m2 / double(n));
}
}  // namespace

TEST_CASE("update ratio: SGD's step is −η·dL/dW, so the ratio is η·std(dL/dW)/std(W) after the step", "[training][update-ratio]") {
    // Every training image the same: every mini-batch is that image batch times, whatever the
    // indices drawn, so the first step can be redone here by hand.
    Dataset data = syntheticDataset(50, 20, 4);
    for (int i = 0; i < data.train.count; ++i) {
        std::copy(data.train.image(0).begin(), data.train.image(0).end(),
                  data.train.pixels.begin() + static_cast<std::ptrdiff_t>(i) * data.train.features);
        data.train.labels[static_cast<std::size_t>(i)] = data.train.labels[0];
    }
    TrainingConfig c = smallConfig();
    c.hidden = {12, 8};
    c.initializers = {"he", "std=0.3"};
    c.batchSize = 5;
    c.iterations = 3;
    c.learningRate = 0.05;
    c.activation = "tanh";
    const TrainingResult r = runTraining(c, data);
    REQUIRE(r.updateRatioEvery == 1);
    // Momentum's first step is SGD's (v = α·0 − η·g), read from the step it writes rather than
    // from the gradient: the same ratios at iteration 1, different ones after.
    TrainingConfig momentum = c;
    momentum.optimizer = OptimizerKind::Momentum;
    const TrainingResult m = runTraining(momentum, data);
    for (std::size_t k = 0; k < c.initializers.size(); ++k) {
        for (std::size_t b = 0; b < 3; ++b) {
            CHECK(m.runs[k].updateRatio[b][0] == Approx(r.runs[k].updateRatio[b][0]).epsilon(1e-5));
            CHECK(m.runs[k].updateRatio[b][2] != Approx(r.runs[k].updateRatio[b][2]).epsilon(1e-3));
        }
    }
    for (std::size_t k = 0; k < c.initializers.size(); ++k) {
        INFO(c.initializers[k]);
        const TrainingRun& run = r.runs[k];
        REQUIRE(run.updateRatio.size() == 3);  // two hidden layers and the output layer
        for (const auto& layer : run.updateRatio) CHECK(layer.size() == 3);
        // The first step, by hand: the network as the engine starts it, the batch, dL/dW.
        Sequential net = buildNetwork<float>({{data.train.features, 12, 8, kClasses}, &activationByName("tanh"), true, false, true});
        initializeNetwork(net, *makeInitializer(c.initializers[k]), parseBiasInit("zeros"), c.seed);
        Matrix x, dLogits;
        std::vector<std::uint8_t> labels;
        const std::vector<int> indices(5, 0);
        gatherBatch(data.train, indices, x, labels);
        softmaxCrossEntropy(net.forward(x), labels, &dLogits);
        net.backward(x, dLogits);
        for (int b = 0; b < 3; ++b) {
            const Matrix& dw = net.dense(b).gradWeight();
            Matrix after = net.dense(b).weight() - static_cast<float>(c.learningRate) * dw;  // W − η·dL/dW
            const double expected = c.learningRate * populationStd(dw.data(), std::size_t(dw.size())) /
                                    populationStd(after.data(), std::size_t(after.size()));
            CHECK(run.updateRatio[static_cast<std::size_t>(b)][0] == Approx(expected).epsilon(1e-4));
        }
    }
}

TEST_CASE("snapshots carry each layer's weights and weight gradients; long runs thin the update ratios", "[training][update-ratio]") {
    const Dataset data = syntheticDataset(300, 60, 6);
    TrainingConfig c = smallConfig();
    c.iterations = 120;
    c.evalEvery = 40;
    const TrainingResult r = runTraining(c, data);
    REQUIRE(r.snapshots.size() == 4);
    for (std::size_t k = 0; k < c.initializers.size(); ++k) {
        const TrainingRun& run = r.runs[k];
        REQUIRE(run.updateRatio.size() == c.hidden.size() + 1);
        for (const auto& layer : run.updateRatio) CHECK(layer.size() == 120);
        for (const TrainingSnapshot& s : r.snapshots) {
            const RunSnapshot& rs = s.runs[k];
            REQUIRE(rs.layers.size() == c.hidden.size());
            for (std::size_t l = 0; l < rs.layers.size(); ++l) {
                const LayerSnapshot& ls = rs.layers[l];
                const int fanIn = l == 0 ? data.train.features : c.hidden[l - 1];
                CHECK(ls.weightStats.count == std::int64_t(fanIn) * c.hidden[l]);
                CHECK(ls.weightHistogram.total() == ls.weightStats.count);
                CHECK(ls.weightHistogram.lo == -ls.weightHistogram.hi);
                CHECK(ls.weightGradientStats.count == ls.weightStats.count);
                CHECK(ls.weightGradientHistogram.total() == ls.weightStats.count);
                CHECK(ls.weightGradientStats.std > 0.0);
            }
        }
    }
    // At initialization the weights are the initializer's: std = 0.01, He σ = √(2/n_in).
    CHECK(r.snapshots[0].runs[0].layers[0].weightStats.std == Approx(0.01).epsilon(0.05));
    CHECK(r.snapshots[0].runs[2].layers[1].weightStats.std == Approx(std::sqrt(2.0 / 32)).epsilon(0.1));
    for (const TrainingRun& run : r.runs) {
        for (const auto& layer : run.updateRatio) {
            for (float v : layer) CHECK((std::isfinite(v) && v > 0.0f));
        }
    }
    // Bounded records for long runs.
    CHECK(updateRatioEvery(2000) == 1);
    CHECK(updateRatioEvery(kMaxUpdateRatios) == 1);
    CHECK(updateRatioEvery(kMaxUpdateRatios + 1) == 2);
    CHECK(updateRatioEvery(kMaxIterations) == 100);
}

TEST_CASE("update ratios reach the observer as they are recorded, NaN once a run diverged", "[training][update-ratio]") {
    struct Recorder : TrainingObserver {
        std::vector<int> iterations;
        std::vector<std::vector<float>> ratios;
        void onUpdateRatios(int iteration, std::span<const float> r) override {
            iterations.push_back(iteration);
            ratios.emplace_back(r.begin(), r.end());
        }
    } recorder;
    const Dataset data = syntheticDataset(300, 50, 6);
    TrainingConfig c = smallConfig();
    c.iterations = 60;
    c.initializers = {"he", "std=1000"};  // the second explodes at once
    const TrainingResult r = runTraining(c, data, &recorder);
    REQUIRE(recorder.iterations.size() == 60);
    REQUIRE(r.runs[1].divergedAt.has_value());
    const std::size_t layers = c.hidden.size() + 1;
    for (std::size_t i = 0; i < recorder.ratios.size(); ++i) {
        REQUIRE(recorder.ratios[i].size() == 2 * layers);
        for (std::size_t l = 0; l < layers; ++l) {
            CHECK(recorder.ratios[i][l] == r.runs[0].updateRatio[l][i]);
            if (int(i) >= *r.runs[1].divergedAt) CHECK(std::isnan(recorder.ratios[i][layers + l]));
        }
    }
    for (const auto& layer : r.runs[1].updateRatio) CHECK(layer.size() == std::size_t(*r.runs[1].divergedAt));
}
