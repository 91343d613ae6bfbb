#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/run_control.h"
#include "data/dataset.h"
#include "nn/optimizer.h"
#include "stats/histogram.h"

namespace initscope {

// The book's second experiment: one network per initializer, trained on the same mini-batches.
struct TrainingConfig {
    std::string dataset = "mnist";  // a folder, "mnist" or "fashion-mnist"
    std::string activation = "relu";
    std::vector<std::string> initializers = {"std=0.01", "xavier", "he"};
    std::vector<int> hidden = {100, 100, 100, 100};
    OptimizerKind optimizer = OptimizerKind::Sgd;
    double learningRate = 0.01;
    int batchSize = 128;
    int iterations = 2000;
    std::uint64_t seed = 0;
    int evalEvery = 100;    // a snapshot (test accuracy, histograms) every k iterations
    int evalSamples = 10000;  // test images used for a snapshot's accuracy (0: all)
    int probeSize = 256;    // test images whose activations and gradients are histogrammed
    int bins = 30;
    bool bias = true;
    std::string biasInit = "zeros";  // "zeros" or "normal=<σ_b>"
    bool batchNorm = false;          // BatchNorm after every hidden dense layer

    bool operator==(const TrainingConfig&) const = default;
};

inline constexpr int kMaxIterations = 1'000'000;
inline constexpr int kMaxBatch = 8192;

void validate(const TrainingConfig& config, const std::string& prefix = "");

// One hidden layer of one network at a snapshot, measured on the probe batch.
struct LayerSnapshot {
    LayerStats activationStats;
    Histogram activationHistogram;
    LayerStats gradientStats;  // of dL/dA, the gradient reaching this layer's output
    Histogram gradientHistogram;
    LayerStats weightStats;  // of W_l, the dense layer's weights into this layer (biases apart)
    Histogram weightHistogram;
    LayerStats weightGradientStats;  // of dL/dW_l on the probe batch
    Histogram weightGradientHistogram;
};

struct RunSnapshot {
    std::string initializer;
    double loss = 0.0;  // the latest recorded loss (NaN before the first iteration)
    std::optional<double> testAccuracy;
    std::optional<int> divergedAt;
    std::vector<LayerSnapshot> layers;  // hidden layers (after BatchNorm and the activation)
    std::vector<std::string> layerDescriptions;  // at iteration 0: how each dense layer was initialised
};

struct TrainingSnapshot {
    int iteration = 0;  // iterations completed (0: at initialisation)
    double elapsedSeconds = 0.0;
    std::vector<RunSnapshot> runs;
};

struct TrainingRun {
    std::string initializer;  // the spec exactly as configured
    std::vector<double> loss;  // per iteration until divergence (if any)
    double finalLoss = 0.0;  // mean of the last (up to) 100 recorded losses
    std::optional<double> testAccuracy;  // on the whole test split; none after divergence
    std::optional<int> divergedAt;       // the iteration whose loss was not finite
    // The update:data ratio std(ΔW_l) / std(W_l) of every dense layer's weights (the hidden ones,
    // then the output layer), ΔW_l being the optimizer's step and W_l the weights after it:
    // updateRatio[l][j] for iteration j·TrainingResult::updateRatioEvery (0-based), until
    // divergence. Karpathy's rule of thumb: around 1e-3.
    std::vector<std::vector<float>> updateRatio;
};

struct TrainingResult {
    TrainingConfig config;
    std::string datasetFolder;
    std::vector<TrainingRun> runs;
    std::vector<TrainingSnapshot> snapshots;
    int updateRatioEvery = 1;   // the iterations between two recorded update ratios (see below)
    double trainSeconds = 0.0;  // wall time of the training loop
    bool cancelled = false;     // stopped early through the RunControl
};

// Receives progress from the training thread. Called synchronously.
class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    // After every iteration: that iteration's loss per run (NaN for a diverged run).
    virtual void onIteration(int /*iteration*/, const std::vector<double>& /*losses*/) {}
    // After each iteration whose update ratios are recorded: ratios[k·layers + l] for network k
    // and dense layer l (NaN once diverged), as in TrainingRun::updateRatio.
    virtual void onUpdateRatios(int /*iteration*/, std::span<const float> /*ratios*/) {}
    // Each snapshot, handed over: the observer may keep it (move from it).
    virtual void onSnapshot(TrainingSnapshot&& /*snapshot*/) {}
    // False when the observer keeps the snapshots itself: the result then holds none (one owner,
    // no second history).
    virtual bool resultKeepsSnapshots() const { return true; }
};

// At most this many snapshots are kept, by the engine's result and by the window's history:
// when one more arrives, every second one is dropped (the first and the newest stay), so what is
// kept stays evenly spread over the run. With 16 networks of 50 layers and 1000 bins a snapshot
// is ~13 MB; with the book's 3 × 4 layers and 30 bins, ~25 KB.
inline constexpr std::size_t kMaxKeptSnapshots = 256;

// Update ratios are recorded every iteration up to this many iterations; longer runs record every
// ⌈iterations / kMaxUpdateRatios⌉-th, so that the record stays bounded (16 networks × 51 layers ×
// 10,000 floats is 33 MB).
inline constexpr int kMaxUpdateRatios = 10000;
int updateRatioEvery(int iterations);

// Thins `snapshots` (in iteration order) to at most `limit` (≥ 2) as described above.
void thinSnapshots(std::vector<TrainingSnapshot>& snapshots, std::size_t limit = kMaxKeptSnapshots);

// Trains config.initializers.size() networks on `data` (config.dataset is not read here).
// Deterministic for a seed: weights from the seed's per-layer streams, batches from their own
// stream, drawn with replacement and shared by every network. LSUV is fitted on the first
// mini-batch. Snapshots measure the probe batch in training mode (BatchNorm with the probe's own
// statistics, running statistics untouched); accuracies use inference mode. A cancelled run returns what it
// has with cancelled = true.
TrainingResult runTraining(const TrainingConfig& config, const Dataset& data,
                           TrainingObserver* observer = nullptr, const RunControl* control = nullptr);

}  // namespace initscope
