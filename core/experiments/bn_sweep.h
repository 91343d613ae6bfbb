#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/run_control.h"
#include "data/dataset.h"

namespace initscope {

// The book's Batch Normalization experiment (figure 6-19): for each weight scale w, the same
// network trained with and without BatchNorm after every hidden dense layer, on the same batches,
// from the same weights N(0, w²); the training accuracy in inference mode recorded per epoch.
// The book's weight scales: logspace(0, −4, 16), the first `count` (at most 16).
std::vector<double> bookWeightScales(int count = 16);

struct BnSweepConfig {
    std::string dataset = "mnist";
    std::vector<double> weights = bookWeightScales();  // the scales w swept (1 to 16 of them)
    int epochs = 20;
    int trainSize = 1000;   // the first images of the training split
    int batchSize = 100;
    double learningRate = 0.01;  // SGD
    std::vector<int> hidden = std::vector<int>(5, 100);
    std::string activation = "relu";
    std::uint64_t seed = 0;

    bool operator==(const BnSweepConfig&) const = default;
};

inline constexpr int kBookScaleCount = 16;
inline constexpr int kMaxSweepScales = 16;
inline constexpr int kMaxSweepEpochs = 1000;

void validate(const BnSweepConfig& config, const std::string& prefix = "");

// The book's schedule: an epoch is E = max(trainSize/batch, 1) iterations; the accuracy is recorded
// after the update of iteration ⌊k·E⌋ (from 0) for k = 0 … epochs − 1, and training stops after the
// last record: (epochs − 1)·E + 1 updates (191 for the book's 20 epochs of 10). When E is whole
// this is the book's `i % iter_per_epoch == 0`; when the batch does not divide the set (where the
// book's float test would almost never fire) every epoch is still recorded once.
std::vector<int> bnSweepRecordIterations(const BnSweepConfig& config);

struct BnSweepCurve {
    std::vector<double> accuracy;  // per record; NaN once the network has diverged
    std::optional<int> divergedAt;  // the iteration whose weights stopped being finite
};

struct BnSweepScale {
    int index = 0;
    double w = 0.0;
    BnSweepCurve bn, plain;
};

struct BnSweepResult {
    BnSweepConfig config;
    std::string datasetFolder;
    std::vector<int> recordIterations;  // the iteration (from 0) after whose update each record is taken
    std::vector<BnSweepScale> scales;   // in scale order; fewer when cancelled
    double trainSeconds = 0.0;
    bool cancelled = false;
};

// Trains 2 × scales networks side by side on the thread pool (each network's training is one
// task, so the results do not depend on the thread count). Weights: dense layer k from stream k + 1
// of the seed, the same base draw for every scale, scaled by w; biases 0; BatchNorm the book's
// (ε 1e-6, momentum 0.9, running statistics from 0). Batches of `batchSize` drawn with
// replacement from the first trainSize images, one stream shared by every network.
// `onScale` is called as each scale finishes (both networks), from a pool thread, one call at
// a time. A cancelled run returns the finished scales with cancelled = true.
using BnSweepObserver = std::function<void(const BnSweepScale&)>;
BnSweepResult runBnSweep(const BnSweepConfig& config, const Dataset& data,
                         const BnSweepObserver& onScale = {}, const RunControl* control = nullptr);

}  // namespace initscope
