// Settings as JSON (written, and read strictly: every field checked, named in its error), the
// experiment file's migrations, and the strict parser. Results are in results_io.cpp.
#include "io/json_io.h"

#include <cmath>
#include <set>

#include "common/errors.h"

namespace initscope {
namespace {

// Strict field access for one JSON object: each getter names "<prefix><key>" in its errors, and
// finish() rejects any field that was not read.
class FieldReader {
public:
    FieldReader(const Json& j, std::string prefix) : m_j(j), m_prefix(std::move(prefix)) {
        if (!j.is_object()) {
            throw ConfigError(m_prefix.empty() ? "(top level)" : trimDot(m_prefix),
                              "must be a JSON object", {"value.object", {}});
        }
    }

    const Json& field(const std::string& key) {
        m_seen.insert(key);
        auto it = m_j.find(key);
        if (it == m_j.end()) throw ConfigError(name(key), "missing field", {"field.missing", {}});
        return *it;
    }
    std::string string(const std::string& key) {
        const Json& v = field(key);
        if (!v.is_string()) throw ConfigError(name(key), "must be a string", {"value.string", {}});
        return v.get<std::string>();
    }
    bool boolean(const std::string& key) {
        const Json& v = field(key);
        if (!v.is_boolean()) throw ConfigError(name(key), "must be true or false", {"value.boolean", {}});
        return v.get<bool>();
    }
    std::int64_t integer(const std::string& key, std::int64_t lo, std::int64_t hi) {
        return integerValue(field(key), name(key), lo, hi);
    }
    std::uint64_t unsignedInteger(const std::string& key) {
        const Json& v = field(key);
        if (v.is_number_unsigned()) return v.get<std::uint64_t>();
        if (v.is_number_integer() && v.get<std::int64_t>() >= 0) {
            return static_cast<std::uint64_t>(v.get<std::int64_t>());
        }
        throw ConfigError(name(key), "must be a whole number ≥ 0", {"value.count", {}});
    }
    double number(const std::string& key) {
        const Json& v = field(key);
        if (!v.is_number()) throw ConfigError(name(key), "must be a number", {"value.number", {}});
        const double d = v.get<double>();
        if (!std::isfinite(d)) throw ConfigError(name(key), "must be finite", {"value.finite", {}});
        return d;
    }
    std::vector<std::string> strings(const std::string& key) {
        const Json& v = field(key);
        if (!v.is_array()) throw ConfigError(name(key), "must be an array of strings", {"value.strings", {}});
        std::vector<std::string> out;
        for (const Json& e : v) {
            if (!e.is_string()) throw ConfigError(name(key), "must be an array of strings", {"value.strings", {}});
            out.push_back(e.get<std::string>());
        }
        return out;
    }
    std::vector<double> numbers(const std::string& key) {
        const Json& v = field(key);
        if (!v.is_array()) throw ConfigError(name(key), "must be an array of numbers", {"value.numbers", {}});
        std::vector<double> out;
        for (const Json& e : v) {
            if (!e.is_number()) throw ConfigError(name(key), "must be an array of numbers", {"value.numbers", {}});
            out.push_back(e.get<double>());
        }
        return out;
    }
    std::vector<int> integers(const std::string& key, int lo, int hi) {
        const Json& v = field(key);
        if (!v.is_array()) throw ConfigError(name(key), "must be an array of whole numbers", {"value.counts", {}});
        std::vector<int> out;
        for (const Json& e : v) out.push_back(static_cast<int>(integerValue(e, name(key), lo, hi)));
        return out;
    }
    void finish() const {
        for (auto it = m_j.begin(); it != m_j.end(); ++it) {
            if (!m_seen.count(it.key())) throw ConfigError(name(it.key()), "unknown field", {"field.unknown", {}});
        }
    }
    // "activations.depth"; an empty key (found by fuzzing) shows as "activations.\"\"".
    std::string name(const std::string& key) const { return m_prefix + (key.empty() ? "\"\"" : key); }

private:
    static std::string trimDot(const std::string& s) {
        return !s.empty() && s.back() == '.' ? s.substr(0, s.size() - 1) : s;
    }
    static std::int64_t integerValue(const Json& v, const std::string& field, std::int64_t lo,
                                     std::int64_t hi) {
        std::int64_t value = 0;
        if (v.is_number_integer() && !v.is_number_unsigned()) {
            value = v.get<std::int64_t>();
        } else if (v.is_number_unsigned()) {
            const auto u = v.get<std::uint64_t>();
            value = u > std::uint64_t(hi) ? hi + 1 : static_cast<std::int64_t>(u);
        } else {
            throw ConfigError(field, "must be a whole number", {"value.integer", {}});
        }
        if (value < lo || value > hi) {
            throw ConfigError(field, "must be " + std::to_string(lo) + " to " + std::to_string(hi) + ", got " + dumpJson(v, -1),
                              {"value.range", {std::to_string(lo), std::to_string(hi), dumpJson(v, -1)}});
        }
        return value;
    }

