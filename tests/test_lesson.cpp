// Lessons: the built-in chapter parses and speaks both languages; a lesson file is read strictly,
// every mistake named by its field; "Try it" changes apply on top of the step's experiment.
#include <catch2/catch.hpp>

#include "common/errors.h"
#include "io/atomic_file.h"
#include "io/lesson.h"
#include "io/presets.h"
#include "test_util.h"

using namespace initscope;

namespace {
// A small valid lesson, its text changed by `edit` (a whole-string replacement) to make it wrong.
std::string lessonText(const std::string& from = "", const std::string& to = "") {
    std::string t = R"({"format": "initscope-lesson", "version": 1, "name": "mine",
  "title": {"en": "Mine", "ko": "내 수업"},
  "steps": [
    {"title": {"en": "One"}, "preset": "fig6-10-sigmoid-std1", "caption": {"en": "Look."},
     "try": [{"label": {"en": "tanh"}, "set": {"activations.activation": "tanh"}}]},
    {"title": {"en": "Two"}, "preset": "fig6-14-relu", "set": {"activations.hidden": [50, 50]}, "theory": true,
     "caption": {"en": "Look again.", "ko": "다시 보세요."}}
  ]})";
    if (!from.empty()) {
        const auto at = t.find(from);
        REQUIRE(at != std::string::npos);
        t.replace(at, from.size(), to);
    }
    return t;
}

std::string fieldOf(const std::string& text) {
    try {
        parseLesson(text);
    } catch (const ConfigError& e) {
        return e.field();
    }
    return "(no error)";
}
}  // namespace

TEST_CASE("the built-in chapter 6 lesson: every step a preset, every text in English and Korean", "[lesson]") {
    const auto names = builtInLessonNames();
    REQUIRE(std::find(names.begin(), names.end(), "chapter6") != names.end());
    const Lesson lesson = builtInLesson("chapter6");
    CHECK(lesson.steps.size() >= 10);
    CHECK_FALSE(lesson.title.ko.empty());
    std::vector<std::string> presetsUsed;
    for (const LessonStep& s : lesson.steps) {
        INFO(s.title.en);
        CHECK_FALSE(s.title.ko.empty());
        CHECK_FALSE(s.caption.ko.empty());
        CHECK(s.caption.en.size() > 80);  // a caption says what to look at and what to conclude
        for (const TryIt& t : s.tries) CHECK_FALSE(t.label.ko.empty());
        presetsUsed.push_back(s.preset);
        // The step's experiment is its preset's (the built-in steps change nothing else).
        CHECK(s.experiment == presetByName(s.preset).experiment);
    }
    // The chapter's story, in order: saturation, no diversity, Xavier, ReLU/He, the backward pass,
    // theory, MNIST, batch normalization.
    const std::vector<std::string> story = {"fig6-10-sigmoid-std1", "fig6-11-sigmoid-std0.01", "fig6-13-sigmoid-xavier",
                                            "fig6-14-relu", "backward-sigmoid-std1", "backward-relu-xavier-he",
                                            "all-four-relu", "fig6-15-mnist-comparison", "fig6-18-batch-norm",
                                            "fig6-19-batch-norm-sweep"};
    CHECK(presetsUsed == story);
    CHECK(lesson.steps[6].theory);
    CHECK_THROWS_AS(builtInLesson("no-such-lesson"), ConfigError);
}

TEST_CASE("a lesson's texts in the language asked for, English where the other is missing", "[lesson]") {
    const Lesson l = parseLesson(lessonText());
    CHECK(l.title.in("ko") == "내 수업");
    CHECK(l.steps[0].caption.in("ko") == "Look.");  // no Korean given
    CHECK(l.steps[1].caption.in("ko") == "다시 보세요.");
    CHECK(l.steps[1].caption.in("en") == "Look again.");
}

TEST_CASE("a step's own settings and a Try-it change apply on top of its preset", "[lesson]") {
    const Lesson l = parseLesson(lessonText());
    CHECK(l.steps[1].experiment.activations.hidden == std::vector<int>{50, 50});
    CHECK(l.steps[1].experiment.activations.activation == "relu");
    CHECK(l.steps[1].yMax == presetByName("fig6-14-relu").yMax);
    CHECK(l.steps[1].theory);
    const ExperimentFile tried = applyChanges(l.steps[0].experiment, l.steps[0].tries[0].changes);
    CHECK(tried.activations.activation == "tanh");
    ExperimentFile expected = l.steps[0].experiment;
    expected.activations.activation = "tanh";
    CHECK(tried == expected);  // nothing else changed
}

TEST_CASE("a malformed lesson is refused, the field named", "[lesson]") {
    CHECK(fieldOf(lessonText()) == "(no error)");  // the control: the unedited text is valid
    CHECK(fieldOf(lessonText(R"("format": "initscope-lesson")", R"("format": "lesson")")) == "format");
    CHECK(fieldOf(lessonText(R"("version": 1)", R"("version": 2)")) == "version");
    CHECK(fieldOf(lessonText(R"("caption": {"en": "Look."})", R"("caption": {"ko": "보세요."})")) == "steps[0].caption.en");
    CHECK(fieldOf(lessonText(R"("preset": "fig6-14-relu")", R"("preset": "fig6-99")")) == "steps[1].preset");
    CHECK(fieldOf(lessonText(R"("theory": true)", R"("theory": "yes")")) == "steps[1].theory");
    CHECK(fieldOf(lessonText(R"("theory": true)", R"("colour": true)")) == "steps[1].colour");
    CHECK(fieldOf(lessonText(R"({"activations.activation": "tanh"})", R"({"activations.activaton": "tanh"})")) ==
          "steps[0].try[0].set.activations.activaton");
    CHECK(fieldOf(lessonText(R"({"activations.activation": "tanh"})", R"({"activations.activation": "tahn"})")) ==
          "steps[0].try[0].set.activations.activation");
    CHECK(fieldOf(lessonText(R"("set": {"activations.hidden": [50, 50]})", R"("set": {"activations.hidden": "wide"})")) ==
          "steps[1].set.activations.hidden");
    CHECK(fieldOf(lessonText(R"("name": "mine",)", R"("name": "mine", "name": "yours",)")) == "name");
    CHECK(fieldOf(lessonText(R"("steps": [)", R"("steps": [] , "x": [)")) != "(no error)");
    CHECK(fieldOf("{ not json") == "(json)");
    // A file's error names the file too.
    test::TempDir dir;
    const std::string path = (dir.path() / "bad.json").string();
    writeFileAtomically(path, lessonText(R"("preset": "fig6-14-relu")", R"("preset": 7)"));
    try {
        loadLesson(path);
        FAIL("a malformed lesson file was accepted");
    } catch (const FileError& e) {
        CHECK(e.file() == path);
        CHECK(e.field() == "steps[1].preset");
    }
    CHECK_THROWS_AS(loadLesson((dir.path() / "missing.json").string()), FileError);
}
