#include "experiments/activations.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <set>

#include "common/errors.h"
#include "common/parallel.h"
#include "common/system.h"
#include "nn/activation.h"

namespace initscope {

void validate(const ActivationsConfig& c, const std::string& prefix) {
    auto field = [&](const char* key) { return prefix + key; };
    activationByName(c.activation, field("activation"));
    if (c.initializers.empty()) throw ConfigError(field("initializers"), "give at least one");
    if (c.initializers.size() > 16) throw ConfigError(field("initializers"), "at most 16");
    for (const auto& spec : c.initializers) makeInitializer(spec, field("initializers"));
    if (c.depth < 1 || c.depth > kMaxDepth) {
        throw ConfigError(field("depth"), "must be 1 to " + std::to_string(kMaxDepth) + ", got " +
                                              std::to_string(c.depth));
    }
    if (c.width < 1 || c.width > kMaxWidth) {
        throw ConfigError(field("width"), "must be 1 to " + std::to_string(kMaxWidth) + ", got " +
                                              std::to_string(c.width));
    }
    if (c.samples < 1 || c.samples > kMaxSamples) {
        throw ConfigError(field("samples"), "must be 1 to " + std::to_string(kMaxSamples) +
                                                ", got " + std::to_string(c.samples));
    }
    if (std::int64_t(c.samples) * c.width > kMaxLayerValues) {
        throw ConfigError(field("samples"), "samples × width must be at most " +
                                                std::to_string(kMaxLayerValues));
    }
    if (c.bins < 1 || c.bins > kMaxBins) {
        throw ConfigError(field("bins"), "must be 1 to " + std::to_string(kMaxBins) + ", got " +
                                             std::to_string(c.bins));
    }
    if (!c.range.automatic) {
        if (!std::isfinite(c.range.lo) || !std::isfinite(c.range.hi)) {
            throw ConfigError(field("range"), "bounds must be finite numbers");
        }
        if (!(c.range.lo < c.range.hi)) {
            throw ConfigError(field("range"), "low bound must be below the high bound");
        }
    }
}

void ActivationsExperiment::draw(const ActivationsConfig& c, const RunControl* control) {
    const bool freshInput = m_seed != c.seed || m_samples != c.samples || m_width != c.width || m_input.size() == 0;
    if (freshInput) {
        m_seed = c.seed;
        m_samples = c.samples;
        m_width = c.width;
        m_base.clear();
        m_input.resize(c.samples, c.width);
    }
    // The base matrices still missing, inserted now (the map does not change while tasks run).
    std::vector<std::pair<std::pair<BaseDistribution, int>, Matrix*>> missing;
    for (const std::string& spec : c.initializers) {
        const BaseDistribution distribution = makeInitializer(spec)->distribution();
        for (int l = 0; l < c.depth; ++l) {
            const auto [it, inserted] = m_base.try_emplace({distribution, l});
            if (inserted) missing.emplace_back(it->first, &it->second);
        }
    }
    const std::size_t values = static_cast<std::size_t>(m_input.size());
    const int segments = freshInput ? static_cast<int>((values + kInputSegment - 1) / kInputSegment) : 0;
    auto drawOne = [&](int task) {
        if (control) control->checkpoint();
        if (task < segments) {  // x ~ N(0, 1), segment k from stream 2³² + k
            const std::size_t from = static_cast<std::size_t>(task) * kInputSegment;
            Rng rng = Rng::stream(c.seed, (std::uint64_t(1) << 32) + static_cast<std::uint64_t>(task));
            rng.fillNormal(m_input.data() + from, std::min(kInputSegment, values - from));
            return;
        }
        const auto& [key, matrix] = missing[static_cast<std::size_t>(task - segments)];
        Rng rng = Rng::stream(c.seed, static_cast<std::uint64_t>(key.second) + 1);  // layer l: stream l + 1
        *matrix = Initializer::drawBase(key.first, c.width, c.width, rng, control);
    };
    try {
        ThreadPool::shared().parallelFor(segments + static_cast<int>(missing.size()), drawOne);
    } catch (...) {  // cancelled or out of memory: forget what is half drawn
        for (const auto& entry : missing) m_base.erase(entry.first);
        if (freshInput) m_input.resize(0, 0);
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

}  // namespace

std::vector<InitializerRun> ActivationsExperiment::compute(const ActivationsConfig& config,
                                                           const std::vector<std::string>& specs,
                                                           const RunControl* control) {
    const Activation& act = activationByName(config.activation);
    const int runs = static_cast<int>(specs.size());
    const int blocks = (config.samples + kBlockRows - 1) / kBlockRows;
    const int tasks = runs * blocks;
    std::vector<std::unique_ptr<Initializer>> inits;
    std::vector<InitializerRun> out(specs.size());
    std::vector<std::vector<const Matrix*>> base(specs.size());
    for (std::size_t r = 0; r < specs.size(); ++r) {
        inits.push_back(makeInitializer(specs[r]));
        out[r].initializer = specs[r];
        out[r].displayName = inits[r]->displayName();
        out[r].formula = inits[r]->formula();
        for (int l = 0; l < config.depth; ++l) base[r].push_back(&m_base.at({inits[r]->distribution(), l}));
    }
    if (m_parts.size() < static_cast<std::size_t>(tasks)) m_parts.resize(static_cast<std::size_t>(tasks));
    std::vector<LayerInFlight> layer(specs.size());
    const auto width = static_cast<std::size_t>(config.width);
    // Step s computes layer s in every block (s < depth) and counts layer s − 1, whose range and
    // extremes are known by then (s > 0): depth + 1 fork-joins in all.
    for (int step = 0; step <= config.depth; ++step) {
        if (control) control->checkpoint();
        // Ranges of blocks per thread: a block's 200 KB of buffers stay in one core's L2 from layer
        // to layer (handing blocks out one by one cost ~10%, moving them between cores).
        ThreadPool::shared().parallelForRanges(tasks, [&](int t) {
            const auto r = static_cast<std::size_t>(t / blocks);
            const int block = t % blocks;
            Part& part = m_parts[static_cast<std::size_t>(t)];
            const int rows = std::min(kBlockRows, config.samples - block * kBlockRows);
            if (step > 0) {
                const LayerInFlight& l = layer[r];
                const std::span<const float> values(part.prev.data(), static_cast<std::size_t>(rows) * width);
                part.binCounts.assign(static_cast<std::size_t>(l.bins->slotCount()), 0);
                l.bins->add(values, part.binCounts.data());
                if (l.exact) {
                    part.exact.assign(values.begin(), values.end());
                } else {
                    part.buckets.assign(PercentileCounter::kSlots, 0);
                    l.percentiles->add(values, part.buckets.data());
                }
            }
            if (step < config.depth) {
                const float s = static_cast<float>(inits[r]->scale(config.width, config.width));
                const Matrix& b = *base[r][static_cast<std::size_t>(step)];
                // Z = A_prev·W with W = s × the shared base draw, as s·(A_prev·B): one GEMM, no W
                // (a zero bias adds nothing)
                if (step == 0) {
                    part.cur.noalias() = s * (m_input.middleRows(block * kBlockRows, rows) * b);
                } else {
                    part.cur.noalias() = s * (part.prev * b);
                }
                act.forward(part.cur, part.cur);  // A = f(Z), in place
                part.moments = momentsOf({part.cur.data(), static_cast<std::size_t>(part.cur.size())}, &act);
                std::swap(part.cur, part.prev);
            }
        });
        for (std::size_t r = 0; r < specs.size(); ++r) {
            Part* parts = &m_parts[r * static_cast<std::size_t>(blocks)];
            LayerInFlight& l = layer[r];
            if (step > 0) {  // finish layer step − 1
                std::vector<std::int64_t> slots(static_cast<std::size_t>(l.bins->slotCount()), 0);
                std::vector<double> percentiles;
                if (l.exact) {
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
                LayerResult result;
                result.layer = step;
                result.scale = inits[r]->scale(config.width, config.width);
                result.sigma = inits[r]->weightStd(config.width, config.width);
                result.description = inits[r]->describe(config.width, config.width);
                result.stats = finishStats(l.moments, std::move(percentiles), &act);
                result.histogram = l.bins->histogram(slots.data());
                out[r].layers.push_back(std::move(result));
            }
            if (step < config.depth) {  // layer step: merge the blocks' moments, set the grids
                l.moments = Moments{};
                for (int b = 0; b < blocks; ++b) l.moments.merge(parts[b].moments);
                const auto [lo, hi] = config.range.automatic ? automaticRange(l.moments, &act)
                                                             : std::pair{config.range.lo, config.range.hi};
                l.bins.emplace(config.bins, lo, hi);
                l.percentiles.emplace(l.moments.min, l.moments.max);
                l.exact = l.moments.finite() <= kExactPercentileLimit;
            }
        }
    }
    return out;
}

ActivationsResult ActivationsExperiment::run(const ActivationsConfig& config,
                                             const RunControl* control,
                                             const RunObserver& observer) {
    validate(config);
    const ResourceEstimate need = estimateResources(config);
    requireMemory(need.bytes, "activations." + need.heaviestField,
                  "reduce the width, depth, samples or number of initializers");
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
    const double width = c.width, depth = c.depth, samples = c.samples;
    const double runs = static_cast<double>(c.initializers.size());
    const double blocks = std::ceil(samples / ActivationsExperiment::kBlockRows);
    const double weights = double(distributions.size()) * depth * width * width * 4.0;
    const double input = samples * width * 4.0;
    // Per block of each run: two row buffers, the percentile buckets, the exact values.
    const double parts = runs * blocks * (3.0 * ActivationsExperiment::kBlockRows * width * 4.0 +
                                          PercentileCounter::kSlots * 4.0 + (c.bins + 3) * 8.0);
    ResourceEstimate e;
    e.bytes = weights + input + parts;
    e.flops = 2.0 * runs * depth * samples * width * width;
    e.heaviestField = weights >= input + parts ? "width" : "samples";
    return e;
}

ActivationsResult runActivations(const ActivationsConfig& config, const RunControl* control) {
    ActivationsExperiment experiment;
    return experiment.run(config, control);
}

}  // namespace initscope
