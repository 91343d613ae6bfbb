#include "io/experiment_file.h"

#include "common/errors.h"
#include "io/atomic_file.h"
#include "io/json_io.h"

namespace initscope {

ExperimentFile parseExperiment(const std::string& text, const std::string& path) {
    try {
        Json j;
        try {
            j = Json::parse(text);
        } catch (const nlohmann::json::exception& e) {
            // Syntax errors, and numbers too large for a double ("7e4788", found by fuzzing).
            // e.what() is "[json.exception.parse_error.101] parse error at line 1, column 2: ..."
            std::string what = e.what();
            const auto pos = what.find("] ");
            throw ConfigError("(json)", "malformed JSON: " +
                                            (pos == std::string::npos ? what : what.substr(pos + 2)));
        }
        if (!j.is_object()) throw ConfigError("(top level)", "must be a JSON object");
        auto format = j.find("format");
        if (format == j.end() || !format->is_string() ||
            format->get<std::string>() != kExperimentFormat) {
            throw ConfigError("format", std::string("must be \"") + kExperimentFormat + "\"");
        }
        auto version = j.find("version");
        if (version == j.end() || !version->is_number_integer()) {
            throw ConfigError("version", "missing or not a whole number");
        }
        const auto v = version->get<std::int64_t>();
        if (v > kExperimentFileVersion) {
            throw ConfigError("version", "file version " + std::to_string(v) +
                                             " is newer than this InitScope reads (" +
                                             std::to_string(kExperimentFileVersion) +
                                             "): update InitScope");
        }
        if (v < 1) throw ConfigError("version", "must be 1 or more");
        for (auto it = j.begin(); it != j.end(); ++it) {
            static const char* kKnown[] = {"format", "version", "view", "activations", "training"};
            if (std::find(std::begin(kKnown), std::end(kKnown), it.key()) == std::end(kKnown)) {
                // An empty key still needs a name in the message (found by fuzzing).
                throw ConfigError(it.key().empty() ? "\"\"" : it.key(), "unknown field");
            }
        }
        ExperimentFile e;
        auto view = j.find("view");
        if (view == j.end() || !view->is_string()) throw ConfigError("view", "missing field");
        if (*view == "activations") {
            e.view = ExperimentFile::View::Activations;
        } else if (*view == "training") {
            e.view = ExperimentFile::View::Training;
        } else {
            throw ConfigError("view", "must be \"activations\" or \"training\"");
        }
        if (!j.contains("activations")) throw ConfigError("activations", "missing field");
        if (!j.contains("training")) throw ConfigError("training", "missing field");
        e.activations = activationsConfigFromJson(j["activations"], "activations.");
        e.training = trainingConfigFromJson(j["training"], "training.");
        return e;
    } catch (const nlohmann::json::exception& e) {
        // Every field is type-checked before it is read; this is a last line of defence.
        const ConfigError error("(json)", std::string("invalid experiment file: ") + e.what());
        if (path.empty()) throw error;
        throw FileError(path, error.what());
    } catch (const ConfigError& e) {
        if (path.empty()) throw;
        throw FileError(path, e.what());
    }
}

std::string serializeExperiment(const ExperimentFile& e) {
    Json j{{"format", kExperimentFormat},
           {"version", kExperimentFileVersion},
           {"view", e.view == ExperimentFile::View::Training ? "training" : "activations"},
           {"activations", toJson(e.activations)},
           {"training", toJson(e.training)}};
    return j.dump(2) + "\n";
}

ExperimentFile loadExperiment(const std::string& path) {
    return parseExperiment(readTextFile(path, 1u << 20), path);
}

void saveExperiment(const ExperimentFile& experiment, const std::string& path) {
    writeFileAtomically(path, serializeExperiment(experiment));
}

}  // namespace initscope
