#include "experiments/bn_sweep.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <mutex>

#include "common/errors.h"
#include "common/parallel.h"
#include "common/rng.h"
#include "nn/network.h"
#include "nn/optimizer.h"

namespace initscope {
namespace {

constexpr std::uint64_t kSweepBatchStream = 2'000'003;

double iterationsPerEpoch(const BnSweepConfig& c) {
    return std::max(double(c.trainSize) / double(c.batchSize), 1.0);
}

// The update after which epoch k (from 0) is recorded: ⌊k·epoch⌋.
int recordIteration(const BnSweepConfig& c, int k) {
    return static_cast<int>(std::floor(double(k) * iterationsPerEpoch(c) + 1e-9));
}

int iterationCount(const BnSweepConfig& c) { return recordIteration(c, c.epochs - 1) + 1; }

}  // namespace

void validate(const BnSweepConfig& c, const std::string& prefix) {
    auto field = [&](const char* key) { return prefix + key; };
    if (c.dataset.empty()) throw ConfigError(field("dataset"), "must name a folder or dataset", {"value.dataset_empty", {}});
    if (c.weights.empty() || c.weights.size() > kMaxSweepScales) {
        throw ConfigError(field("weights"), "give 1 to " + std::to_string(kMaxSweepScales) + " weight scales", {"value.scale_count", {std::to_string(kMaxSweepScales)}});
    }
    for (double w : c.weights) {
        if (!std::isfinite(w) || w <= 0.0 || w > 100.0) {
            throw ConfigError(field("weights"), "each scale must be in (0, 100], got " + formatNumber(w), {"value.scale", {formatNumber(w)}});
        }
    }
    if (c.epochs < 1 || c.epochs > kMaxSweepEpochs) {
        throw ConfigError(field("epochs"), "must be 1 to " + std::to_string(kMaxSweepEpochs), {"value.range_max", {"1", std::to_string(kMaxSweepEpochs)}});
    }
    if (c.trainSize < 1 || c.trainSize > 60000) throw ConfigError(field("train_size"), "must be 1 to 60000", {"value.range_max", {"1", "60000"}});
    if (c.batchSize < 1 || c.batchSize > 8192) throw ConfigError(field("batch"), "must be 1 to 8192", {"value.range_max", {"1", "8192"}});
    if (!std::isfinite(c.learningRate) || c.learningRate <= 0.0 || c.learningRate > kMaxLearningRate) {
        throw ConfigError(field("learning_rate"), "must be a number in (0, 1000]", {"value.learning_rate", {}});
    }
    if (c.hidden.empty() || c.hidden.size() > 50) throw ConfigError(field("hidden"), "give 1 to 50 hidden layer sizes", {"value.layer_count_max", {"50"}});
    for (int h : c.hidden) {
        if (h < 1 || h > 4096) throw ConfigError(field("hidden"), "each layer needs 1 to 4096 units", {"value.layer_width_max", {"4096"}});
    }
    activationByName(c.activation, field("activation"));
}

std::vector<double> bookWeightScales(int count) {
    std::vector<double> w;
    for (int k = 0; k < count && k < kBookScaleCount; ++k) {
        w.push_back(std::pow(10.0, -4.0 * k / double(kBookScaleCount - 1)));  // 10^(−4k/15)
    }
    return w;
}

std::vector<int> bnSweepRecordIterations(const BnSweepConfig& c) {
    std::vector<int> records;
    for (int k = 0; k < c.epochs; ++k) records.push_back(recordIteration(c, k));
    return records;
}

BnSweepResult runBnSweep(const BnSweepConfig& config, const Dataset& data, const BnSweepObserver& onScale,
                         const RunControl* control) {
    validate(config);
    if (data.train.count < config.trainSize) {
        throw FileError(data.folder,
                        "the training split has " + std::to_string(data.train.count) +
                            " images, fewer than train_size " + std::to_string(config.trainSize),
                        {}, {"dataset.split_small", {std::to_string(data.train.count), std::to_string(config.trainSize)}});
    }
    BnSweepResult result;
    result.config = config;
    result.datasetFolder = data.folder;
    result.recordIterations = bnSweepRecordIterations(config);
    const std::vector<double>& scales = config.weights;
    const int iterations = iterationCount(config);

    // Every network sees the same batches: drawn once, up front.
    std::vector<int> batches(static_cast<std::size_t>(iterations) * static_cast<std::size_t>(config.batchSize));
    Rng batchRng = Rng::stream(config.seed, kSweepBatchStream);
    for (int& i : batches) i = static_cast<int>(batchRng.below(config.trainSize));
    const Activation& act = activationByName(config.activation);
    std::vector<int> sizes{data.train.features};
    sizes.insert(sizes.end(), config.hidden.begin(), config.hidden.end());
    sizes.push_back(kClasses);
    // The images the accuracy is measured on, gathered once and read by every task.
    Matrix all;
    std::vector<std::uint8_t> allLabels;
    gatherRange(data.train, 0, config.trainSize, all, allLabels);

    result.scales.resize(scales.size());
    std::vector<std::atomic<int>> halvesDone(scales.size());
    std::mutex observerMutex;
    const auto start = std::chrono::steady_clock::now();
    auto trainOne = [&](int task) {
        const auto s = static_cast<std::size_t>(task / 2);
        const bool withBn = task % 2 == 0;
        BnSweepScale& scale = result.scales[s];
        BnSweepCurve& curve = withBn ? scale.bn : scale.plain;
        Sequential net = buildNetwork<float>({sizes, &act, /*bias=*/true, withBn, /*linearOutput=*/true});
        initializeNetwork(net, *makeInitializer("std=" + formatNumber(scales[s], 17)), BiasInit{}, config.seed);
        auto sgd = makeOptimizer(OptimizerKind::Sgd, config.learningRate);
        const std::vector<ParamSlot> params = net.params();
        Matrix x, dLogits;
        std::vector<std::uint8_t> labels;
        std::size_t next = 0;  // the next record
        for (int it = 0; it < iterations; ++it) {
            if (control) control->checkpoint();
            if (!curve.divergedAt) {
                const std::span<const int> indices(batches.data() + static_cast<std::size_t>(it) * config.batchSize,
                                                   static_cast<std::size_t>(config.batchSize));
                gatherBatch(data.train, indices, x, labels);
                softmaxCrossEntropy(net.forward(x), labels, &dLogits);
                net.backward(x, dLogits);
                sgd->step(params);
                if (!net.allFinite()) curve.divergedAt = it;
            }
            if (next < result.recordIterations.size() && result.recordIterations[next] == it) {
                double accuracy = std::numeric_limits<double>::quiet_NaN();
                if (!curve.divergedAt) {
                    net.setMode(LayerMode::Eval);  // the running statistics, as the book's predict()
                    accuracy = double(countCorrect(net.forward(all), allLabels)) / config.trainSize;
                    net.setMode(LayerMode::Train);
                }
                curve.accuracy.push_back(accuracy);
                ++next;
            }
        }
        if (halvesDone[s].fetch_add(1) == 1) {  // the second of the pair: the scale is complete
            if (onScale) {
                std::lock_guard lock(observerMutex);
                onScale(scale);
            }
        }
    };
    for (std::size_t s = 0; s < scales.size(); ++s) {
        result.scales[s].index = static_cast<int>(s);
        result.scales[s].w = scales[s];
    }
    try {
        ThreadPool::shared().parallelFor(static_cast<int>(2 * scales.size()), trainOne);
    } catch (const Cancelled&) {
        result.cancelled = true;
        std::vector<BnSweepScale> finished;
        for (std::size_t s = 0; s < scales.size(); ++s) {
            if (halvesDone[s].load() == 2) finished.push_back(std::move(result.scales[s]));
        }
        result.scales = std::move(finished);
    }
    result.trainSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

}  // namespace initscope
