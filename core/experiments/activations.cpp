#include "experiments/activations.h"

#include <cmath>

#include "common/errors.h"
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
        for (Eigen::Index i = 0; i < m_input.size(); ++i) {
            m_input.data()[i] = static_cast<float>(rng.normal());  // x ~ N(0, 1)
        }
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

ActivationsResult ActivationsExperiment::run(const ActivationsConfig& config,
                                             const RunControl* control,
                                             const RunObserver& observer) {
    validate(config);
    const Activation& act = activationByName(config.activation);
    ActivationsResult result;
    result.config = config;
    const Matrix& x = input(config);
    for (const std::string& spec : config.initializers) {
        const auto init = makeInitializer(spec);
        InitializerRun run;
        run.initializer = spec;
        run.displayName = init->displayName();
        run.formula = init->formula();
        const Matrix* in = &x;
        for (int l = 0; l < config.depth; ++l) {
            if (control) control->checkpoint();
            const double scale = init->scale(config.width, config.width);
            m_w = baseWeights(config, init->distribution(), l) * static_cast<float>(scale);
            m_z.noalias() = *in * m_w;  // Z = A_prev·W (a zero bias adds nothing)
            act.forward(m_z, m_a);      // A = f(Z)
            std::swap(m_prev, m_a);
            in = &m_prev;

            LayerResult layer;
            layer.layer = l + 1;
            layer.scale = scale;
            layer.sigma = init->weightStd(config.width, config.width);
            layer.description = init->describe(config.width, config.width);
            const std::span<const float> values(m_prev.data(), static_cast<std::size_t>(m_prev.size()));
            layer.stats = computeStats(values, &act);
            const auto [lo, hi] = config.range.automatic ? automaticRange(values, &act)
                                                         : std::pair{config.range.lo, config.range.hi};
            layer.histogram = makeHistogram(values, config.bins, lo, hi);
            run.layers.push_back(std::move(layer));
        }
        if (observer) observer(run);
        result.runs.push_back(std::move(run));
    }
    return result;
}

ActivationsResult runActivations(const ActivationsConfig& config, const RunControl* control) {
    ActivationsExperiment experiment;
    return experiment.run(config, control);
}

}  // namespace initscope
