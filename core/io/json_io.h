#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "experiments/activations.h"
#include "experiments/training.h"

namespace initscope {

using Json = nlohmann::ordered_json;

// Config ↔ JSON. Reading is strict: every field must be present with the right type and a valid
// value, unknown fields are rejected; errors are ConfigError naming "<prefix><field>".
Json toJson(const ActivationsConfig& config);
Json toJson(const TrainingConfig& config);
ActivationsConfig activationsConfigFromJson(const Json& j, const std::string& prefix);
TrainingConfig trainingConfigFromJson(const Json& j, const std::string& prefix);

// Results, in the documented command-line format.
Json toJson(const LayerStats& stats);
Json toJson(const Histogram& histogram);
Json toJson(const ActivationsResult& result);
Json toJson(const TrainingResult& result);

// CSV: one row per histogram bin (activations) or per iteration (training).
std::string activationsCsv(const ActivationsResult& result);
std::string trainingCsv(const TrainingResult& result);

// Formats a double for CSV: shortest text that reads back to the same float-precision value.
std::string csvNumber(double value);

}  // namespace initscope
