// Results as JSON and CSV, in the documented command-line format (README "Output formats"): the
// experiments', the theory's and the phase diagram's, loss curves, update ratios and snapshots.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

#include "io/json_io.h"
#include "stats/smoothing.h"

namespace initscope {
namespace {

Json optionalNumber(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

// The double nearest to a float's shortest decimal form: 2.0423434e-07 rather than the float's
// exact binary value 2.0423433966243465e-07, which says more than a float knows.
double shortestOf(float v) {
    if (!std::isfinite(v)) return v;
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    double d = v;
    if (ec == std::errc()) std::from_chars(buffer, end, d);
    return d;
}
Json finiteOrNull(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }

}  // namespace

Json toJson(const BnSweepResult& result) {
    auto curve = [](const BnSweepCurve& c) {
        Json accuracy = Json::array();
        for (double a : c.accuracy) accuracy.push_back(finiteOrNull(a));
        return Json{{"accuracy", accuracy}, {"diverged_at", c.divergedAt ? Json(*c.divergedAt) : Json(nullptr)}};
    };
    Json scales = Json::array();
    for (const BnSweepScale& s : result.scales) {
        scales.push_back(Json{{"index", s.index}, {"w", s.w}, {"bn", curve(s.bn)}, {"plain", curve(s.plain)}});
    }
    return Json{{"experiment", "bn-sweep"},
                {"config", toJson(result.config)},
                {"dataset_folder", result.datasetFolder},
                {"record_iterations", result.recordIterations},
                {"scales", std::move(scales)},
                {"cancelled", result.cancelled},
                {"train_seconds", result.trainSeconds}};
}

std::string bnSweepCsv(const BnSweepResult& result) {
    std::string out = "w,network,epoch,iteration,accuracy\n";
    for (const BnSweepScale& s : result.scales) {
        for (const auto& [name, curve] : {std::pair{"bn", &s.bn}, std::pair{"plain", &s.plain}}) {
            for (std::size_t k = 0; k < curve->accuracy.size() && k < result.recordIterations.size(); ++k) {
                out += csvNumber(s.w) + "," + name + "," + std::to_string(k + 1) + "," +
                       std::to_string(result.recordIterations[k]) + "," + csvNumber(curve->accuracy[k]) + "\n";
            }
        }
    }
    return out;
}

Json toJson(const LayerStats& s) {
    Json percentiles = Json::object();
    for (std::size_t i = 0; i < s.percentiles.size(); ++i) {
        percentiles["p" + formatNumber(percentileLevels()[i])] = finiteOrNull(s.percentiles[i]);
    }
    return Json{{"mean", finiteOrNull(s.mean)},
                {"std", finiteOrNull(s.std)},
                {"min", finiteOrNull(s.min)},
                {"max", finiteOrNull(s.max)},
                {"percentiles", percentiles},
                {"saturated", optionalNumber(s.saturated)},
                {"dead", optionalNumber(s.dead)},
                {"nonfinite", s.nonfinite}};
}

Json toJson(const Histogram& h) {
    return Json{{"lo", h.lo},         {"hi", h.hi},       {"counts", h.counts},
                {"below", h.below},   {"above", h.above}, {"nonfinite", h.nonfinite}};
}

Json toJson(const Spread& s) {
    return Json{{"median", finiteOrNull(s.median)}, {"p5", finiteOrNull(s.p5)}, {"p95", finiteOrNull(s.p95)}};
}

Json toJson(const LayerSpread& s) {
    auto stats = [](const StatsSpread& q) {
        Json j{{"mean", toJson(q.mean)}, {"std", toJson(q.std)}};
        if (q.saturated) j["saturated"] = toJson(*q.saturated);
        if (q.dead) j["dead"] = toJson(*q.dead);
        return j;
    };
    Json j{{"seeds", s.seeds}, {"activations", stats(s.activations)}};
    for (const auto& [key, q] : {std::pair{"pre_activation", &s.preActivation}, std::pair{"grad_input", &s.gradInput},
                                 std::pair{"grad_weight", &s.gradWeight}}) {
        if (q->has_value()) j[key] = stats(**q);
    }
    if (s.gradWeightRatio) j["grad_weight_ratio"] = toJson(*s.gradWeightRatio);
    return j;
}

Json toJson(const ActivationsResult& result) {
    Json runs = Json::array();
    for (const InitializerRun& run : result.runs) {
        Json layers = Json::array();
        for (const LayerResult& l : run.layers) {
            Json layer{{"layer", l.layer},   {"fan_in", l.fanIn},  {"width", l.width},
                       {"sigma", l.sigma},   {"scale", l.scale},   {"description", l.description}};
            const Json stats = toJson(l.stats);
            for (auto it = stats.begin(); it != stats.end(); ++it) layer[it.key()] = *it;
            layer["histogram"] = toJson(l.histogram);
            // The backward pass: each quantity as an object with the same fields.
            for (const auto& [key, d] : {std::pair{"pre_activation", &l.preActivation},
                                         std::pair{"grad_input", &l.gradInput},
                                         std::pair{"grad_weight", &l.gradWeight}}) {
                if (!d->has_value()) continue;
                Json q = toJson((*d)->stats);
                q["histogram"] = toJson((*d)->histogram);
                layer[key] = std::move(q);
            }
            if (l.gradWeight) layer["grad_weight_ratio"] = finiteOrNull(l.gradWeightRatio);
            if (l.spread) layer["spread"] = toJson(*l.spread);
            layers.push_back(std::move(layer));
        }
        runs.push_back(Json{{"initializer", run.initializer},
                            {"name", run.displayName},
                            {"formula", run.formula},
                            {"layers", std::move(layers)}});
    }
    return Json{{"experiment", "activations"},
                {"config", toJson(result.config)},
                {"runs", std::move(runs)}};
}

Json toJson(const TrainingResult& result) {
    Json runs = Json::array();
    for (const TrainingRun& run : result.runs) {
        Json ratios = Json::array();
        for (const std::vector<float>& layer : run.updateRatio) {
            Json values = Json::array();
            for (float v : layer) values.push_back(finiteOrNull(shortestOf(v)));
            ratios.push_back(std::move(values));
        }
        runs.push_back(Json{{"initializer", run.initializer},
                            {"loss", run.loss},
                            {"final_loss", finiteOrNull(run.finalLoss)},
                            {"test_accuracy", optionalNumber(run.testAccuracy)},
                            {"diverged_at", run.divergedAt ? Json(*run.divergedAt) : Json(nullptr)},
                            {"update_ratio", std::move(ratios)}});
    }
    auto distribution = [](const LayerStats& stats, const Histogram& histogram) {
        Json j = toJson(stats);
        j["histogram"] = toJson(histogram);
        return j;
    };
    Json snapshots = Json::array();
    for (const TrainingSnapshot& s : result.snapshots) {
        Json accuracy = Json::array(), loss = Json::array(), layers = Json::array();
        for (const RunSnapshot& r : s.runs) {
            accuracy.push_back(optionalNumber(r.testAccuracy));
            loss.push_back(finiteOrNull(r.loss));
            Json runLayers = Json::array();
            for (const LayerSnapshot& l : r.layers) {
                runLayers.push_back(Json{{"activations", distribution(l.activationStats, l.activationHistogram)},
                                         {"gradients", distribution(l.gradientStats, l.gradientHistogram)},
                                         {"weights", distribution(l.weightStats, l.weightHistogram)},
                                         {"weight_gradients", distribution(l.weightGradientStats, l.weightGradientHistogram)}});
            }
            layers.push_back(std::move(runLayers));
        }
        snapshots.push_back(Json{{"iteration", s.iteration}, {"loss", loss}, {"test_accuracy", accuracy}, {"layers", layers}});
    }
    return Json{{"experiment", "train"},
                {"config", toJson(result.config)},
                {"dataset_folder", result.datasetFolder},
                {"update_ratio_every", result.updateRatioEvery},
                {"runs", std::move(runs)},
                {"snapshots", std::move(snapshots)},
                {"cancelled", result.cancelled},
                {"train_seconds", result.trainSeconds}};
}

std::string csvNumber(double value) {
    if (!std::isfinite(value)) return "";
    char buffer[40];
    // The shortest text that reads back to exactly this double, independent of the locale.
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string();
}

namespace {
std::string csvText(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}
}  // namespace

std::string activationsCsv(const ActivationsResult& result) {
    // One row per bin; with the backward pass, each further quantity's bin k in the same row
    // (every histogram of a run has config.bins bins) under its own prefix.
    const bool backward = result.config.backward;
    static const std::string kColumns = "bin_low,bin_high,count,below,above,nonfinite";
    std::string out = "initializer,layer," + kColumns;
    if (backward) {
        for (const char* prefix : {"pre_activation_", "grad_input_", "grad_weight_"}) {
            for (std::size_t from = 0; from < kColumns.size();) {
                const std::size_t comma = std::min(kColumns.find(',', from), kColumns.size());
                out += "," + std::string(prefix) + kColumns.substr(from, comma - from);
                from = comma + 1;
            }
        }
        out += ",grad_weight_ratio";
    }
    out += "\n";
    auto bin = [](const Histogram& h, int k) {
        return csvNumber(h.binLow(k)) + "," + csvNumber(h.binHigh(k)) + "," +
               std::to_string(h.counts[static_cast<std::size_t>(k)]) + "," + std::to_string(h.below) + "," +
               std::to_string(h.above) + "," + std::to_string(h.nonfinite);
    };
    for (const InitializerRun& run : result.runs) {
        for (const LayerResult& l : run.layers) {
            const Histogram& h = l.histogram;
            for (int k = 0; k < h.bins(); ++k) {
                out += csvText(run.initializer) + "," + std::to_string(l.layer) + "," + bin(h, k);
                if (backward) {
                    for (const auto* d : {&l.preActivation, &l.gradInput, &l.gradWeight}) {
                        out += "," + (d->has_value() && k < (*d)->histogram.bins() ? bin((*d)->histogram, k)
                                                                                 : std::string(",,,,,"));
                    }
                    out += "," + csvNumber(l.gradWeightRatio);
                }
                out += "\n";
            }
        }
    }
    return out;
}

std::string spreadCsv(const ActivationsResult& result) {
    std::string out = "initializer,layer,quantity,statistic,median,p5,p95,seeds\n";
    for (const InitializerRun& run : result.runs) {
        for (const LayerResult& l : run.layers) {
            if (!l.spread) continue;
            auto row = [&](std::string_view quantity, const char* statistic, const Spread& s) {
                out += csvText(run.initializer) + "," + std::to_string(l.layer) + "," + std::string(quantity) + "," +
                       statistic + "," + csvNumber(s.median) + "," + csvNumber(s.p5) + "," + csvNumber(s.p95) + "," +
                       std::to_string(l.spread->seeds) + "\n";
            };
            for (Quantity q : kQuantities) {
                const StatsSpread* s = l.spread->of(q);
                if (!s) continue;
                row(quantityName(q), "mean", s->mean);
                row(quantityName(q), "std", s->std);
                if (s->saturated) row(quantityName(q), "saturated", *s->saturated);
                if (s->dead) row(quantityName(q), "dead", *s->dead);
            }
            if (l.spread->gradWeightRatio) row("weight-gradients", "ratio_to_weight_std", *l.spread->gradWeightRatio);
        }
    }
    return out;
}

namespace {
const char* fixedPointKind(FixedPoint::Kind k) {
    switch (k) {
        case FixedPoint::Kind::Finite:
            return "finite";
        case FixedPoint::Kind::Zero:
            return "zero";
        case FixedPoint::Kind::Infinite:
            return "infinite";
        case FixedPoint::Kind::Marginal:
            return "marginal";
    }
    return "finite";
}
}  // namespace

Json toJson(const TheoryResult& result) {
    const TheoryConfig& c = result.config;
    Json runs = Json::array();
    for (const TheoryRun& run : result.runs) {
        Json layers = Json::array();
        for (const LayerPrediction& l : run.layers) {
            layers.push_back(Json{{"layer", l.layer},
                                  {"sigma_w2", finiteOrNull(l.sigmaW2)},
                                  {"q", finiteOrNull(l.q)},
                                  {"activation_mean", finiteOrNull(l.activationMean)},
                                  {"activation_std", finiteOrNull(l.activationStd)},
                                  {"chi", finiteOrNull(l.chi)},
                                  {"chi_product", finiteOrNull(l.chiProduct)},
                                  {"grad_input_std", finiteOrNull(l.gradInputStd)},
                                  {"grad_weight_std", finiteOrNull(l.gradWeightStd)}});
        }
        Json r{{"initializer", run.initializer}, {"name", run.displayName}, {"layers", std::move(layers)}};
        if (run.fixedPoint) {
            const FixedPoint& p = *run.fixedPoint;
            // q* = ∞ is written as null with its kind "infinite".
            r["fixed_point"] = finiteOrNull(p.q);
            r["fixed_point_kind"] = fixedPointKind(p.kind);
            r["chi_at_fixed_point"] = finiteOrNull(p.chi1);
            r["correlation_fixed_point"] = finiteOrNull(p.correlation);
            r["depth_scale_q"] = p.depthScaleQ ? Json(*p.depthScaleQ) : Json(nullptr);
            r["depth_scale_c"] = p.depthScaleC ? Json(*p.depthScaleC) : Json(nullptr);
        } else {
            for (const char* key : {"fixed_point", "fixed_point_kind", "chi_at_fixed_point", "correlation_fixed_point",
                                    "depth_scale_q", "depth_scale_c"}) {
                r[key] = nullptr;  // data-dependent (LSUV) or batch-normalised: no map to iterate
            }
        }
        runs.push_back(std::move(r));
    }
    return Json{{"experiment", "theory"},
                {"config", Json{{"activation", c.activation},
                                {"initializers", c.initializers},
                                {"hidden", c.hidden},
                                {"samples", c.samples},
                                {"bias_std", c.biasStd},
                                {"input_variance", c.inputVariance},
                                {"batch_norm", c.batchNorm}}},
                {"runs", std::move(runs)}};
}

std::string theoryCsv(const TheoryResult& result) {
    std::string out = "initializer,layer,sigma_w2,q,activation_mean,activation_std,chi,chi_product,grad_input_std,"
                      "grad_weight_std\n";
    for (const TheoryRun& run : result.runs) {
        for (const LayerPrediction& l : run.layers) {
            out += csvText(run.initializer) + "," + std::to_string(l.layer);
            for (double v : {l.sigmaW2, l.q, l.activationMean, l.activationStd, l.chi, l.chiProduct, l.gradInputStd,
                             l.gradWeightStd}) {
                out += "," + csvNumber(v);
            }
            out += "\n";
        }
    }
    return out;
}

Json toJson(const PhaseDiagram& d, const std::string& activation) {
    Json weights = Json::array(), biases = Json::array(), chi = Json::array(), q = Json::array(), line = Json::array();
    for (int i = 0; i < d.columns; ++i) weights.push_back(d.weightAt(i));
    for (int j = 0; j < d.rows; ++j) {
        biases.push_back(d.biasAt(j));
        Json chiRow = Json::array(), qRow = Json::array();
        for (int i = 0; i < d.columns; ++i) {
            chiRow.push_back(finiteOrNull(d.chiAt(i, j)));
            qRow.push_back(finiteOrNull(d.q[static_cast<std::size_t>(j) * d.columns + i]));  // null: +∞
        }
        chi.push_back(std::move(chiRow));
        q.push_back(std::move(qRow));
        line.push_back(finiteOrNull(d.criticalWeight[static_cast<std::size_t>(j)]));
    }
    return Json{{"experiment", "phase-diagram"}, {"activation", activation}, {"sigma_w2", weights},
                {"sigma_b2", biases},  {"chi", chi},  {"q", q}, {"critical_sigma_w2", line}};
}

std::string phaseDiagramCsv(const PhaseDiagram& d) {
    std::string out = "sigma_w2,sigma_b2,chi,q\n";
    for (int j = 0; j < d.rows; ++j) {
        for (int i = 0; i < d.columns; ++i) {
            out += csvNumber(d.weightAt(i)) + "," + csvNumber(d.biasAt(j)) + "," + csvNumber(d.chiAt(i, j)) + "," +
                   csvNumber(d.q[static_cast<std::size_t>(j) * d.columns + i]) + "\n";
        }
    }
    return out;
}

std::string trainingCsv(const TrainingResult& result) {
    std::string out = "iteration";
    std::size_t rows = 0;
    for (const TrainingRun& run : result.runs) {
        out += "," + csvText(run.initializer);
        rows = std::max(rows, run.loss.size() + (run.divergedAt ? 1 : 0));
    }
    out += "\n";
    for (std::size_t i = 0; i < rows; ++i) {
        out += std::to_string(i);
        for (const TrainingRun& run : result.runs) {
            out += ",";
            if (i < run.loss.size()) out += csvNumber(run.loss[i]);
        }
        out += "\n";
    }
    return out;
}

std::string updateRatioCsv(const TrainingResult& result) {
    std::string out = "iteration";
    std::size_t rows = 0;
    for (const TrainingRun& run : result.runs) {
        for (std::size_t l = 0; l < run.updateRatio.size(); ++l) {
            const bool output = l + 1 == run.updateRatio.size();
            out += "," + csvText(run.initializer + (output ? " output" : " layer " + std::to_string(l + 1)));
            rows = std::max(rows, run.updateRatio[l].size());
        }
    }
    out += "\n";
    for (std::size_t i = 0; i < rows; ++i) {
        out += std::to_string(i * static_cast<std::size_t>(result.updateRatioEvery));
        for (const TrainingRun& run : result.runs) {
            for (const std::vector<float>& layer : run.updateRatio) {
                out += "," + (i < layer.size() ? csvNumber(shortestOf(layer[i])) : std::string());
            }
        }
        out += "\n";
    }
    return out;
}

std::string snapshotStatsCsv(const std::vector<TrainingSnapshot>& snapshots) {
    std::string out = "iteration,initializer,layer,quantity,mean,std,min,max";
    for (double p : percentileLevels()) out += ",p" + formatNumber(p);
    out += ",saturated,dead,nonfinite\n";
    auto optional = [](const std::optional<double>& v) { return v ? csvNumber(*v) : std::string(); };
    for (const TrainingSnapshot& s : snapshots) {
        for (const RunSnapshot& r : s.runs) {
            for (std::size_t l = 0; l < r.layers.size(); ++l) {
                const LayerSnapshot& ls = r.layers[l];
                for (const auto& [quantity, stats] : {std::pair{"activations", &ls.activationStats},
                                                      std::pair{"gradients", &ls.gradientStats},
                                                      std::pair{"weights", &ls.weightStats},
                                                      std::pair{"weight-gradients", &ls.weightGradientStats}}) {
                    out += std::to_string(s.iteration) + "," + csvText(r.initializer) + "," + std::to_string(l + 1) + "," +
                           quantity + "," + csvNumber(stats->mean) + "," + csvNumber(stats->std) + "," +
                           csvNumber(stats->min) + "," + csvNumber(stats->max);
                    for (std::size_t p = 0; p < percentileLevels().size(); ++p) {
                        out += "," + (p < stats->percentiles.size() ? csvNumber(stats->percentiles[p]) : std::string());
                    }
                    out += "," + optional(stats->saturated) + "," + optional(stats->dead) + "," + std::to_string(stats->nonfinite) + "\n";
                }
            }
        }
    }
    return out;
}

std::string lossCurvesCsv(const std::vector<std::string>& names,
                          const std::vector<std::vector<double>>& losses, int window) {
    std::string out = "iteration";
    std::size_t rows = 0;
    std::vector<std::vector<double>> smoothed;
    for (std::size_t k = 0; k < names.size() && k < losses.size(); ++k) {
        out += "," + csvText(names[k] + " raw") + "," + csvText(names[k] + " smoothed");
        rows = std::max(rows, losses[k].size());
        smoothed.push_back(smoothCurve(losses[k], window));
    }
    out += "\n";
    for (std::size_t i = 0; i < rows; ++i) {
        out += std::to_string(i);
        for (std::size_t k = 0; k < smoothed.size(); ++k) {
            const bool has = i < losses[k].size();
            out += "," + (has ? csvNumber(losses[k][i]) : std::string()) + "," +
                   (has ? csvNumber(smoothed[k][i]) : std::string());
        }
        out += "\n";
    }
    return out;
}

}  // namespace initscope
