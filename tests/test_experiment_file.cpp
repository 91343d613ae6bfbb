#include <catch2/catch.hpp>
#include <filesystem>

#include "common/errors.h"
#include "io/atomic_file.h"
#include "io/experiment_file.h"
#include "io/json_io.h"
#include "test_util.h"

using namespace initscope;
using namespace initscope::test;

namespace {
ExperimentFile sample() {
    ExperimentFile e;
    e.view = ExperimentFile::View::Training;
    e.activations.activation = "tanh";
    e.activations.initializers = {"xavier", "std=0.5"};
    e.activations.depth = 7;
    e.activations.range = {true, 0, 0};
    e.activations.seed = 12345678901234ULL;
    e.training.dataset = "fashion-mnist";
    e.training.optimizer = OptimizerKind::Adam;
    e.training.learningRate = 0.001;
    e.training.hidden = {50, 40};
    return e;
}

// Applies `edit` to the JSON of a valid file and expects the parser to name `field`.
void expectRejected(const std::function<void(Json&)>& edit, const std::string& field) {
    Json j = Json::parse(serializeExperiment(sample()));
    edit(j);
    try {
        parseExperiment(j.dump());
        FAIL("accepted: " << j.dump());
    } catch (const ConfigError& e) {
        INFO(e.what());
        CHECK(e.field() == field);
    }
}
}  // namespace

TEST_CASE("experiment files round-trip every setting", "[experiment-file]") {
    const ExperimentFile e = sample();
    const std::string text = serializeExperiment(e);
    CHECK(parseExperiment(text) == e);
    CHECK(serializeExperiment(parseExperiment(text)) == text);
    TempDir dir;
    saveExperiment(e, dir.file("e.json"));
    CHECK(loadExperiment(dir.file("e.json")) == e);
    const ExperimentFile defaults;
    CHECK(parseExperiment(serializeExperiment(defaults)) == defaults);
}

TEST_CASE("bad experiment files are rejected with the field named", "[experiment-file]") {
    expectRejected([](Json& j) { j["activations"].erase("depth"); }, "activations.depth");
    expectRejected([](Json& j) { j["activations"]["depth"] = 0; }, "activations.depth");
    expectRejected([](Json& j) { j["activations"]["depth"] = "5"; }, "activations.depth");
    expectRejected([](Json& j) { j["activations"]["depth"] = 5.5; }, "activations.depth");
    expectRejected([](Json& j) { j["activations"]["width"] = -1; }, "activations.width");
    expectRejected([](Json& j) { j["activations"]["width"] = 1000000000; }, "activations.width");
    expectRejected([](Json& j) { j["activations"]["bins"] = 0; }, "activations.bins");
    expectRejected([](Json& j) { j["activations"]["range"] = Json::array({1, 0}); },
                   "activations.range");
    expectRejected([](Json& j) { j["activations"]["range"] = "wide"; }, "activations.range");
    expectRejected([](Json& j) { j["activations"]["activation"] = "swish"; },
                   "activations.activation");
    expectRejected([](Json& j) { j["activations"]["initializers"] = Json::array({"kaiming"}); },
                   "activations.initializers");
    expectRejected([](Json& j) { j["activations"]["initializers"] = Json::array({"std=-1"}); },
                   "activations.initializers");
    expectRejected([](Json& j) { j["activations"]["colour"] = "red"; }, "activations.colour");
    expectRejected([](Json& j) { j["activations"]["seed"] = -3; }, "activations.seed");
    expectRejected([](Json& j) { j["training"]["learning_rate"] = 0; }, "training.learning_rate");
    expectRejected([](Json& j) { j["training"]["learning_rate"] = "fast"; },
                   "training.learning_rate");
    expectRejected([](Json& j) { j["training"]["hidden"] = Json::array({100, -1}); },
                   "training.hidden");
    expectRejected([](Json& j) { j["training"]["optimizer"] = "rmsprop"; }, "training.optimizer");
    expectRejected([](Json& j) { j["training"]["bias"] = 1; }, "training.bias");
    expectRejected([](Json& j) { j.erase("training"); }, "training");
    expectRejected([](Json& j) { j["version"] = 2; }, "version");
    expectRejected([](Json& j) { j["format"] = "something-else"; }, "format");
    expectRejected([](Json& j) { j["view"] = "3d"; }, "view");
    expectRejected([](Json& j) { j["extra"] = true; }, "extra");
    // Empty keys (found by fuzz_experiment) are named too, not left blank.
    expectRejected([](Json& j) { j[""] = 1; }, "\"\"");
    expectRejected([](Json& j) { j["training"][""] = 1; }, "training.\"\"");
    expectRejected([](Json& j) { j["activations"] = 5; }, "activations");
}

TEST_CASE("malformed JSON and NaN are rejected; the path is named", "[experiment-file]") {
    // "7e4788" overflows a double: found by fuzz_experiment, it once escaped as an uncaught
    // nlohmann::out_of_range and ended the program.
    for (const std::string text : {"", "{", "[1,2]", "{\"format\": NaN}", "nul", "7e4788", "-1e999",
                                   "{\"format\":\"initscope-experiment\",\"version\":1e400}",
                                   "{\"format\":\"initscope-experiment\",\"version\":1,"
                                   "\"view\":\"activations\",\"activations\":{\"depth\":Infinity}}"}) {
        INFO(text);
        CHECK_THROWS_AS(parseExperiment(text), ConfigError);
        try {
            parseExperiment(text, "/tmp/x.json");
            FAIL("accepted");
        } catch (const FileError& e) {
            CHECK(e.file() == "/tmp/x.json");
        }
    }
    CHECK_THROWS_AS(loadExperiment("/nonexistent/e.json"), FileError);
}

TEST_CASE("atomic writes: a failed write leaves the old file intact and no temporary",
          "[experiment-file]") {
    TempDir dir;
    const std::string path = dir.file("e.json");
    writeFileAtomically(path, "old");
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_read |
                                                 std::filesystem::perms::owner_exec);
    const bool enforced = ::access(dir.path().c_str(), W_OK) != 0;  // root ignores permissions
    if (enforced) {
        CHECK_THROWS_AS(writeFileAtomically(path, "new"), FileError);
        CHECK(readTextFile(path) == "old");
    }
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all);
    CHECK_THROWS_AS(writeFileAtomically(dir.file("no/such/folder/e.json"), "x"), FileError);
    CHECK_THROWS_AS(writeFileAtomically(dir.path().string(), "x"), FileError);
    // Never replaces something that is not a regular file (a device, a pipe).
    if (std::filesystem::exists("/dev/null")) {
        CHECK_THROWS_AS(writeFileAtomically("/dev/null", "x"), FileError);
        CHECK(std::filesystem::is_character_file("/dev/null"));
    }
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        (void)entry;
        ++files;
    }
    CHECK(files == 1);
    CHECK(readTextFile(path) == "old");
}
