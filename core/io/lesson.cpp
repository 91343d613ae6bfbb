#include "io/lesson.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/errors.h"
#include "io/presets.h"

namespace initscope {

// Generated from resources/lessons/*.json at build time (core/embed_lessons.cmake).
const std::vector<std::pair<std::string, std::string>>& embeddedLessons();

namespace {

std::string indexed(const std::string& name, std::size_t i) { return name + "[" + std::to_string(i) + "]"; }

void onlyKnown(const Json& j, const std::string& field, std::initializer_list<const char*> known) {
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (std::none_of(known.begin(), known.end(), [&](const char* k) { return it.key() == k; })) {
            throw ConfigError(field + (it.key().empty() ? "\"\"" : it.key()), "unknown field", {"field.unknown", {}});
        }
    }
}

const Json& required(const Json& j, const char* key, const std::string& field) {
    const auto it = j.find(key);
    if (it == j.end()) throw ConfigError(field + key, "missing field", {"field.missing", {}});
    return *it;
}

std::string textOf(const Json& j, const std::string& field) {
    if (!j.is_string()) throw ConfigError(field, "must be a string", {"value.string", {}});
    const std::string s = j.get<std::string>();
    if (s.empty()) throw ConfigError(field, "must not be empty", {"value.empty", {}});
    return s;
}

LocalText localTextOf(const Json& j, const std::string& field) {
    if (!j.is_object()) throw ConfigError(field, "must be an object of texts by language: {\"en\": \"…\", \"ko\": \"…\"}", {"lesson.texts", {}});
    onlyKnown(j, field + ".", {"en", "ko"});
    LocalText t;
    t.en = textOf(required(j, "en", field + "."), field + ".en");
    if (j.contains("ko")) t.ko = textOf(j["ko"], field + ".ko");
    return t;
}

std::vector<SettingChange> changesOf(const Json& j, const std::string& field) {
    if (!j.is_object() || j.empty()) throw ConfigError(field, "must be an object of settings: {\"activations.depth\": 10}", {"lesson.settings", {}});
    std::vector<SettingChange> changes;
    for (auto it = j.begin(); it != j.end(); ++it) changes.push_back({it.key(), it.value()});
    return changes;
}

}  // namespace

ExperimentFile applyChanges(const ExperimentFile& base, const std::vector<SettingChange>& changes,
                            const std::string& field) {
    Json j = parseJsonStrictly(serializeExperiment(base));
    for (const SettingChange& c : changes) {
        // Walk "activations.hidden" through the experiment's objects: only existing settings.
        Json* at = &j;
        std::size_t from = 0;
        while (true) {
            const std::size_t dot = c.path.find('.', from);
            const std::string key = c.path.substr(from, dot == std::string::npos ? std::string::npos : dot - from);
            if (key.empty() || !at->is_object() || !at->contains(key) || key == "format" || key == "version") {
                throw ConfigError(field + c.path, "unknown setting (write it as the experiment file does, e.g. activations.activation)", {"lesson.setting_unknown", {}});
            }
            at = &(*at)[key];
            if (dot == std::string::npos) break;
            from = dot + 1;
        }
        *at = c.value;
    }
    try {
        return parseExperiment(dumpJson(j));
    } catch (const ConfigError& e) {
        throw ConfigError(field + e.field(), e.message(), e.problem());
    }
}

