#include "experiments/activations.h"

#include <algorithm>
#include <cmath>

#include "common/errors.h"
#include "common/parallel.h"
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

const Matrix& ActivationsExperiment::input(const ActivationsConfig& c) {
    if (m_seed != c.seed || m_samples != c.samples || m_width != c.width || m_input.size() == 0) {
        m_seed = c.seed;
        m_samples = c.samples;
        m_width = c.width;
        m_base.clear();
        Rng rng = Rng::stream(c.seed, 0);
        m_input.resize(c.samples, c.width);
        rng.fillNormal(m_input.data(), static_cast<std::size_t>(m_input.size()));  // x ~ N(0, 1)
    }
    return m_input;
}

const Matrix& ActivationsExperiment::baseWeights(const ActivationsConfig& c,
                                                 BaseDistribution distribution, int layer) {
    auto key = std::make_pair(distribution, layer);
    auto it = m_base.find(key);
    if (it == m_base.end()) {
        Rng rng = Rng::stream(c.seed, static_cast<std::uint64_t>(layer) + 1);
        it = m_base.emplace(key, Initializer::drawBase(distribution, c.width, c.width, rng)).first;
    }
    return it->second;
}

InitializerRun ActivationsExperiment::computeRun(const ActivationsConfig& config,
                                                const std::string& spec, Scratch& scratch,
                                                const RunControl* control, bool splitLayers) {
    const Activation& act = activationByName(config.activation);
    const auto init = makeInitializer(spec);
    InitializerRun run;
    run.initializer = spec;
    run.displayName = init->displayName();
    run.formula = init->formula();
    const Matrix* in = &m_input;
    for (int l = 0; l < config.depth; ++l) {
        if (control) control->checkpoint();
        const double scale = init->scale(config.width, config.width);
        const Matrix& base = m_base.at({init->distribution(), l});
        scratch.w = base * static_cast<float>(scale);  // W = scale × the shared base draw
        scratch.z.noalias() = *in * scratch.w;          // Z = A_prev·W (a zero bias adds nothing)
        act.forward(scratch.z, scratch.a);              // A = f(Z)
        std::swap(scratch.prev, scratch.a);
        in = &scratch.prev;

        LayerResult layer;
        layer.layer = l + 1;
        layer.scale = scale;
        layer.sigma = init->weightStd(config.width, config.width);
        layer.description = init->describe(config.width, config.width);
        const std::span<const float> values(scratch.prev.data(), static_cast<std::size_t>(scratch.prev.size()));
        auto stats = [&] { layer.stats = computeStats(values, &act); };
        auto histogram = [&] {
            const auto [lo, hi] = config.range.automatic ? automaticRange(values, &act)
                                                         : std::pair{config.range.lo, config.range.hi};
            layer.histogram = makeHistogram(values, config.bins, lo, hi);
        };
        if (splitLayers) {
            ThreadPool::shared().parallelFor(2, [&](int i) { i == 0 ? stats() : histogram(); });
        } else {
            stats();
            histogram();
        }
        run.layers.push_back(std::move(layer));
    }
    return run;
}

ActivationsResult ActivationsExperiment::run(const ActivationsConfig& config,
                                             const RunControl* control,
                                             const RunObserver& observer) {
    validate(config);
    ActivationsResult result;
    result.config = config;
    input(config);
    // Draw every base matrix needed before going parallel (the cache is not thread-safe).
    for (const std::string& spec : config.initializers) {
        const auto init = makeInitializer(spec);
        for (int l = 0; l < config.depth; ++l) baseWeights(config, init->distribution(), l);
    }
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
    if (m_scratch.size() < todo.size()) m_scratch.resize(todo.size());
    std::vector<InitializerRun> computed(todo.size());
    if (todo.size() == 1) {
        computed[0] = computeRun(config, todo[0], m_scratch[0], control, /*splitLayers=*/true);
    } else {
        // Independent rows of the grid: compute them side by side.
        ThreadPool::shared().parallelFor(static_cast<int>(todo.size()), [&](int i) {
            computed[static_cast<std::size_t>(i)] =
                computeRun(config, todo[static_cast<std::size_t>(i)], m_scratch[static_cast<std::size_t>(i)], control, false);
        });
    }
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

ActivationsResult runActivations(const ActivationsConfig& config, const RunControl* control) {
    ActivationsExperiment experiment;
    return experiment.run(config, control);
}

}  // namespace initscope
