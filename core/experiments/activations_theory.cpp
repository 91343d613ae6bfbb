#include "experiments/activations_theory.h"

#include <cmath>
#include <map>
#include <mutex>

#include "nn/activation.h"
#include "nn/network.h"

namespace initscope {

TheoryConfig theoryConfigFor(const ActivationsConfig& c) {
    TheoryConfig t;
    t.activation = c.activation;
    t.initializers = c.initializers;
    t.hidden = c.hidden;
    t.samples = c.samples;
    t.biasStd = c.bias ? parseBiasInit(c.biasInit).sigma : 0.0;
    t.batchNorm = c.batchNorm;
    t.withCorrelation = false;  // the window needs no ξ_c: the cells and the profile are drawn from q and χ
    return t;
}

std::shared_ptr<const PhaseDiagram> windowPhaseDiagram(const Activation& f) {
    static std::mutex mutex;
    static std::map<int, std::shared_ptr<const PhaseDiagram>> cache;
    {
        std::lock_guard lock(mutex);
        if (auto it = cache.find(int(f.kind())); it != cache.end()) return it->second;
    }
    auto diagram = std::make_shared<const PhaseDiagram>(
        phaseDiagram(f, kPhaseWeightMax, kPhaseBiasMax, kPhaseColumns, kPhaseRows, kPhaseWeightMin));
    std::lock_guard lock(mutex);
    return cache.emplace(int(f.kind()), std::move(diagram)).first->second;
}

ActivationsTheory predictActivations(const ActivationsResult& result) {
    ActivationsTheory out;
    const Activation& f = activationByName(result.config.activation);
    out.phase = windowPhaseDiagram(f);
    if (result.runs.empty()) return out;
    const TheoryConfig config = theoryConfigFor(result.config);
    const TheoryResult theory = predictTheory(config);
    for (std::size_t r = 0; r < result.runs.size(); ++r) {
        RunTheory run;
        run.fixedPoint = theory.runs[r].fixedPoint;
        out.points.emplace_back(theory.runs[r].layers.front().sigmaW2, config.biasStd * config.biasStd);
        for (std::size_t l = 0; l < result.runs[r].layers.size(); ++l) {
            const LayerResult& measured = result.runs[r].layers[l];
            LayerTheory layer;
            layer.prediction = theory.runs[r].layers[l];
            const LayerPrediction& p = layer.prediction;
            // Each quantity: its law (f of N(0, q) for A; N(0, ·) for the others) and predicted moments.
            const struct {
                Quantity q;
                const Activation* f;
                double variance, mean, std;
            } laws[] = {{Quantity::Activations, &f, p.q, p.activationMean, p.activationStd},
                        {Quantity::PreActivations, nullptr, p.q, 0.0, std::sqrt(p.q)},
                        {Quantity::GradInput, nullptr, p.gradInputStd * p.gradInputStd, 0.0, p.gradInputStd},
                        {Quantity::GradWeight, nullptr, p.gradWeightStd * p.gradWeightStd, 0.0, p.gradWeightStd}};
            for (const auto& law : laws) {
                const auto k = static_cast<std::size_t>(law.q);
                layer.mean[k] = law.mean;
                layer.std[k] = law.std;
                const Histogram* h = measured.histogramOf(law.q);
                if (h && h->bins() > 0 && std::isfinite(law.variance)) {
                    layer.histograms[k] = predictHistogram(law.f, law.variance, h->lo, h->hi, h->bins());
                }
            }
            run.layers.push_back(std::move(layer));
        }
        out.runs.push_back(std::move(run));
    }
    return out;
}

}  // namespace initscope
