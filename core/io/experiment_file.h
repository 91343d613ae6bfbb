#pragma once

#include <string>
#include <vector>

#include "experiments/activations.h"
#include "experiments/bn_sweep.h"
#include "experiments/training.h"

namespace initscope {

// A saved experiment: every setting of the three experiments and which one is in view. Stored as
// versioned JSON: {"format": "initscope-experiment", "version": 3, "view": "activations" |
// "training" | "bn-sweep", "histograms": "activations" | "pre-activations" | "gradients" |
// "weight-gradients", "activations": {...}, "training": {...}, "bn_sweep": {...}}.
// Older versions are read by migrating them: version 1 (square layers, no BatchNorm, no sweep)
// to 2 (migrateExperimentV1), version 2 (no backward pass) to 3 (migrateExperimentV2).
struct ExperimentFile {
    enum class View { Activations, Training, BnSweep };
    View view = View::Activations;
    Quantity histograms = Quantity::Activations;  // what the activations grid shows
    ActivationsConfig activations;
    TrainingConfig training;
    BnSweepConfig bnSweep;

    bool operator==(const ExperimentFile&) const = default;
};

inline constexpr int kExperimentFileVersion = 4;
inline constexpr const char* kExperimentFormat = "initscope-experiment";

// Parses and validates; throws FileError("<path>", "<field>: <problem>") when `path` is given,
// else ConfigError. Nothing is returned unless the whole file is valid.
ExperimentFile parseExperiment(const std::string& text, const std::string& path = "");
std::string serializeExperiment(const ExperimentFile& experiment);

// The settings whose values differ between `a` and `b`, as "activations.seed: 5000000000 →
// 2147483647" (field names as the file spells them, values as JSON), in file order.
std::vector<std::string> differingFields(const ExperimentFile& a, const ExperimentFile& b);

ExperimentFile loadExperiment(const std::string& path);
void saveExperiment(const ExperimentFile& experiment, const std::string& path);

}  // namespace initscope