    const Json& m_j;
    std::string m_prefix;
    std::set<std::string> m_seen;
};

Json rangeToJson(const HistogramRange& r) {
    if (r.automatic) return "auto";
    return Json::array({r.lo, r.hi});
}

HistogramRange rangeFromJson(const Json& j, const std::string& field) {
    if (j.is_string() && j.get<std::string>() == "auto") return {true, 0.0, 1.0};
    if (!j.is_array() || j.size() != 2 || !j[0].is_number() || !j[1].is_number()) {
        throw ConfigError(field, "must be \"auto\" or [low, high]", {"value.histogram_range", {}});
    }
    return {false, j[0].get<double>(), j[1].get<double>()};
}

}  // namespace

std::string dumpJson(const Json& j, int indent) {
    return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

Json toJson(const ActivationsConfig& c) {
    return Json{{"activation", c.activation}, {"initializers", c.initializers},
                {"hidden", c.hidden},         {"samples", c.samples},
                {"seed", c.seed},             {"bins", c.bins},
                {"range", rangeToJson(c.range)}, {"bias", c.bias},
                {"bias_init", c.biasInit},    {"batch_norm", c.batchNorm},
                {"backward", c.backward},     {"repeats", c.repeats}};
}

ActivationsConfig activationsConfigFromJson(const Json& j, const std::string& prefix) {
    FieldReader r(j, prefix);
    ActivationsConfig c;
    c.activation = r.string("activation");
    c.initializers = r.strings("initializers");
    c.hidden = r.integers("hidden", 1, kMaxWidth);
    c.samples = static_cast<int>(r.integer("samples", 1, kMaxSamples));
    c.seed = r.unsignedInteger("seed");
    c.bins = static_cast<int>(r.integer("bins", 1, kMaxBins));
    c.range = rangeFromJson(r.field("range"), r.name("range"));
    c.bias = r.boolean("bias");
    c.biasInit = r.string("bias_init");
    c.batchNorm = r.boolean("batch_norm");
    c.backward = r.boolean("backward");
    c.repeats = static_cast<int>(r.integer("repeats", 1, kMaxRepeats));
    r.finish();
    validate(c, prefix);
    return c;
}

Json toJson(const TrainingConfig& c) {
    return Json{{"dataset", c.dataset},
                {"activation", c.activation},
                {"initializers", c.initializers},
                {"hidden", c.hidden},
                {"optimizer", std::string(optimizerName(c.optimizer))},
                {"learning_rate", c.learningRate},
                {"batch", c.batchSize},
                {"iterations", c.iterations},
                {"seed", c.seed},
                {"eval_every", c.evalEvery},
                {"eval_samples", c.evalSamples},
                {"probe_size", c.probeSize},
                {"bins", c.bins},
                {"bias", c.bias},
                {"bias_init", c.biasInit},
                {"batch_norm", c.batchNorm}};
}

TrainingConfig trainingConfigFromJson(const Json& j, const std::string& prefix) {
    FieldReader r(j, prefix);
    TrainingConfig c;
    c.dataset = r.string("dataset");
    c.activation = r.string("activation");
    c.initializers = r.strings("initializers");
    c.hidden = r.integers("hidden", 1, kMaxWidth);
    c.optimizer = optimizerByName(r.string("optimizer"), r.name("optimizer"));
    c.learningRate = r.number("learning_rate");
    c.batchSize = static_cast<int>(r.integer("batch", 1, kMaxBatch));
    c.iterations = static_cast<int>(r.integer("iterations", 1, kMaxIterations));
    c.seed = r.unsignedInteger("seed");
    c.evalEvery = static_cast<int>(r.integer("eval_every", 1, kMaxIterations));
    c.evalSamples = static_cast<int>(r.integer("eval_samples", 0, 1'000'000));
    c.probeSize = static_cast<int>(r.integer("probe_size", 1, 10000));
    c.bins = static_cast<int>(r.integer("bins", 1, kMaxBins));
    c.bias = r.boolean("bias");
    c.biasInit = r.string("bias_init");
    c.batchNorm = r.boolean("batch_norm");
    r.finish();
    validate(c, prefix);
    return c;
}

void migrateExperimentV1(Json& j) {
    if (j.contains("activations") && j["activations"].is_object()) {
        Json& a = j["activations"];
        FieldReader r(a, "activations.");
        const auto depth = static_cast<int>(r.integer("depth", 1, kMaxDepth));
        const auto width = static_cast<int>(r.integer("width", 1, kMaxWidth));
        for (const char* key : {"hidden", "bias_init", "batch_norm"}) {
            if (a.contains(key)) throw ConfigError(r.name(key), "unknown field (in a version-1 file)", {"field.unknown_in_version", {"1"}});
        }
        Json migrated = Json::object();
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (it.key() == "depth") {
                migrated["hidden"] = std::vector<int>(static_cast<std::size_t>(depth), width);
            } else if (it.key() != "width") {
                migrated[it.key()] = *it;
            }
        }
        migrated["bias_init"] = "zeros";
        migrated["batch_norm"] = false;
        a = std::move(migrated);
    }
    if (j.contains("training") && j["training"].is_object()) {
        for (const char* key : {"bias_init", "batch_norm"}) {
            if (j["training"].contains(key)) {
                throw ConfigError(std::string("training.") + key, "unknown field (in a version-1 file)", {"field.unknown_in_version", {"1"}});
            }
        }
        j["training"]["bias_init"] = "zeros";
        j["training"]["batch_norm"] = false;
    }
    if (j.contains("bn_sweep")) throw ConfigError("bn_sweep", "unknown field (in a version-1 file)", {"field.unknown_in_version", {"1"}});
    j["bn_sweep"] = toJson(BnSweepConfig{});
}

void migrateExperimentV2(Json& j) {
    if (j.contains("histograms")) throw ConfigError("histograms", "unknown field (in a version-2 file)", {"field.unknown_in_version", {"2"}});
    if (j.contains("activations") && j["activations"].is_object()) {
        Json& a = j["activations"];
        if (a.contains("backward")) throw ConfigError("activations.backward", "unknown field (in a version-2 file)", {"field.unknown_in_version", {"2"}});
        a["backward"] = false;  // what a version-2 file computed
    }
    j["histograms"] = std::string(quantityName(Quantity::Activations));
}

void migrateExperimentV3(Json& j) {
    if (j.contains("activations") && j["activations"].is_object()) {
        Json& a = j["activations"];
        if (a.contains("repeats")) throw ConfigError("activations.repeats", "unknown field (in a version-3 file)", {"field.unknown_in_version", {"3"}});
        a["repeats"] = 1;  // one seed: what a version-3 file computed
    }
}

Json toJson(const BnSweepConfig& c) {
    return Json{{"dataset", c.dataset},       {"weights", c.weights},
                {"epochs", c.epochs},         {"train_size", c.trainSize},
                {"batch", c.batchSize},       {"learning_rate", c.learningRate},
                {"hidden", c.hidden},         {"activation", c.activation},
                {"seed", c.seed}};
}

BnSweepConfig bnSweepConfigFromJson(const Json& j, const std::string& prefix) {
    FieldReader r(j, prefix);
    BnSweepConfig c;
    c.dataset = r.string("dataset");
    c.weights = r.numbers("weights");
    c.epochs = static_cast<int>(r.integer("epochs", 1, kMaxSweepEpochs));
    c.trainSize = static_cast<int>(r.integer("train_size", 1, 60000));
    c.batchSize = static_cast<int>(r.integer("batch", 1, kMaxBatch));
    c.learningRate = r.number("learning_rate");
    c.hidden = r.integers("hidden", 1, kMaxWidth);
    c.activation = r.string("activation");
    c.seed = r.unsignedInteger("seed");
    r.finish();
    validate(c, prefix);
    return c;
}

namespace {

// "line 3, column 7" of byte `offset` in `text`.
std::string placeOf(const std::string& text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Parses JSON refusing what nlohmann accepts silently: a key twice in one object (the last would
// win) is a ConfigError naming the field, e.g. "activations.depth: duplicate field".
Json parseStrict(const std::string& text) {
    struct Frame {
        bool object = false;
        std::string name;  // "activations."
        std::set<std::string> keys;
        std::string lastKey;
    };
    std::vector<Frame> frames;
    auto childName = [&] {
        if (frames.empty()) return std::string();
        const Frame& top = frames.back();
        return top.object ? top.name + top.lastKey + "." : top.name;
    };
    return Json::parse(text, [&](int, Json::parse_event_t event, Json& parsed) {
        switch (event) {
            case Json::parse_event_t::object_start:
            case Json::parse_event_t::array_start: {
                Frame f;
                f.object = event == Json::parse_event_t::object_start;
                f.name = childName();
                frames.push_back(std::move(f));
                break;
            }
            case Json::parse_event_t::object_end:
            case Json::parse_event_t::array_end:
                if (!frames.empty()) frames.pop_back();
                break;
            case Json::parse_event_t::key: {
                Frame& top = frames.back();
                const std::string key = parsed.get<std::string>();
                if (!top.keys.insert(key).second) {
                    throw ConfigError(top.name + (key.empty() ? "\"\"" : quoteForMessage(key)),
                                      "duplicate field (given twice in one object)", {"field.duplicate", {}});
                }
                top.lastKey = key;
                break;
            }
            case Json::parse_event_t::value:
                break;
        }
        return true;
    });
}

}  // namespace

Json parseJsonStrictly(const std::string& text) {
    if (const auto nul = text.find('\0'); nul != std::string::npos) {
        throw ConfigError("(json)", "a NUL byte at " + placeOf(text, nul) + ": not a text file",
                          {"json.nul", {placeOf(text, nul)}});
    }
    try {
        return parseStrict(text);
    } catch (const nlohmann::json::exception& e) {
        // Syntax errors, and numbers too large for a double ("7e4788", found by fuzzing).
        // e.what() is "[json.exception.parse_error.101] parse error at line 1, column 2: ..."
        std::string what = e.what();
        const auto pos = what.find("] ");
        const std::string detail = pos == std::string::npos ? what : what.substr(pos + 2);
        throw ConfigError("(json)", "malformed JSON: " + detail, {"json.malformed", {detail}});
    }
}

}  // namespace initscope
