#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/experiment_file.h"
#include "io/json_io.h"

namespace initscope {

// A text in the languages a lesson speaks: English always, Korean where given.
struct LocalText {
    std::string en, ko;
    // `language` ("en", "ko"); English where the other is missing.
    const std::string& in(std::string_view language) const { return language == "ko" && !ko.empty() ? ko : en; }
    bool operator==(const LocalText&) const = default;
};

// One setting changed: the path as an experiment file spells it ("activations.activation") and
// the new value as JSON ("tanh").
struct SettingChange {
    std::string path;
    Json value;
    bool operator==(const SettingChange&) const = default;
};

// "Try it": a suggestion that changes one thing, applied on top of the step's experiment.
struct TryIt {
    LocalText label;
    std::vector<SettingChange> changes;
    bool operator==(const TryIt&) const = default;
};

struct LessonStep {
    LocalText title;
    LocalText caption;      // what to look at and what to conclude
    std::string preset;     // the preset it starts from (its settings, book style, axis)
    ExperimentFile experiment;  // the preset's, with the step's own "set" applied
    bool bookStyle = false;
    double yMax = 0.0;
    bool theory = false;    // theory's curves on
    std::vector<TryIt> tries;
    bool operator==(const LessonStep&) const = default;
};

// A lesson: the chapter told as a story, a preset and a caption per step. Stored as JSON:
// {"format": "initscope-lesson", "version": 1, "name": "...", "title": {"en": "...", "ko": "..."},
//  "steps": [{"title": {...}, "preset": "fig6-10-sigmoid-std1", "set": {"activations.depth": 10},
//             "theory": true, "caption": {...}, "try": [{"label": {...}, "set": {...}}]}]}
// Every field is checked; a mistake is a ConfigError (FileError with a path) naming the field as
// "steps[2].try[0].set.activations.activation".
struct Lesson {
    std::string name;
    LocalText title;
    std::vector<LessonStep> steps;
};

inline constexpr const char* kLessonFormat = "initscope-lesson";
inline constexpr int kLessonVersion = 1;

Lesson parseLesson(const std::string& text, const std::string& path = "");
Lesson loadLesson(const std::string& path);
// The lessons that come with InitScope (resources/lessons/, compiled in): names, and each by name
// (a ConfigError listing the names when unknown).
std::vector<std::string> builtInLessonNames();
Lesson builtInLesson(const std::string& name);

// `base` with the changes applied, validated as a whole experiment; `field` prefixes the error's
// field name ("steps[1].try[0].set.").
ExperimentFile applyChanges(const ExperimentFile& base, const std::vector<SettingChange>& changes,
                            const std::string& field = "");

}  // namespace initscope
