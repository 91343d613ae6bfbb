#include "io/experiment_file.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <vector>

#include "common/errors.h"
#include "io/atomic_file.h"
#include "io/json_io.h"

namespace initscope {

ExperimentFile parseExperiment(const std::string& text, const std::string& path) {
    try {
        Json j = parseJsonStrictly(text);  // migrations rewrite it
        if (!j.is_object()) throw ConfigError("(top level)", "must be a JSON object", {"value.object", {}});
        auto format = j.find("format");
        if (format == j.end() || !format->is_string() ||
            format->get<std::string>() != kExperimentFormat) {
            throw ConfigError("format", std::string("must be \"") + kExperimentFormat + "\"",
                              {"file.format", {kExperimentFormat}});
        }
        auto version = j.find("version");
        if (version == j.end() || !version->is_number_integer()) {
            throw ConfigError("version", "missing or not a whole number", {"file.version_missing", {}});
        }
        // A version beyond int64 (2⁶³ and up) is unsigned in nlohmann: newer, not negative.
        const auto v = version->is_number_unsigned()
                           ? static_cast<std::int64_t>(std::min<std::uint64_t>(version->get<std::uint64_t>(), INT64_MAX))
                           : version->get<std::int64_t>();
        if (v > kExperimentFileVersion) {
            throw ConfigError("version", "file version " + std::to_string(v) +
                                             " is newer than this InitScope reads (" +
                                             std::to_string(kExperimentFileVersion) +
                                             "): update InitScope",
                              {"file.version_newer", {std::to_string(v), std::to_string(kExperimentFileVersion)}});
        }
        if (v < 1) throw ConfigError("version", "must be 1 or more", {"file.version_low", {}});
        if (v == 1) migrateExperimentV1(j);
        if (v <= 2) migrateExperimentV2(j);
        if (v <= 3) migrateExperimentV3(j);
        for (auto it = j.begin(); it != j.end(); ++it) {
            static const char* kKnown[] = {"format", "version", "view", "histograms", "activations",
                                           "training", "bn_sweep"};
            if (std::find(std::begin(kKnown), std::end(kKnown), it.key()) == std::end(kKnown)) {
                // An empty key still needs a name in the message (found by fuzzing).
                throw ConfigError(it.key().empty() ? "\"\"" : it.key(), "unknown field", {"field.unknown", {}});
            }
        }
        ExperimentFile e;
        auto view = j.find("view");
        if (view == j.end() || !view->is_string()) throw ConfigError("view", "missing field", {"field.missing", {}});
        if (*view == "activations") {
            e.view = ExperimentFile::View::Activations;
        } else if (*view == "training") {
            e.view = ExperimentFile::View::Training;
        } else if (*view == "bn-sweep") {
            e.view = ExperimentFile::View::BnSweep;
        } else {
            throw ConfigError("view", "must be \"activations\", \"training\" or \"bn-sweep\"", {"value.view", {}});
        }
        auto histograms = j.find("histograms");
        if (histograms == j.end() || !histograms->is_string()) throw ConfigError("histograms", "missing field", {"field.missing", {}});
        e.histograms = quantityByName(histograms->get<std::string>(), "histograms");
        if (!j.contains("activations")) throw ConfigError("activations", "missing field", {"field.missing", {}});
        if (!j.contains("training")) throw ConfigError("training", "missing field", {"field.missing", {}});
        if (!j.contains("bn_sweep")) throw ConfigError("bn_sweep", "missing field", {"field.missing", {}});
        e.activations = activationsConfigFromJson(j["activations"], "activations.");
        e.training = trainingConfigFromJson(j["training"], "training.");
        e.bnSweep = bnSweepConfigFromJson(j["bn_sweep"], "bn_sweep.");
        return e;
    } catch (const nlohmann::json::exception& e) {
        // Every field is type-checked before it is read; this is a last line of defence.
        const ConfigError error("(json)", std::string("invalid experiment file: ") + e.what(), {"json.invalid", {e.what()}});
        if (path.empty()) throw error;
        throw FileError(path, error.what(), error.field(), error.problem());
    } catch (const ConfigError& e) {
        if (path.empty()) throw;
        throw FileError(path, e.what(), e.field(), e.problem());
    }
}

std::string serializeExperiment(const ExperimentFile& e) {
    Json j{{"format", kExperimentFormat},
           {"version", kExperimentFileVersion},
           {"view", e.view == ExperimentFile::View::Training  ? "training"
                    : e.view == ExperimentFile::View::BnSweep ? "bn-sweep"
                                                              : "activations"},
           {"histograms", std::string(quantityName(e.histograms))},
           {"activations", toJson(e.activations)},
           {"training", toJson(e.training)},
           {"bn_sweep", toJson(e.bnSweep)}};
    return dumpJson(j) + "\n";
}

std::vector<std::string> differingFields(const ExperimentFile& a, const ExperimentFile& b) {
    std::vector<std::string> out;
    auto compare = [&](const Json& x, const Json& y, const std::string& prefix) {
        for (auto it = x.begin(); it != x.end(); ++it) {
            const Json& other = y.contains(it.key()) ? y.at(it.key()) : Json();
            if (*it != other) {
                out.push_back(prefix + it.key() + ": " + quoteForMessage(dumpJson(*it, -1), 60) + " → " +
                              quoteForMessage(dumpJson(other, -1), 60));
            }
        }
    };
    if (a.histograms != b.histograms) {
        out.push_back(std::string("histograms: \"") + std::string(quantityName(a.histograms)) + "\" → \"" +
                      std::string(quantityName(b.histograms)) + "\"");
    }
    compare(toJson(a.activations), toJson(b.activations), "activations.");
    compare(toJson(a.training), toJson(b.training), "training.");
    compare(toJson(a.bnSweep), toJson(b.bnSweep), "bn_sweep.");
    return out;
}

ExperimentFile loadExperiment(const std::string& path) {
    return parseExperiment(readTextFile(path, 1u << 20), path);
}

void saveExperiment(const ExperimentFile& experiment, const std::string& path) {
    writeFileAtomically(path, serializeExperiment(experiment));
}

}  // namespace initscope
