#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "experiments/activations.h"
#include "experiments/training.h"

namespace initscope {

using Json = nlohmann::ordered_json;

// Text of `j` (indented by `indent`): strings that are not valid UTF-8 (a file name in another
// encoding) are written with U+FFFD in place of the bad bytes instead of failing the write.
std::string dumpJson(const Json& j, int indent = 2);

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

// Loss curves: "iteration,<name> raw,<name> smoothed,…", one row per iteration; a diverged run's
// cells stay empty after its last finite loss. Smoothing is the book's (smoothCurve, `window`).
std::string lossCurvesCsv(const std::vector<std::string>& names,
                          const std::vector<std::vector<double>>& losses, int window);

// Formats a double for CSV: the shortest text that reads back to exactly the same double.
std::string csvNumber(double value);

}  // namespace initscope
