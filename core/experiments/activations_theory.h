#pragma once

#include <array>
#include <optional>
#include <vector>

#include "experiments/activations.h"
#include "theory/density.h"
#include "theory/mean_field.h"

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
};

// The theory's settings for an experiment's: σ_b from a normal bias start, batch norm, the shape.
TheoryConfig theoryConfigFor(const ActivationsConfig& config);
ActivationsTheory predictActivations(const ActivationsResult& result);

}  // namespace initscope
