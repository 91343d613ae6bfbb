#include "experiments/training.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <cmath>
#include <limits>
#include <memory>
#include <tuple>

#include "common/errors.h"
#include "common/parallel.h"
#include "common/system.h"
#include "nn/activation.h"
#include "nn/lsuv.h"
#include "nn/network.h"

namespace initscope {
namespace {

constexpr std::uint64_t kBatchStream = 1'000'003;

struct Net {
    std::unique_ptr<Sequential> mlp;
    std::unique_ptr<Optimizer> optimizer;
    std::vector<ParamSlot> slots;  // with the optimizer's steps ΔW (updateOf)
    std::vector<std::size_t> weightSlot;  // per dense layer: its weights' slot
    std::vector<float> ratios;            // this iteration's update ratios, per dense layer
    Matrix dLogits;
    TrainingRun run;
};

// Population standard deviation of p[0 … n), in float (vectorised; weights and steps are far from
// float's limits): σ = √(Σ(x − μ)²/n).
float stdOf(const float* p, Eigen::Index n) {
    const Eigen::Map<const Eigen::ArrayXf> a(p, n);
    const float mean = a.mean();
    return std::sqrt((a - mean).square().mean());
}

// Statistics and a histogram on the range symmetric around 0 that holds every finite value.
std::pair<LayerStats, Histogram> symmetricHistogram(std::span<const float> values, int bins) {
    LayerStats stats = computeStats(values, nullptr);
    double m = std::isfinite(stats.min) && std::isfinite(stats.max) ? std::max(std::abs(stats.min), std::abs(stats.max)) : 0.0;
    if (!(m > 0.0)) m = 0.5;
    return {std::move(stats), makeHistogram(values, bins, -m, m)};
}

// In inference mode (BatchNorm with its running statistics).
double accuracy(Sequential& mlp, const DataSplit& split, int samples, Matrix& x,
                std::vector<std::uint8_t>& labels) {
    const int n = samples <= 0 ? split.count : std::min(samples, split.count);
    mlp.setMode(LayerMode::Eval);
    constexpr int kChunk = 500;
    int correct = 0;
    for (int first = 0; first < n; first += kChunk) {
        const int size = std::min(kChunk, n - first);
        gatherRange(split, first, size, x, labels);
        correct += countCorrect(mlp.forward(x), labels);
    }
    mlp.setMode(LayerMode::Train);
    return n > 0 ? double(correct) / n : 0.0;
}

// Gradients: a range symmetric about 0 that shows the bulk, ±1.5·max(|p1|, |p99|); the rare
// outliers beyond it are counted as below/above, never dropped.
Histogram gradientHistogram(std::span<const float> values, const LayerStats& stats, int bins) {
    double m = 0.0;
    if (stats.percentiles.size() == 7 && std::isfinite(stats.percentiles[0]) && std::isfinite(stats.percentiles[6])) {
        m = 1.5 * std::max(std::abs(stats.percentiles[0]), std::abs(stats.percentiles[6]));
    }
    if (m == 0.0) {
        for (float v : values) {
            if (std::isfinite(v)) m = std::max(m, double(std::abs(v)));
        }
    }
    if (m == 0.0) m = 1e-12;
    return makeHistogram(values, bins, -m, m);
}

}  // namespace

int updateRatioEvery(int iterations) { return std::max(1, (iterations + kMaxUpdateRatios - 1) / kMaxUpdateRatios); }

void thinSnapshots(std::vector<TrainingSnapshot>& snapshots, std::size_t limit) {
    limit = std::max<std::size_t>(limit, 2);
    while (snapshots.size() > limit) {
        std::vector<TrainingSnapshot> kept;
        kept.reserve(snapshots.size() / 2 + 2);
        for (std::size_t i = 0; i + 1 < snapshots.size(); i += 2) kept.push_back(std::move(snapshots[i]));
        kept.push_back(std::move(snapshots.back()));  // the newest stays
        snapshots = std::move(kept);
    }
}

void validate(const TrainingConfig& c, const std::string& prefix) {
    auto field = [&](const char* key) { return prefix + key; };
    if (c.dataset.empty()) throw ConfigError(field("dataset"), "must name a folder or dataset", {"value.dataset_empty", {}});
    activationByName(c.activation, field("activation"));
    if (c.initializers.empty()) throw ConfigError(field("initializers"), "give at least one", {"value.at_least_one", {}});
    if (c.initializers.size() > 16) throw ConfigError(field("initializers"), "at most 16", {"value.at_most", {"16"}});
    for (const auto& spec : c.initializers) makeInitializer(spec, field("initializers"));
    if (c.hidden.empty() || c.hidden.size() > 50) {
        throw ConfigError(field("hidden"), "give 1 to 50 hidden layer sizes", {"value.layer_count_max", {"50"}});
    }
    for (int h : c.hidden) {
        if (h < 1 || h > 4096) {
            throw ConfigError(field("hidden"), "each layer needs 1 to 4096 units, got " +
                                                   std::to_string(h), {"value.layer_width", {"4096", std::to_string(h)}});
        }
    }
    if (parseBiasInit(c.biasInit, field("bias_init")).sigma > 0.0 && !c.bias) {
        throw ConfigError(field("bias_init"), "a normal bias needs biases (bias: true)", {"value.bias_needs_biases", {}});
    }
    if (!std::isfinite(c.learningRate) || c.learningRate <= 0.0 || c.learningRate > 1e3) {
        throw ConfigError(field("learning_rate"), "must be a number in (0, 1000]", {"value.learning_rate", {}});
    }
    if (c.batchSize < 1 || c.batchSize > kMaxBatch) {
        throw ConfigError(field("batch"), "must be 1 to " + std::to_string(kMaxBatch), {"value.range_max", {"1", std::to_string(kMaxBatch)}});
    }
    if (c.iterations < 1 || c.iterations > kMaxIterations) {
        throw ConfigError(field("iterations"), "must be 1 to " + std::to_string(kMaxIterations), {"value.range_max", {"1", std::to_string(kMaxIterations)}});
    }
    if (c.evalEvery < 1) throw ConfigError(field("eval_every"), "must be at least 1", {"value.at_least", {"1"}});
    if (c.evalSamples < 0) throw ConfigError(field("eval_samples"), "must be 0 (all) or more", {"value.eval_samples", {}});
    if (c.probeSize < 1 || c.probeSize > 10000) {
        throw ConfigError(field("probe_size"), "must be 1 to 10000", {"value.range_max", {"1", "10000"}});
    }
    if (c.bins < 1 || c.bins > 1000) throw ConfigError(field("bins"), "must be 1 to 1000", {"value.range_max", {"1", "1000"}});
}

TrainingResult runTraining(const TrainingConfig& config, const Dataset& data,
                           TrainingObserver* observer, const RunControl* control) {
    validate(config);
    if (data.train.count < 1 || data.test.count < 1) {
        throw FileError(data.folder, "dataset has no training or no test images", {}, {"dataset.no_images", {}});
    }
    const Activation& act = activationByName(config.activation);
    const BiasInit biasInit = parseBiasInit(config.biasInit);
    std::vector<int> sizes{data.train.features};
    sizes.insert(sizes.end(), config.hidden.begin(), config.hidden.end());
    sizes.push_back(kClasses);
    const int hiddenLayers = static_cast<int>(config.hidden.size());

    {
        // Per network: weights, gradients and up to two optimizer moments per parameter, and the
        // forward/backward buffers (Z, A, dL/dZ, dL/dA) of a batch and of the evaluation chunks.
        double params = 0.0, units = 0.0;
        for (std::size_t l = 0; l + 1 < sizes.size(); ++l) {
            params += double(sizes[l]) * sizes[l + 1] + sizes[l + 1];
            units += sizes[l + 1];
        }
        const double moments = config.optimizer == OptimizerKind::Adam ? 2 : config.optimizer == OptimizerKind::Sgd ? 0 : 1;
        const double rows = std::max({config.batchSize, config.probeSize, 500});
        // BatchNorm keeps x̂ and dL/dx̂ besides its output: up to three more per unit.
        const double buffers = config.batchNorm ? 7.0 : 4.0;
        const double perNet = params * 4.0 * (2.0 + moments) + buffers * rows * units * 4.0;
        requireMemory(perNet * double(config.initializers.size()), "training.hidden",
                      "reduce the hidden layers' sizes, the batch size or the number of initializers",
                      "memory.training");
    }
    TrainingResult result;
    result.config = config;
    result.datasetFolder = data.folder;
    const int every = updateRatioEvery(config.iterations);
    result.updateRatioEvery = every;
    Matrix x, probeX, evalX;
    std::vector<std::uint8_t> labels, probeLabels, evalLabels;
    std::vector<int> indices(static_cast<std::size_t>(config.batchSize));
    gatherRange(data.test, 0, std::min(config.probeSize, data.test.count), probeX, probeLabels);
    Rng batchRng = Rng::stream(config.seed, kBatchStream);
    std::vector<Net> nets(config.initializers.size());
    const bool stepIsGradient = config.optimizer == OptimizerKind::Sgd;
    const float learningRate = static_cast<float>(config.learningRate);
    const NetworkSpec spec{sizes, &act, config.bias, config.batchNorm, /*linearOutput=*/true};
    for (std::size_t k = 0; k < nets.size(); ++k) {
        Net& net = nets[k];
        net.mlp = std::make_unique<Sequential>(buildNetwork<float>(spec));
        const auto init = makeInitializer(config.initializers[k]);
        initializeNetwork(*net.mlp, *init, biasInit, config.seed);
        if (init->needsData()) {
            // LSUV on the first mini-batch: the same indices the loop draws first.
            Rng firstBatch = batchRng;
            for (auto& i : indices) i = static_cast<int>(firstBatch.below(data.train.count));
            gatherBatch(data.train, indices, x, labels);
            lsuvInitialize(*net.mlp, x, control);
        }
        net.optimizer = makeOptimizer(config.optimizer, config.learningRate);
        // SGD's step is −η·dL/dW: its spread is η·std(dL/dW), read from the gradient; other rules
        // write their step ΔW where the update ratio can read it.
        net.slots = net.mlp->params(/*withUpdates=*/!stepIsGradient);
        for (int b = 0; b < net.mlp->denseCount(); ++b) {
            const float* w = net.mlp->dense(b).weight().data();
            const auto slot = std::find_if(net.slots.begin(), net.slots.end(), [&](const ParamSlot& p) { return p.value == w; });
            net.weightSlot.push_back(static_cast<std::size_t>(slot - net.slots.begin()));
        }
        net.ratios.assign(static_cast<std::size_t>(net.mlp->denseCount()), 0.0f);
        net.run.initializer = config.initializers[k];
        net.run.loss.reserve(static_cast<std::size_t>(config.iterations));
        net.run.updateRatio.assign(static_cast<std::size_t>(net.mlp->denseCount()), {});
        for (auto& layer : net.run.updateRatio) layer.reserve(static_cast<std::size_t>((config.iterations - 1) / every + 1));
    }
    std::vector<float> allRatios(nets.size() * static_cast<std::size_t>(sizes.size() - 1));  // for the observer
    std::vector<double> losses(nets.size());
    const auto start = std::chrono::steady_clock::now();
    auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };

    // Per-network scratch for snapshots, so networks can be measured in parallel.
    struct Probe {
        Matrix evalX, grad;
        std::vector<std::uint8_t> evalLabels;
    };
    std::vector<Probe> probes(nets.size());
    ThreadPool& pool = ThreadPool::shared();
    // The last snapshot's iteration and accuracies (the result may keep no snapshots).
    std::pair<int, std::vector<std::optional<double>>> lastSnapshot{-1, {}};

    auto snapshot = [&](int iteration) {
        TrainingSnapshot snap;
        snap.iteration = iteration;
        snap.runs.resize(nets.size());
        pool.parallelFor(static_cast<int>(nets.size()), [&](int k) {
            Net& net = nets[static_cast<std::size_t>(k)];
            Probe& probe = probes[static_cast<std::size_t>(k)];
            RunSnapshot& rs = snap.runs[static_cast<std::size_t>(k)];
            rs.initializer = net.run.initializer;
            rs.loss = net.run.loss.empty() ? std::numeric_limits<double>::quiet_NaN()
                                           : net.run.loss.back();
            rs.divergedAt = net.run.divergedAt;
            if (!net.run.divergedAt) {
                rs.testAccuracy = accuracy(*net.mlp, data.test, config.evalSamples, probe.evalX, probe.evalLabels);
            }
            // Probe batch: forward, then backward from the loss, to see A and dL/dA per layer.
            // In Measure mode: BatchNorm's running statistics do not learn from the probe.
            Sequential& mlp = *net.mlp;
            mlp.setMode(LayerMode::Measure);
            softmaxCrossEntropy(mlp.forward(probeX), probeLabels, &probe.grad);
            mlp.backward(probeX, probe.grad);
            mlp.setMode(LayerMode::Train);
            if (iteration == 0) {
                for (int b = 0; b < mlp.denseCount(); ++b) rs.layerDescriptions.push_back(mlp.dense(b).initDescription);
            }
            for (int l = 0; l < hiddenLayers; ++l) {
                LayerSnapshot ls;
                const Matrix& w = mlp.dense(l).weight();
                std::tie(ls.weightStats, ls.weightHistogram) =
                    symmetricHistogram({w.data(), static_cast<std::size_t>(w.size())}, config.bins);
                const Matrix& dw = mlp.dense(l).gradWeight();  // of the probe batch, just computed
                const std::span<const float> dwv(dw.data(), static_cast<std::size_t>(dw.size()));
                ls.weightGradientStats = computeStats(dwv, nullptr);
                ls.weightGradientHistogram = gradientHistogram(dwv, ls.weightGradientStats, config.bins);
                const Matrix& a = mlp.output(mlp.hiddenEnd(l));
                const std::span<const float> av(a.data(), static_cast<std::size_t>(a.size()));
                ls.activationStats = computeStats(av, &act);
                const auto [lo, hi] = automaticRange(av, &act);
                ls.activationHistogram = makeHistogram(av, config.bins, lo, hi);
                const Matrix& g = mlp.gradOutput(mlp.hiddenEnd(l));
                const std::span<const float> gv(g.data(), static_cast<std::size_t>(g.size()));
                ls.gradientStats = computeStats(gv, nullptr);
                ls.gradientHistogram = gradientHistogram(gv, ls.gradientStats, config.bins);
                rs.layers.push_back(std::move(ls));
            }
        });
        snap.elapsedSeconds = elapsed();
        lastSnapshot = {snap.iteration, {}};
        for (const RunSnapshot& r : snap.runs) lastSnapshot.second.push_back(r.testAccuracy);
        if (!observer) {
            result.snapshots.push_back(std::move(snap));
        } else if (observer->resultKeepsSnapshots()) {
            TrainingSnapshot copy = snap;
            observer->onSnapshot(std::move(copy));
            result.snapshots.push_back(std::move(snap));
        } else {
            observer->onSnapshot(std::move(snap));
        }
        if (result.snapshots.size() > kMaxKeptSnapshots) thinSnapshots(result.snapshots);
    };