Lesson parseLesson(const std::string& text, const std::string& path) {
    try {
        const Json j = parseJsonStrictly(text);
        if (!j.is_object()) throw ConfigError("(top level)", "must be a JSON object", {"value.object", {}});
        onlyKnown(j, "", {"format", "version", "name", "title", "steps"});
        const Json& format = required(j, "format", "");
        if (!format.is_string() || format.get<std::string>() != kLessonFormat) {
            throw ConfigError("format", std::string("must be \"") + kLessonFormat + "\"", {"file.format", {kLessonFormat}});
        }
        const Json& version = required(j, "version", "");
        if (!version.is_number_integer()) throw ConfigError("version", "must be a whole number", {"value.integer", {}});
        if (version.is_number_unsigned() ? version.get<std::uint64_t>() > std::uint64_t(kLessonVersion)
                                         : version.get<std::int64_t>() > kLessonVersion) {
            throw ConfigError("version", "newer than this InitScope reads (" + std::to_string(kLessonVersion) + "): update InitScope", {"lesson.version_newer", {std::to_string(kLessonVersion)}});
        }
        if (!version.is_number_unsigned() && version.get<std::int64_t>() < 1) throw ConfigError("version", "must be 1 or more", {"file.version_low", {}});
        Lesson lesson;
        lesson.name = textOf(required(j, "name", ""), "name");
        lesson.title = localTextOf(required(j, "title", ""), "title");
        const Json& steps = required(j, "steps", "");
        if (!steps.is_array() || steps.empty()) throw ConfigError("steps", "must be a list of one or more steps", {"lesson.steps", {}});
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const std::string f = indexed("steps", i);
            const Json& s = steps[i];
            if (!s.is_object()) throw ConfigError(f, "must be an object", {"value.object", {}});
            onlyKnown(s, f + ".", {"title", "preset", "set", "theory", "caption", "try"});
            LessonStep step;
            step.title = localTextOf(required(s, "title", f + "."), f + ".title");
            step.caption = localTextOf(required(s, "caption", f + "."), f + ".caption");
            step.preset = textOf(required(s, "preset", f + "."), f + ".preset");
            const Preset* preset = nullptr;
            for (const Preset& p : presets()) {
                if (p.name == step.preset) preset = &p;
            }
            if (!preset) throw ConfigError(f + ".preset", "no preset named \"" + step.preset + "\" (see initscope presets)", {"lesson.preset_unknown", {step.preset}});
            step.experiment = preset->experiment;
            step.bookStyle = preset->bookStyle;
            step.yMax = preset->yMax;
            if (s.contains("set")) step.experiment = applyChanges(step.experiment, changesOf(s["set"], f + ".set"), f + ".set.");
            if (s.contains("theory")) {
                if (!s["theory"].is_boolean()) throw ConfigError(f + ".theory", "must be true or false", {"value.boolean", {}});
                step.theory = s["theory"].get<bool>();
            }
            if (s.contains("try")) {
                const Json& tries = s["try"];
                if (!tries.is_array()) throw ConfigError(f + ".try", "must be a list", {"value.list", {}});
                for (std::size_t k = 0; k < tries.size(); ++k) {
                    const std::string tf = f + "." + indexed("try", k);
                    const Json& t = tries[k];
                    if (!t.is_object()) throw ConfigError(tf, "must be an object", {"value.object", {}});
                    onlyKnown(t, tf + ".", {"label", "set"});
                    TryIt tryIt;
                    tryIt.label = localTextOf(required(t, "label", tf + "."), tf + ".label");
                    tryIt.changes = changesOf(required(t, "set", tf + "."), tf + ".set");
                    applyChanges(step.experiment, tryIt.changes, tf + ".set.");  // checked now, not in class
                    step.tries.push_back(std::move(tryIt));
                }
            }
            lesson.steps.push_back(std::move(step));
        }
        return lesson;
    } catch (const nlohmann::json::exception& e) {
        const ConfigError error("(json)", std::string("invalid lesson file: ") + e.what(), {"json.invalid", {e.what()}});
        if (path.empty()) throw error;
        throw FileError(path, error.what(), error.field(), error.problem());
    } catch (const ConfigError& e) {
        if (path.empty()) throw;
        throw FileError(path, e.what(), e.field(), e.problem());
    }
}

Lesson loadLesson(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FileError(path, "cannot open the lesson file", {}, {"file.cannot_open", {}});
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw FileError(path, "cannot read the lesson file", {}, {"file.cannot_read", {}});
    return parseLesson(text.str(), path);
}

std::vector<std::string> builtInLessonNames() {
    std::vector<std::string> names;
    for (const auto& [name, text] : embeddedLessons()) names.push_back(name);
    return names;
}

Lesson builtInLesson(const std::string& name) {
    std::string known;
    for (const auto& [n, text] : embeddedLessons()) {
        if (n == name) return parseLesson(text, "resources/lessons/" + n + ".json");
        known += (known.empty() ? "" : ", ") + n;
    }
    throw ConfigError("lesson", "no lesson named \"" + name + "\" (built in: " + known + "; or give a lesson file)",
                      {"lesson.unknown", {name, known}});
}

}  // namespace initscope
