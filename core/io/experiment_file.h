#pragma once

#include <string>
#include <vector>

#include "experiments/activations.h"
#include "experiments/training.h"

namespace initscope {

// A saved experiment: every setting of both experiments and which one is in view. Stored as
// versioned JSON: {"format": "initscope-experiment", "version": 1, "view": ..., "activations":
// {...}, "training": {...}}.
struct ExperimentFile {
    enum class View { Activations, Training };
    View view = View::Activations;
    ActivationsConfig activations;
    TrainingConfig training;

    bool operator==(const ExperimentFile&) const = default;
};

inline constexpr int kExperimentFileVersion = 1;
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