    std::vector<std::atomic<bool>> updated(nets.size());
    int done = 0;  // iterations completed
    try {
        snapshot(0);
        for (int it = 0; it < config.iterations; ++it) {
            if (control) control->checkpoint();
            for (auto& i : indices) i = static_cast<int>(batchRng.below(data.train.count));
            gatherBatch(data.train, indices, x, labels);  // the same batch for every network
            // The networks are independent given the batch: train them side by side. Each
            // network's step is two tasks, the update (forward, backward, optimizer) and then
            // the book's loss on the batch after the update; tasks 0…n−1 are the updates and
            // n…2n−1 the losses, so the pool balances 2n pieces instead of n whole steps.
            const int n = static_cast<int>(nets.size());
            const bool recordRatios = it % every == 0;
            for (auto& flag : updated) flag.store(false, std::memory_order_relaxed);
            pool.parallelFor(2 * n, [&](int task) {
                const auto k = static_cast<std::size_t>(task % n);
                Net& net = nets[k];
                if (net.run.divergedAt) {
                    losses[k] = std::numeric_limits<double>::quiet_NaN();
                    return;
                }
                Sequential& mlp = *net.mlp;
                if (task < n) {
                    softmaxCrossEntropy(mlp.forward(x), labels, &net.dLogits);  // dL/dlogits
                    mlp.backward(x, net.dLogits);
                    net.optimizer->step(net.slots);
                    updated[k].store(true, std::memory_order_release);
                    if (recordRatios) {  // std(ΔW_l) / std(W_l), W_l after the step
                        for (std::size_t b = 0; b < net.weightSlot.size(); ++b) {
                            const ParamSlot& w = net.slots[net.weightSlot[b]];
                            const float step = stepIsGradient ? learningRate * stdOf(w.grad, w.size)  // std(−η·g) = η·std(g)
                                                              : stdOf(mlp.updateOf(net.weightSlot[b]).data(), w.size);
                            net.ratios[b] = step / stdOf(w.value, w.size);
                        }
                    }
                    return;
                }
                // Handed out after every update task has started; wait for this network's one.
                while (!updated[k].load(std::memory_order_acquire)) std::this_thread::yield();
                // The batch's loss after the step, measured without learning from it again.
                mlp.setMode(LayerMode::Measure);
                losses[k] = softmaxCrossEntropy<float>(mlp.forward(x), labels, nullptr);
                mlp.setMode(LayerMode::Train);
            });
            for (std::size_t k = 0; k < nets.size(); ++k) {
                Net& net = nets[k];
                const std::size_t layers = net.ratios.size();
                if (!net.run.divergedAt && !std::isfinite(losses[k])) net.run.divergedAt = it;
                const bool alive = !net.run.divergedAt;
                if (alive) net.run.loss.push_back(losses[k]);
                if (!recordRatios) continue;
                for (std::size_t b = 0; b < layers; ++b) {
                    allRatios[k * layers + b] = alive ? net.ratios[b] : std::numeric_limits<float>::quiet_NaN();
                    if (alive) net.run.updateRatio[b].push_back(net.ratios[b]);
                }
            }
            done = it + 1;
            if (observer) {
                observer->onIteration(it, losses);
                if (recordRatios) observer->onUpdateRatios(it, allRatios);
            }
            bool anyAlive = false;
            for (const Net& net : nets) anyAlive = anyAlive || !net.run.divergedAt;
            if (done % config.evalEvery == 0 || done == config.iterations || !anyAlive) {
                snapshot(done);
            }
            if (!anyAlive) break;
        }
    } catch (const Cancelled&) {
        result.cancelled = true;
    }
    result.trainSeconds = elapsed();

    for (Net& net : nets) {
        TrainingRun& run = net.run;
        const std::size_t n = run.loss.size(), k = std::min<std::size_t>(100, n);
        double sum = 0.0;
        for (std::size_t i = n - k; i < n; ++i) sum += run.loss[i];
        run.finalLoss = k > 0 ? sum / double(k) : std::numeric_limits<double>::quiet_NaN();
        if (!run.divergedAt) {
            // Reuse the last snapshot's accuracy when it measured these weights on the whole
            // test split; otherwise measure now.
            const bool fullEval = config.evalSamples <= 0 || config.evalSamples >= data.test.count;
            const auto index = static_cast<std::size_t>(&net - nets.data());
            if (fullEval && lastSnapshot.first == done && lastSnapshot.second[index]) {
                run.testAccuracy = lastSnapshot.second[index];
            } else {
                run.testAccuracy = accuracy(*net.mlp, data.test, 0, evalX, evalLabels);
            }
        }
        result.runs.push_back(std::move(run));
    }
    return result;
}

}  // namespace initscope
