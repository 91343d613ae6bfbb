#include "experiments/activations.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <set>
#include <tuple>

#include "common/errors.h"
#include "common/parallel.h"
#include "common/system.h"
#include "nn/activation.h"
#include "nn/lsuv.h"
#include "nn/network.h"
#include "stats/measure.h"

namespace initscope {

int ActivationsConfig::maxWidth() const {
    return hidden.empty() ? 0 : *std::max_element(hidden.begin(), hidden.end());
}

bool ActivationsConfig::isUniform() const {
    return std::adjacent_find(hidden.begin(), hidden.end(), std::not_equal_to<>()) == hidden.end();
}

void validate(const ActivationsConfig& c, const std::string& prefix) {
    auto field = [&](const char* key) { return prefix + key; };
    activationByName(c.activation, field("activation"));
    if (c.initializers.empty()) throw ConfigError(field("initializers"), "give at least one", {"value.at_least_one", {}});
    if (c.initializers.size() > 16) throw ConfigError(field("initializers"), "at most 16", {"value.at_most", {"16"}});
    for (const auto& spec : c.initializers) makeInitializer(spec, field("initializers"));
    if (c.hidden.empty() || c.depth() > kMaxDepth) {
        throw ConfigError(field("hidden"), "give 1 to " + std::to_string(kMaxDepth) + " layer widths, got " +
                                               std::to_string(c.depth()), {"value.layer_count", {std::to_string(kMaxDepth), std::to_string(c.depth())}});
    }
    for (int w : c.hidden) {
        if (w < 1 || w > kMaxWidth) {
            throw ConfigError(field("hidden"), "each width must be 1 to " + std::to_string(kMaxWidth) +
                                                   ", got " + std::to_string(w), {"value.layer_width", {std::to_string(kMaxWidth), std::to_string(w)}});
        }
    }
    if (c.samples < 1 || c.samples > kMaxSamples) {
        throw ConfigError(field("samples"), "must be 1 to " + std::to_string(kMaxSamples) +
                                                ", got " + std::to_string(c.samples), {"value.range", {"1", std::to_string(kMaxSamples), std::to_string(c.samples)}});
    }
    if (std::int64_t(c.samples) * c.maxWidth() > kMaxLayerValues) {
        throw ConfigError(field("samples"), "samples × the widest layer must be at most " +
                                                std::to_string(kMaxLayerValues), {"value.samples_times_width", {std::to_string(kMaxLayerValues)}});
    }
    if (c.bins < 1 || c.bins > kMaxBins) {
        throw ConfigError(field("bins"), "must be 1 to " + std::to_string(kMaxBins) + ", got " +
                                             std::to_string(c.bins), {"value.range", {"1", std::to_string(kMaxBins), std::to_string(c.bins)}});
    }
    if (!c.range.automatic) {
        if (!std::isfinite(c.range.lo) || !std::isfinite(c.range.hi)) {
            throw ConfigError(field("range"), "bounds must be finite numbers", {"value.range_finite", {}});
        }
        if (!(c.range.lo < c.range.hi)) {
            throw ConfigError(field("range"), "low bound must be below the high bound", {"value.range_order", {}});
        }
    }
    if (c.repeats < 1 || c.repeats > kMaxRepeats) {
        throw ConfigError(field("repeats"), "must be 1 to " + std::to_string(kMaxRepeats) + ", got " +
                                                std::to_string(c.repeats), {"value.range", {"1", std::to_string(kMaxRepeats), std::to_string(c.repeats)}});
    }
    if (parseBiasInit(c.biasInit, field("bias_init")).sigma > 0.0 && !c.bias) {
        throw ConfigError(field("bias_init"), "a normal bias needs biases (bias: true)", {"value.bias_needs_biases", {}});
    }
}

void ActivationsExperiment::draw(const ActivationsConfig& c, const RunControl* control) {
    const bool freshInput = m_seed != c.seed || m_samples != c.samples || m_hidden != c.hidden || m_input.size() == 0;
    if (freshInput) {
        m_seed = c.seed;
        m_samples = c.samples;
        m_hidden = c.hidden;
        m_base.clear();
        m_baseStd.clear();
        m_input.resize(c.samples, c.inputWidth());
        m_outputGradient.resize(0, 0);
    }
    const bool freshGradient = c.backward && m_outputGradient.size() == 0;
    if (freshGradient) m_outputGradient.resize(c.samples, c.hidden.back());
    // Dense layer l maps fan_in(l) → hidden[l]; the input is as wide as the first layer.
    auto fanIn = [&](int l) { return l == 0 ? c.inputWidth() : c.hidden[static_cast<std::size_t>(l) - 1]; };
    // The base matrices still missing, inserted now (the map does not change while tasks run).
    std::vector<std::tuple<std::pair<BaseDistribution, int>, Matrix*, double*>> missing;
    for (const std::string& spec : c.initializers) {
        const BaseDistribution distribution = makeInitializer(spec)->distribution();
        for (int l = 0; l < c.depth(); ++l) {
            const auto [it, inserted] = m_base.try_emplace({distribution, l});
            if (inserted) missing.emplace_back(it->first, &it->second, &m_baseStd[it->first]);
        }
    }
    // The input X and the output gradient G are drawn in segments of kInputSegment values, segment k
    // of X from stream 2³² + k and of G from stream 2³³ + k: N(0, 1) values, in parallel.
    auto segmentsOf = [](const Matrix& m, bool fresh) {
        return fresh ? static_cast<int>((static_cast<std::size_t>(m.size()) + kInputSegment - 1) / kInputSegment) : 0;
    };
    auto fillSegment = [&](Matrix& m, std::uint64_t stream, int k) {
        const std::size_t from = static_cast<std::size_t>(k) * kInputSegment;
        Rng rng = Rng::stream(c.seed, stream + static_cast<std::uint64_t>(k));
        rng.fillNormal(m.data() + from, std::min(kInputSegment, static_cast<std::size_t>(m.size()) - from));
    };
    const int segments = segmentsOf(m_input, freshInput);
    const int gradientSegments = segmentsOf(m_outputGradient, freshGradient);
    auto drawOne = [&](int task) {
        if (control) control->checkpoint();
        if (task < segments) return fillSegment(m_input, std::uint64_t(1) << 32, task);
        task -= segments;
        if (task < gradientSegments) return fillSegment(m_outputGradient, std::uint64_t(1) << 33, task);
        task -= gradientSegments;
        const auto& [key, matrix, baseStd] = missing[static_cast<std::size_t>(task)];
        const int l = key.second;
        Rng rng = Rng::stream(c.seed, static_cast<std::uint64_t>(l) + 1);  // layer l: stream l + 1
        *matrix = Initializer::drawBase(key.first, fanIn(l), c.hidden[static_cast<std::size_t>(l)], rng, control);
        const auto x = matrix->cast<double>().array();
        *baseStd = std::sqrt((x - x.mean()).square().mean());  // σ = √(Σ(b − μ)²/n), for std(W) = |s|·σ
    };
    try {
        forEachIndex(pool(), segments + gradientSegments + static_cast<int>(missing.size()), drawOne);
    } catch (...) {  // cancelled or out of memory: forget what is half drawn
        for (const auto& entry : missing) {
            m_base.erase(std::get<0>(entry));
            m_baseStd.erase(std::get<0>(entry));
        }
        if (freshInput) m_input.resize(0, 0);
        if (freshGradient) m_outputGradient.resize(0, 0);
        throw;
    }
}

namespace {

// The layer being finished, for one initializer: its merged moments and the grids its blocks count on.
struct LayerInFlight {
    Moments moments;
    std::optional<BinCounter> bins;
    std::optional<PercentileCounter> percentiles;
    bool exact = false;  // few enough values for exact percentiles
};

// The experiment's networks: dense → [batchnorm] → f per hidden width, weights given later.
NetworkSpec networkShape(const ActivationsConfig& config) {
    NetworkSpec shape{{config.inputWidth()}, &activationByName(config.activation), config.bias, config.batchNorm,
                      /*linearOutput=*/false, /*sharedWeights=*/true};
    shape.sizes.insert(shape.sizes.end(), config.hidden.begin(), config.hidden.end());
    return shape;
}

}  // namespace

struct ActivationsExperiment::BlockPass {
    Sequential net;
    Matrix x, g, gradX;  // the block's rows of X and G; dL/dX
    std::vector<Moments> moments;  // per hidden layer: A_l, Z_l, dL/dA_{l−1} (statistics only)
};

ActivationsExperiment::ActivationsExperiment() = default;
ActivationsExperiment::~ActivationsExperiment() = default;
ActivationsExperiment::ActivationsExperiment(ActivationsExperiment&&) noexcept = default;
ActivationsExperiment& ActivationsExperiment::operator=(ActivationsExperiment&&) noexcept = default;

std::vector<Sequential> ActivationsExperiment::buildNetworks(const ActivationsConfig& config,
                                                           const std::vector<std::string>& specs,
                                                           std::vector<InitializerRun>& out, const RunControl* control) {
    const BiasInit biasInit = parseBiasInit(config.biasInit);
    // One network per initializer, its dense layers sharing the base draws, scaled.
    const NetworkSpec shape = networkShape(config);
    std::vector<Sequential> nets;
    for (std::size_t r = 0; r < specs.size(); ++r) {
        const auto init = makeInitializer(specs[r]);
        out[r].initializer = specs[r];
        out[r].displayName = init->displayName();
        out[r].formula = init->formula();
        Sequential& net = nets.emplace_back(buildNetwork<float>(shape));
        for (int l = 0; l < net.denseCount(); ++l) {
            Dense& d = net.dense(l);
            const std::pair key{init->distribution(), l};
            d.shareScaledWeights(&m_base.at(key), init->scale(d.fanIn(), d.fanOut()), m_baseStd.at(key));
            describeInitialization(d, *init);
            initializeBias(d, biasInit, config.seed, l);
        }
        net.setMode(LayerMode::Measure);  // BatchNorm normalises with the input's own statistics
        if (init->needsData()) lsuvInitialize(net, m_input, control);
    }
    return nets;
}

std::vector<InitializerRun> ActivationsExperiment::compute(const ActivationsConfig& config,
                                                           const std::vector<std::string>& specs,
                                                           const RunControl* control) {
    if (specs.empty()) return {};  // every row memoised
    const Activation& act = activationByName(config.activation);
    const int runs = static_cast<int>(specs.size());
    const int blocks = (config.samples + kBlockRows - 1) / kBlockRows;
    const int tasks = runs * blocks;
    std::vector<InitializerRun> out(specs.size());
    std::vector<Sequential> nets = buildNetworks(config, specs, out, control);
    if (config.backward) {
        computeWithBackward(config, nets, out, control);
        return out;
    }
    const Sequential& plan = nets.front();  // every network has the same layers
    // Steps: layer ranges [from, to) run block by block without a pause; a range ends after a
    // hidden layer's last layer (its histogram grid needs the merged range) or before a layer that
    // needs the batch's statistics. A hidden layer ended by step s is counted in step s + 1.
    auto endsHidden = [&](int layer) {
        return std::find(plan.hiddenEnds().begin(), plan.hiddenEnds().end(), layer) != plan.hiddenEnds().end();
    };
    // (The first layer is a dense one: nothing needs the statistics of the input itself.)
    std::vector<std::pair<int, int>> steps;
    for (int from = 0; from < plan.size();) {
        int to = from + 1;
        while (to < plan.size() && !endsHidden(to - 1) && !plan.layer(to).needsBatchStatistics()) ++to;
        steps.emplace_back(from, to);
        from = to;
    }
    steps.emplace_back(plan.size(), plan.size());  // the last hidden layer's counting

    if (m_parts.size() < static_cast<std::size_t>(tasks)) m_parts.resize(static_cast<std::size_t>(tasks));
    std::vector<LayerInFlight> layer(specs.size());
    bool counting = false;  // the previous step ended a hidden layer
    for (const auto& [from, to] : steps) {
        if (control) control->checkpoint();
        const bool endHidden = to > from && endsHidden(to - 1);
        const bool nextNeedsStatistics = to < plan.size() && plan.layer(to).needsBatchStatistics();
        // Ranges of blocks per thread: a block's 200 KB of buffers stay in one core's L2 from step
        // to step (handing blocks out one by one cost ~10%, moving them between cores).
        forEachRange(pool(), tasks, [&](int t) {
            const auto r = static_cast<std::size_t>(t / blocks);
            const int block = t % blocks;
            Part& part = m_parts[static_cast<std::size_t>(t)];
            if (counting && !m_statisticsOnly) {
                const LayerInFlight& l = layer[r];
                const std::span<const float> values(part.prev.data(), static_cast<std::size_t>(part.prev.size()));
                part.binCounts.assign(static_cast<std::size_t>(l.bins->slotCount()), 0);
                l.bins->add(values, part.binCounts.data());
                if (l.exact) {
                    part.exact.assign(values.begin(), values.end());
                } else {
                    part.buckets.assign(PercentileCounter::kSlots, 0);
                    l.percentiles->add(values, part.buckets.data());
                }
            }
            if (from == to) return;
            const Sequential& net = nets[r];
            const int rows = std::min(kBlockRows, config.samples - block * kBlockRows);
            for (int i = from; i < to; ++i) {
                // The first layer reads its rows of the input in place.
                const auto& layer = net.layer(i);
                if (i == 0) {
                    layer.forwardRows(m_input.middleRows(block * kBlockRows, rows), part.cur);
                } else if (layer.worksInPlace()) {
                    layer.forwardRows(part.prev, part.prev);  // e.g. A = f(Z), over Z
                    continue;
                } else {
                    layer.forwardRows(part.prev, part.cur);  // e.g. Z = s·(A·B)
                }
                std::swap(part.cur, part.prev);
            }
            if (endHidden) part.moments = momentsOf({part.prev.data(), static_cast<std::size_t>(part.prev.size())}, &act);
            if (nextNeedsStatistics) part.columns = ColumnMoments::of(part.prev);
        });
        for (std::size_t r = 0; r < specs.size(); ++r) {
            Part* parts = &m_parts[r * static_cast<std::size_t>(blocks)];
            LayerInFlight& l = layer[r];
            if (counting) {  // finish the hidden layer counted in this step
                std::vector<std::int64_t> slots(l.bins ? static_cast<std::size_t>(l.bins->slotCount()) : 0, 0);
                std::vector<double> percentiles;
                if (m_statisticsOnly) {
                } else if (l.exact) {
                    std::vector<float> all;
                    for (int b = 0; b < blocks; ++b) all.insert(all.end(), parts[b].exact.begin(), parts[b].exact.end());
                    percentiles = exactPercentiles(all);
                } else {
                    std::vector<std::int32_t> buckets(PercentileCounter::kSlots, 0);
                    for (int b = 0; b < blocks; ++b) {
                        for (std::size_t k = 0; k < buckets.size(); ++k) buckets[k] += parts[b].buckets[k];
                    }
                    percentiles = l.percentiles->percentiles(buckets.data(), l.moments.finite());
                }
                for (int b = 0; b < blocks; ++b) {
                    for (std::size_t k = 0; k < slots.size(); ++k) slots[k] += parts[b].binCounts[k];
                }
                const int index = static_cast<int>(out[r].layers.size());
                const Dense& d = nets[r].dense(index);
                LayerResult result;
                result.layer = index + 1;
                result.fanIn = d.fanIn();
                result.width = d.fanOut();
                result.scale = d.initScale;
                result.sigma = d.initStd;
                result.description = d.initDescription;
                result.stats = finishStats(l.moments, std::move(percentiles), &act);
                if (l.bins) result.histogram = l.bins->histogram(slots.data());
                out[r].layers.push_back(std::move(result));
            }
            if (endHidden) {  // merge the blocks' moments, set the grids
                l.moments = Moments{};
                for (int b = 0; b < blocks; ++b) l.moments.merge(parts[b].moments);
                if (!m_statisticsOnly) {
                    const auto [lo, hi] = config.range.automatic ? automaticRange(l.moments, &act)
                                                                 : std::pair{config.range.lo, config.range.hi};
                    l.bins.emplace(config.bins, lo, hi);
                    l.percentiles.emplace(l.moments.min, l.moments.max);
                    l.exact = l.moments.finite() <= kExactPercentileLimit;
                }
            }
            if (nextNeedsStatistics) {  // the whole batch's statistics, merged in block order
                ColumnMoments merged;
                for (int b = 0; b < blocks; ++b) merged.merge(parts[b].columns);
                nets[r].layer(to).useBatchStatistics(merged);
            }
        }
        counting = endHidden;
    }
    return out;
}

void ActivationsExperiment::computeWithBackward(const ActivationsConfig& config, std::vector<Sequential>& nets,
                                                std::vector<InitializerRun>& out, const RunControl* control) {
    const Activation& act = activationByName(config.activation);
    // Blocks of kBlockRows rows, each through its own copy of the network (the same shared
    // weights), side by side on the pool; a network with a layer that needs the whole batch's
    // statistics (BatchNorm) runs the batch as one block.
    bool whole = false;
    for (int i = 0; i < nets.front().size(); ++i) whole = whole || nets.front().layer(i).needsBatchStatistics();
    const std::vector<int> hiddenEnds = nets.front().hiddenEnds();  // (the networks may move below)
    const int runs = static_cast<int>(nets.size());
    const int blocks = whole ? 1 : (config.samples + kBlockRows - 1) / kBlockRows;
    const NetworkSpec shape = networkShape(config);
    using Pass = BlockPass;
    // A seed of a repeated run keeps its block networks for the next seed (their buffers stay
    // allocated, within the seeds' memory budget); the shown run builds them anew and lets them go.
    std::vector<Pass> local;  // one block: the networks themselves
    const bool keep = blocks > 1 && m_statisticsOnly;
    std::vector<Pass>& passes = keep ? m_passes : local;
    const auto count = static_cast<std::size_t>(runs * blocks);
    if (blocks > 1 && !(passes.size() == count && m_passShape && *m_passShape == shape)) {
        passes.clear();
        passes.reserve(count);
        for (std::size_t i = 0; i < count; ++i) passes.push_back(Pass{buildNetwork<float>(shape), {}, {}, {}, {}});
        m_passShape = std::make_unique<NetworkSpec>(shape);
    }
    for (int r = 0; r < runs; ++r) {
        for (int b = 0; b < blocks; ++b) {
            if (blocks == 1) {
                passes.push_back({std::move(nets[static_cast<std::size_t>(r)]), {}, {}, {}, {}});
                continue;
            }
            Pass& p = passes[static_cast<std::size_t>(r * blocks + b)];
            const Sequential& source = nets[static_cast<std::size_t>(r)];
            for (int l = 0; l < source.denseCount(); ++l) {
                const Dense& from = source.dense(l);
                Dense& to = p.net.dense(l);
                to.shareScaledWeights(from.sharedBase(), from.weightScale());
                to.bias() = from.bias();
            }
            p.net.setMode(LayerMode::Measure);
        }
    }
    const int depth = config.depth();
    auto span = [](const Matrix& m) { return std::span<const float>(m.data(), static_cast<std::size_t>(m.size())); };
    // What is measured of hidden layer l in one block: A_l, Z_l (the input of f) and dL/dA_{l−1}.
    auto layerArrays = [&](const Pass& p, int l) {
        const int end = hiddenEnds[static_cast<std::size_t>(l)];  // the activation layer f_l
        return std::array{span(p.net.output(end)), span(p.net.output(end - 1)),
                          span(l == 0 ? p.gradX : p.net.gradOutput(hiddenEnds[static_cast<std::size_t>(l) - 1]))};
    };
    const std::array<const Activation*, 3> measuredWith = {&act, nullptr, nullptr};
    // Statistics only, with every block's array one chunk of measureArrays (≤ kMeasureChunk values):
    // each block's moments are taken in its own task while its arrays are still in that core's
    // cache, and merged in block order below — the very numbers measureArrays gives.
    const std::int64_t blockRows = blocks == 1 ? config.samples : kBlockRows;
    const bool momentsInBlocks = m_statisticsOnly && blockRows * config.maxWidth() <= std::int64_t(kMeasureChunk);
    forEachRange(pool(), runs * blocks, [&](int t) {
        if (control) control->checkpoint();
        Pass& p = passes[static_cast<std::size_t>(t)];
        if (blocks == 1) {
            p.net.forward(m_input);                                 // A_L
            p.net.backward(m_input, m_outputGradient, &p.gradX);    // dL/dA_L = G
        } else {
            const int block = t % blocks;
            const int rows = std::min(kBlockRows, config.samples - block * kBlockRows);
            p.x = m_input.middleRows(block * kBlockRows, rows);
            p.g = m_outputGradient.middleRows(block * kBlockRows, rows);
            p.net.forward(p.x);
            p.net.backward(p.x, p.g, &p.gradX);
        }
        if (!momentsInBlocks) return;
        p.moments.resize(static_cast<std::size_t>(3 * depth));
        for (int l = 0; l < depth; ++l) {
            const auto arrays = layerArrays(p, l);
            for (std::size_t q = 0; q < 3; ++q) p.moments[static_cast<std::size_t>(3 * l) + q] = momentsOf(arrays[q], measuredWith[q]);
        }
    });
    if (control) control->checkpoint();
    // dL/dW_l = Σ_blocks A_{l−1,b}ᵀ·δ_{l,b}, added in block order.
    std::vector<Matrix> gradW(blocks > 1 ? static_cast<std::size_t>(runs * depth) : 0);
    auto passOf = [&](int r, int b) -> Pass& { return passes[static_cast<std::size_t>(r * blocks + b)]; };
    if (blocks > 1) {
        forEachIndex(pool(), runs * depth, [&](int t) {
            const int r = t / depth, l = t % depth;
            Matrix& sum = gradW[static_cast<std::size_t>(t)];
            sum = passOf(r, 0).net.dense(l).gradWeight();
            for (int b = 1; b < blocks; ++b) sum += passOf(r, b).net.dense(l).gradWeight();
        });
    }
    std::vector<MeasureJob> jobs;
    for (int r = 0; r < runs; ++r) {
        for (int l = 0; l < depth; ++l) {
            if (!momentsInBlocks) {
                std::array<MeasureJob, 3> perBlock;  // A_l, Z_l, dL/dA_{l−1}
                perBlock[0].range = config.range.automatic ? RangeRule::Automatic : RangeRule::Fixed;
                perBlock[0].lo = config.range.lo;
                perBlock[0].hi = config.range.hi;
                for (int b = 0; b < blocks; ++b) {
                    const auto arrays = layerArrays(passOf(r, b), l);
                    for (std::size_t q = 0; q < 3; ++q) perBlock[q].parts.push_back(arrays[q]);
                }
                for (std::size_t q = 0; q < 3; ++q) {
                    perBlock[q].activation = measuredWith[q];
                    jobs.push_back(std::move(perBlock[q]));
                }
            }
            MeasureJob gradWeight;
            gradWeight.parts.push_back(span(blocks > 1 ? gradW[static_cast<std::size_t>(r * depth + l)]
                                                       : passOf(r, 0).net.dense(l).gradWeight()));  // dL/dW_l
            jobs.push_back(std::move(gradWeight));
        }
    }
    std::vector<Distribution> measured = measureArrays(jobs, m_statisticsOnly ? 0 : config.bins, control, m_onThisThread);
    std::size_t k = 0;
    for (int r = 0; r < runs; ++r) {
        const Sequential& net = passOf(r, 0).net;
        for (int l = 0; l < depth; ++l) {
            const Dense& d = blocks == 1 ? net.dense(l) : nets[static_cast<std::size_t>(r)].dense(l);
            LayerResult result;
            result.layer = l + 1;
            result.fanIn = d.fanIn();
            result.width = d.fanOut();
            result.scale = d.initScale;
            result.sigma = d.initStd;
            result.description = d.initDescription;
            if (momentsInBlocks) {
                auto merged = [&](std::size_t q) {
                    Moments m;
                    for (int b = 0; b < blocks; ++b) m.merge(passOf(r, b).moments[static_cast<std::size_t>(3 * l) + q]);
                    return Distribution{finishStats(m, {}, measuredWith[q]), {}};
                };
                result.stats = merged(0).stats;
                result.preActivation = merged(1);
                result.gradInput = merged(2);
            } else {
                result.stats = std::move(measured[k].stats);
                result.histogram = std::move(measured[k++].histogram);
                result.preActivation = std::move(measured[k++]);
                result.gradInput = std::move(measured[k++]);
            }
            result.gradWeight = std::move(measured[k++]);
            const double weightStd = d.weightStd();
            result.gradWeightRatio = weightStd > 0.0 ? result.gradWeight->stats.std / weightStd
                                                     : std::numeric_limits<double>::quiet_NaN();
            out[static_cast<std::size_t>(r)].layers.push_back(std::move(result));
        }
    }
}

ThreadPool* ActivationsExperiment::pool() const { return m_onThisThread ? nullptr : &ThreadPool::shared(); }

std::vector<DepthProfile> depthProfiles(const ActivationsResult& result) {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<DepthProfile> out;
    for (const InitializerRun& run : result.runs) {
        DepthProfile p;
        p.initializer = run.initializer;
        p.displayName = run.displayName;
        for (const LayerResult& l : run.layers) {
            if (l.spread) {  // the medians over the seeds, and their 5–95 % band
                const LayerSpread& s = *l.spread;
                p.seeds = s.seeds;
                p.forward.push_back(s.activations.std.median);
                p.forwardLow.push_back(s.activations.std.p5);
                p.forwardHigh.push_back(s.activations.std.p95);
                p.backward.push_back(s.gradInput ? s.gradInput->std.median : nan);
                p.backwardLow.push_back(s.gradInput ? s.gradInput->std.p5 : nan);
                p.backwardHigh.push_back(s.gradInput ? s.gradInput->std.p95 : nan);
                p.saturatedOrDead.push_back((s.activations.saturated && s.activations.saturated->median > kProfileFlagFraction) ||
                                            (s.activations.dead && s.activations.dead->median > kProfileFlagFraction));
                continue;
            }
            p.forward.push_back(l.stats.std);
            p.backward.push_back(l.gradInput ? l.gradInput->stats.std : nan);
            p.saturatedOrDead.push_back(l.stats.saturated.value_or(0.0) > kProfileFlagFraction ||
                                        l.stats.dead.value_or(0.0) > kProfileFlagFraction);
        }
        out.push_back(std::move(p));
    }
    return out;
}

std::string_view quantityName(Quantity q) {
    switch (q) {
        case Quantity::Activations:
            return "activations";
        case Quantity::PreActivations:
            return "pre-activations";
        case Quantity::GradInput:
            return "gradients";
        case Quantity::GradWeight:
            return "weight-gradients";
    }
    return "activations";
}

Quantity quantityByName(std::string_view name, const std::string& field) {
    for (Quantity q : kQuantities) {
        if (quantityName(q) == name) return q;
    }
    throw ConfigError(field, "must be \"activations\", \"pre-activations\", \"gradients\" or \"weight-gradients\"",
                      {"value.quantity", {}});
}

bool isGradient(Quantity q) { return q == Quantity::GradInput || q == Quantity::GradWeight; }

const Distribution* LayerResult::distribution(Quantity q) const {
    const std::optional<Distribution>* d = q == Quantity::PreActivations ? &preActivation
                                           : q == Quantity::GradInput    ? &gradInput
                                           : q == Quantity::GradWeight   ? &gradWeight
                                                                         : nullptr;
    return d && d->has_value() ? &**d : nullptr;
}

const LayerStats* LayerResult::statsOf(Quantity q) const {
    if (q == Quantity::Activations) return &stats;
    const Distribution* d = distribution(q);
    return d ? &d->stats : nullptr;
}

const Histogram* LayerResult::histogramOf(Quantity q) const {
    if (q == Quantity::Activations) return &histogram;
    const Distribution* d = distribution(q);
    return d ? &d->histogram : nullptr;
}

ActivationsResult ActivationsExperiment::run(const ActivationsConfig& config,
                                             const RunControl* control,
                                             const RunObserver& observer) {
    validate(config);
    const ResourceEstimate need = estimateResources(config);
    requireMemory(need.bytes, "activations." + need.heaviestField,
                  "reduce the width, depth, samples or number of initializers", "memory.activations");
    ActivationsResult result;
    result.config = config;
    draw(config, control);
    ActivationsConfig key = config;
    key.initializers.clear();
    if (!(key == m_memoKey)) {
        m_memo.clear();
        m_memoKey = key;
    }
    std::vector<std::string> todo;
    for (const std::string& spec : config.initializers) {
        if (!m_memo.count(spec) && std::find(todo.begin(), todo.end(), spec) == todo.end()) todo.push_back(spec);
    }
    std::vector<InitializerRun> computed = compute(config, todo, control);
    addSpreads(config, todo, computed, control);
    for (std::size_t i = 0; i < todo.size(); ++i) m_memo[todo[i]] = std::move(computed[i]);
    for (const std::string& spec : config.initializers) {
        result.runs.push_back(m_memo.at(spec));
        if (observer) observer(result.runs.back());
    }
    // Keep only what this call used: the memo tracks the current screen.
    for (auto it = m_memo.begin(); it != m_memo.end();) {
        const bool used = std::find(config.initializers.begin(), config.initializers.end(), it->first) !=
                          config.initializers.end();
        it = used ? std::next(it) : m_memo.erase(it);
    }
    return result;
}

ResourceEstimate estimateResources(const ActivationsConfig& c) {
    std::set<BaseDistribution> distributions;
    for (const std::string& spec : c.initializers) {
        try {
            distributions.insert(makeInitializer(spec)->distribution());
        } catch (const Error&) {
        }
    }
    double weightValues = 0.0, gemm = 0.0;
    for (int l = 0; l < c.depth(); ++l) {
        const double in = l == 0 ? c.inputWidth() : c.hidden[static_cast<std::size_t>(l) - 1];
        weightValues += in * c.hidden[static_cast<std::size_t>(l)];
        gemm += in * c.hidden[static_cast<std::size_t>(l)];
    }
    const double width = c.maxWidth(), samples = c.samples;
    const double runs = static_cast<double>(c.initializers.size());
    const double blocks = std::ceil(samples / ActivationsExperiment::kBlockRows);
    const double weights = double(distributions.size()) * weightValues * 4.0;
    const double input = samples * c.inputWidth() * 4.0;
    // Per block of each run: two row buffers, the percentile buckets, the exact values.
    const double parts = runs * blocks * (3.0 * ActivationsExperiment::kBlockRows * width * 4.0 +
                                          PercentileCounter::kSlots * 4.0 + (c.bins + 3) * 8.0);
    // The backward pass keeps, per run, every layer's output and dL/d(output) for the whole batch
    // (dense, [batchnorm,] activation: 2–3 layers per hidden layer) and each dL/dW; G and dL/dX.
    double backward = 0.0;
    if (c.backward) {
        double layerValues = 0.0;
        for (int w : c.hidden) layerValues += (c.batchNorm ? 5.0 : 2.0) * w;  // BatchNorm keeps x̂ and more
        backward = runs * (2.0 * samples * layerValues + weightValues + samples * c.inputWidth()) * 4.0 +
                   samples * c.hidden.back() * 4.0;
    }
    ResourceEstimate e;
    e.bytes = weights + input + parts + backward;
    // With the backward pass: the forward again, dL/dW and dL/dA (three more GEMMs per layer).
    e.flops = 2.0 * runs * samples * gemm * (c.backward ? 4.0 : 1.0) * std::max(1, c.repeats);
    e.heaviestField = weights >= input + parts + backward ? "hidden" : "samples";
    return e;
}

ActivationsResult runActivations(const ActivationsConfig& config, const RunControl* control) {
    ActivationsExperiment experiment;
    return experiment.run(config, control);
}

}  // namespace initscope
