#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "experiments/activations.h"
#include "experiments/bn_sweep.h"
#include "experiments/training.h"
#include "theory/mean_field.h"
#include "theory/phase_diagram.h"

namespace initscope {

using Json = nlohmann::ordered_json;

// Text of `j` (indented by `indent`): strings that are not valid UTF-8 (a file name in another
// encoding) are written with U+FFFD in place of the bad bytes instead of failing the write.
std::string dumpJson(const Json& j, int indent = 2);

// Config ↔ JSON. Reading is strict: every field must be present with the right type and a valid
// value, unknown fields are rejected; errors are ConfigError naming "<prefix><field>".
// Parses JSON refusing what nlohmann accepts silently (a key twice in one object) and turning
// syntax errors and NUL bytes into a ConfigError naming the place ("line 3, column 7").
Json parseJsonStrictly(const std::string& text);

Json toJson(const ActivationsConfig& config);
Json toJson(const TrainingConfig& config);
ActivationsConfig activationsConfigFromJson(const Json& j, const std::string& prefix);
TrainingConfig trainingConfigFromJson(const Json& j, const std::string& prefix);
Json toJson(const BnSweepConfig& config);
// Rewrites a version-1 experiment file's JSON as version 2: activations' depth × width become
// "hidden", both experiments gain "bias_init": "zeros" and "batch_norm": false, and the file gains
// the default "bn_sweep" section. A bad v1 depth or width is a ConfigError naming it.
void migrateExperimentV1(Json& j);
// Version 2 → 3: activations.backward (false: what version 2 computed) and the histograms shown.
void migrateExperimentV2(Json& j);
// Version 3 → 4: activations.repeats (1: one seed, what version 3 computed).
void migrateExperimentV3(Json& j);
BnSweepConfig bnSweepConfigFromJson(const Json& j, const std::string& prefix);

// Results, in the documented command-line format.
Json toJson(const LayerStats& stats);
Json toJson(const Histogram& histogram);
Json toJson(const Spread& spread);
Json toJson(const LayerSpread& spread);
Json toJson(const ActivationsResult& result);
Json toJson(const TrainingResult& result);
// {"experiment": "bn-sweep", "config", "record_iterations", "scales": [{"w", "bn": {"accuracy":
// [...], "diverged_at"}, "plain": {...}}], "train_seconds", ...}; a diverged network's records are null.
Json toJson(const BnSweepResult& result);
// One row per record: w,network,epoch,iteration,accuracy (empty after divergence).
std::string bnSweepCsv(const BnSweepResult& result);

// CSV: one row per histogram bin (activations) or per iteration (training).
std::string activationsCsv(const ActivationsResult& result);
// A repeated run's spreads over seeds: one row per initializer, layer, quantity and statistic
// (mean, std, saturated, dead; ratio_to_weight_std) with its median, 5th and 95th percentiles.
std::string spreadCsv(const ActivationsResult& result);
// Mean-field predictions, laid out as the activations experiment's JSON (runs[], layers[]).
Json toJson(const TheoryResult& result);
std::string theoryCsv(const TheoryResult& result);
// The phase diagram: σ_w² and σ_b² axes, χ₁ and q* per point (rows of σ_b²), the critical line.
Json toJson(const PhaseDiagram& diagram, const std::string& activation);
std::string phaseDiagramCsv(const PhaseDiagram& diagram);
std::string trainingCsv(const TrainingResult& result);
// Every recorded update ratio: one row per recorded iteration, a column per run and dense layer
// ("he layer 1" … "he output").
std::string updateRatioCsv(const TrainingResult& result);
// Every snapshot's statistics: one row per iteration, run, hidden layer and quantity
// (activations, gradients, weights, weight-gradients).
std::string snapshotStatsCsv(const std::vector<TrainingSnapshot>& snapshots);

// Loss curves: "iteration,<name> raw,<name> smoothed,…", one row per iteration; a diverged run's
// cells stay empty after its last finite loss. Smoothing is the book's (smoothCurve, `window`).
std::string lossCurvesCsv(const std::vector<std::string>& names,
                          const std::vector<std::vector<double>>& losses, int window);

// Formats a double for CSV: the shortest text that reads back to exactly the same double.
std::string csvNumber(double value);

}  // namespace initscope
