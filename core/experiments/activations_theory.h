#pragma once

#include <array>
#include <optional>
#include <vector>

#include "experiments/activations.h"
#include "theory/density.h"
#include "theory/mean_field.h"
#include "theory/phase_diagram.h"

#include <memory>

namespace initscope {

// Mean-field predictions for a result of the activations experiment, cell by cell: for each layer
// the prediction (theory/mean_field.h) and, for each measured quantity, its predicted histogram on
// that cell's own grid with the predicted mean and standard deviation.
struct LayerTheory {
    LayerPrediction prediction;
    std::array<PredictedHistogram, 4> histograms;  // by Quantity; empty where it was not measured
    std::array<double, 4> mean{}, std{};
};

struct RunTheory {
    std::vector<LayerTheory> layers;
    std::optional<FixedPoint> fixedPoint;
};

struct ActivationsTheory {
    std::vector<RunTheory> runs;  // as the result's runs
    // The activation's phase diagram over σ_w² ∈ [10⁻³, 10³] (log) × σ_b² ∈ [0, kPhaseBiasMax]:
    // every book initializer's (σ_w², σ_b²) lies on it. Shared: it depends on the activation only.
    std::shared_ptr<const PhaseDiagram> phase;
    // Each run's (σ_w², σ_b²): its first layer's n_in·Var(W) and the bias variance.
    std::vector<std::pair<double, double>> points;
};
inline constexpr double kPhaseWeightMin = 1e-3, kPhaseWeightMax = 1e3, kPhaseBiasMax = 0.5;
inline constexpr int kPhaseColumns = 200, kPhaseRows = 120;
// The window's phase diagram of an activation (computed once per activation and kept).
std::shared_ptr<const PhaseDiagram> windowPhaseDiagram(const Activation& f);

// The theory's settings for an experiment's: σ_b from a normal bias start, batch norm, the shape.
TheoryConfig theoryConfigFor(const ActivationsConfig& config);
ActivationsTheory predictActivations(const ActivationsResult& result);

}  // namespace initscope
