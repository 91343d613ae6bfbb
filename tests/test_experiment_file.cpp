#include <catch2/catch.hpp>
#include <filesystem>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

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
    e.activations.hidden = {300, 100, 50};
    e.activations.batchNorm = true;
    e.activations.bias = true;
    e.activations.biasInit = "normal=0.1";
    e.activations.range = {true, 0, 0};
    e.activations.seed = 12345678901234ULL;
    e.activations.backward = true;
    e.histograms = Quantity::GradWeight;
    e.training.dataset = "fashion-mnist";
    e.training.optimizer = OptimizerKind::Adam;
    e.training.learningRate = 0.001;
    e.training.hidden = {50, 40};
    e.training.batchNorm = true;
    e.bnSweep.weights = {0.5, 0.01};
    e.bnSweep.epochs = 7;
    e.bnSweep.seed = 9;
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
        // Coded for the window's words (ui/error_text.cpp words every code; test_gui_language).
        CHECK_FALSE(e.problem().code.empty());
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
    expectRejected([](Json& j) { j["activations"].erase("hidden"); }, "activations.hidden");
    expectRejected([](Json& j) { j["activations"]["hidden"] = Json::array(); }, "activations.hidden");
    expectRejected([](Json& j) { j["activations"]["hidden"] = Json::array({"5"}); }, "activations.hidden");
    expectRejected([](Json& j) { j["activations"]["hidden"] = Json::array({5.5}); }, "activations.hidden");
    expectRejected([](Json& j) { j["activations"]["hidden"] = Json::array({-1}); }, "activations.hidden");
    expectRejected([](Json& j) { j["activations"]["hidden"] = Json::array({1000000000}); }, "activations.hidden");
    expectRejected([](Json& j) { j["activations"]["depth"] = 5; }, "activations.depth");  // a v1 field in v2
    expectRejected([](Json& j) { j["activations"]["batch_norm"] = "yes"; }, "activations.batch_norm");
    expectRejected([](Json& j) { j["activations"]["bias_init"] = "ones"; }, "activations.bias_init");
    expectRejected([](Json& j) { j["training"].erase("batch_norm"); }, "training.batch_norm");
    expectRejected([](Json& j) { j["bn_sweep"]["weights"] = Json::array(); }, "bn_sweep.weights");
    expectRejected([](Json& j) { j["bn_sweep"]["weights"] = Json::array({0.1, -2}); }, "bn_sweep.weights");
    expectRejected([](Json& j) { j["bn_sweep"]["epochs"] = 0; }, "bn_sweep.epochs");
    expectRejected([](Json& j) { j["bn_sweep"]["train_size"] = 0; }, "bn_sweep.train_size");
    expectRejected([](Json& j) { j.erase("bn_sweep"); }, "bn_sweep");
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
    expectRejected([](Json& j) { j["version"] = kExperimentFileVersion + 1; }, "version");
    expectRejected([](Json& j) { j["histograms"] = "weights"; }, "histograms");
    expectRejected([](Json& j) { j.erase("histograms"); }, "histograms");
    expectRejected([](Json& j) { j["activations"]["backward"] = 1; }, "activations.backward");
    expectRejected([](Json& j) { j["activations"].erase("backward"); }, "activations.backward");
    expectRejected([](Json& j) { j["version"] = 0; }, "version");
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
    } else {
        WARN("running as root: the read-only-folder case is skipped (root may write there); "
             "the failed-write case below still runs");
    }
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all);
    {
        // A write that fails half-way, for root too: a file-size limit makes write() fail (EFBIG).
        struct rlimit old {};
        ::getrlimit(RLIMIT_FSIZE, &old);
        auto* previous = ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = 8;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        CHECK_THROWS_AS(writeFileAtomically(path, std::string(1000, 'n')), FileError);
        ::setrlimit(RLIMIT_FSIZE, &old);
        ::signal(SIGXFSZ, previous);
        CHECK(readTextFile(path) == "old");
    }
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

TEST_CASE("duplicate keys, NUL bytes and versions beyond int64 are errors naming the place", "[experiment-file]") {
    const std::string good = serializeExperiment(sample());
    // A key twice at the top and inside a section: the last would silently win.
    const std::vector<std::pair<std::string, std::string>> duplicates = {
        {"{\"format\": \"initscope-experiment\", \"format\": \"x\"}", "format"},
        {good.substr(0, good.rfind('}')) + ", \"view\": \"activations\"}", "view"}};
    for (const auto& [text, field] : duplicates) {
        try {
            parseExperiment(text);
            FAIL("accepted a duplicate key");
        } catch (const ConfigError& e) {
            CHECK(e.field() == field);
            CHECK(std::string(e.what()).find("duplicate") != std::string::npos);
        }
    }
    std::string nested = good;
    nested.replace(nested.find("\"samples\""), 0, "\"samples\": 3, ");
    try {
        parseExperiment(nested);
        FAIL("accepted a duplicate nested key");
    } catch (const ConfigError& e) {
        CHECK(e.field() == "activations.samples");
    }
    // Anything after a NUL byte used to be ignored.
    std::string withNul = good + std::string(1, '\0') + "garbage";
    try {
        parseExperiment(withNul);
        FAIL("accepted a NUL byte");
    } catch (const ConfigError& e) {
        CHECK(std::string(e.what()).find("NUL") != std::string::npos);
    }
    // 2^63 is newer than this InitScope, not "less than 1".
    Json j = Json::parse(good);
    j["version"] = std::uint64_t(1) << 63;
    try {
        parseExperiment(j.dump());
        FAIL("accepted version 2^63");
    } catch (const ConfigError& e) {
        CHECK(e.field() == "version");
        CHECK(std::string(e.what()).find("newer") != std::string::npos);
    }
    // The path and the field travel as values (FileError), for the window.
    TempDir dir;
    writeFileAtomically(dir.file("d.json"), nested);
    try {
        loadExperiment(dir.file("d.json"));
        FAIL("accepted");
    } catch (const FileError& e) {
        CHECK(e.file() == dir.file("d.json"));
        CHECK(e.field() == "activations.samples");
    }
}

TEST_CASE("differingFields names each changed setting with both values", "[experiment-file]") {
    ExperimentFile a = sample(), b = sample();
    CHECK(differingFields(a, b).empty());
    b.activations.seed = 2147483647;
    b.training.learningRate = 100;
    const auto d = differingFields(a, b);
    REQUIRE(d.size() == 2);
    CHECK(d[0] == "activations.seed: 12345678901234 → 2147483647");
    CHECK(d[1] == "training.learning_rate: 0.001 → 100.0");
}

TEST_CASE("atomic writes keep the old file's mode, honour the umask, fit long names", "[experiment-file]") {
    TempDir dir;
    const std::string path = dir.file("m.json");
    writeFileAtomically(path, "a");
    ::chmod(path.c_str(), 0600);
    writeFileAtomically(path, "b");
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600);  // the mode of the file it replaced (was forced to 0644)
    const mode_t old = ::umask(027);
    writeFileAtomically(dir.file("new.json"), "c");
    ::umask(old);
    REQUIRE(::stat(dir.file("new.json").c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0640);  // 0666 less the umask, as QSaveFile does
    // A 250-byte name: the temporary's name must stay within the 255-byte limit too.
    const std::string longName = dir.file(std::string(245, 'a') + ".json");
    writeFileAtomically(longName, "long");
    CHECK(readTextFile(longName) == "long");
}

TEST_CASE("folders are replaced whole; a folder with other files is refused", "[experiment-file]") {
    TempDir dir;
    const std::string folder = dir.file("bundle");
    const std::vector<std::string> names = {"a.txt", "b.txt", "c.txt"};
    writeFolderAtomically(folder, [](const std::string& t) {
        writeFileAtomically(t + "/a.txt", "1");
        writeFileAtomically(t + "/b.txt", "1");
    }, names);
    writeFolderAtomically(folder, [](const std::string& t) { writeFileAtomically(t + "/c.txt", "2"); }, names);
    CHECK_FALSE(std::filesystem::exists(folder + "/a.txt"));  // no stale file from the first run
    CHECK(readTextFile(folder + "/c.txt") == "2");
    // An interrupted fill (an exception) leaves the old folder as it was, and no temporary.
    CHECK_THROWS(writeFolderAtomically(folder, [](const std::string& t) {
        writeFileAtomically(t + "/a.txt", "3");
        throw FileError(t, "disk full");
    }, names));
    CHECK(readTextFile(folder + "/c.txt") == "2");
    CHECK_FALSE(std::filesystem::exists(folder + "/a.txt"));
    std::size_t entries = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) entries += e.path().filename() != "bundle";
    CHECK(entries == 0);
    // A folder with files of its own (a user's Documents) is never emptied.
    std::filesystem::create_directories(dir.file("mine"));
    writeFileAtomically(dir.file("mine/notes.txt"), "keep");
    CHECK_THROWS_AS(writeFolderAtomically(dir.file("mine"), [](const std::string&) {}, names), FileError);
    CHECK(readTextFile(dir.file("mine/notes.txt")) == "keep");
}

TEST_CASE("version-1 files are migrated: square layers become hidden, no batch norm, zero biases", "[experiment-file][migration]") {
    const std::string folder = std::string(INITSCOPE_SOURCE_DIR) + "/tests/data/v1";
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() != ".json" || entry.path().string().find(".activations.") != std::string::npos) continue;
        ++files;
        INFO(entry.path());
        const Json v1 = Json::parse(readTextFile(entry.path().string()));
        REQUIRE(v1["version"] == 1);
        const ExperimentFile e = loadExperiment(entry.path().string());
        const Json& a = v1["activations"];
        CHECK(e.activations.hidden == std::vector<int>(a["depth"].get<std::size_t>(), a["width"].get<int>()));
        CHECK(e.activations.activation == a["activation"].get<std::string>());
        CHECK(e.activations.initializers == a["initializers"].get<std::vector<std::string>>());
        CHECK(e.activations.samples == a["samples"].get<int>());
        CHECK(e.activations.seed == a["seed"].get<std::uint64_t>());
        CHECK(e.activations.bias == a["bias"].get<bool>());
        CHECK_FALSE(e.activations.batchNorm);
        CHECK(e.activations.biasInit == "zeros");
        CHECK(e.training.hidden == v1["training"]["hidden"].get<std::vector<int>>());
        CHECK(e.training.learningRate == v1["training"]["learning_rate"].get<double>());
        CHECK_FALSE(e.training.batchNorm);
        CHECK(e.training.biasInit == "zeros");
        CHECK(e.bnSweep == BnSweepConfig{});
        CHECK_FALSE(e.activations.backward);
        CHECK(e.histograms == Quantity::Activations);
        // Saved again, it is a file of the current version that reads back to the same experiment.
        const std::string saved = serializeExperiment(e);
        CHECK(Json::parse(saved)["version"] == kExperimentFileVersion);
        CHECK(Json::parse(saved)["activations"].contains("hidden"));
        CHECK_FALSE(Json::parse(saved)["activations"].contains("depth"));
        CHECK(parseExperiment(saved) == e);
    }
    CHECK(files >= 4);
    // A bad v1 depth or width is still named by its v1 field.
    Json bad = Json::parse(readTextFile(folder + "/book-sigmoid.json"));
    bad["activations"]["depth"] = 0;
    try {
        parseExperiment(bad.dump());
        FAIL("accepted");
    } catch (const ConfigError& e) {
        CHECK(e.field() == "activations.depth");
    }
    bad["activations"].erase("depth");
    CHECK_THROWS_AS(parseExperiment(bad.dump()), ConfigError);
    bad = Json::parse(readTextFile(folder + "/book-sigmoid.json"));
    bad["activations"]["width"] = "wide";
    try {
        parseExperiment(bad.dump());
        FAIL("accepted");
    } catch (const ConfigError& e) {
        CHECK(e.field() == "activations.width");
    }
    // A v1 file cannot already hold v2 fields.
    bad = Json::parse(readTextFile(folder + "/book-sigmoid.json"));
    bad["activations"]["hidden"] = Json::array({3});
    CHECK_THROWS_AS(parseExperiment(bad.dump()), ConfigError);
}

#include "experiments/activations.h"

TEST_CASE("version-1 files give the results they gave before the layer model", "[experiment-file][migration]") {
    // <name>.activations.json: `initscope activations` of that file's settings, printed by the last
    // version-1 InitScope (before networks were made of layers). The migrated file must compute
    // the same histograms and statistics, up to float rounding: the first layer now reads its input
    // rows in place, and the GEMM rounds a few products differently (a value on a bin edge may move
    // to the next bin). Loaded as v1 and saved as v2, the results are bit for bit the same.
    const std::string folder = std::string(INITSCOPE_SOURCE_DIR) + "/tests/data/v1";
    int compared = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string path = entry.path().string();
        const auto at = path.find(".activations.json");
        if (at == std::string::npos) continue;
        INFO(path);
        const Json expected = Json::parse(readTextFile(path));
        const ExperimentFile e = loadExperiment(path.substr(0, at) + ".json");
        const ActivationsResult fromV1 = runActivations(e.activations);
        const ActivationsResult fromV2 = runActivations(parseExperiment(serializeExperiment(e)).activations);
        const Json got = toJson(fromV1);
        REQUIRE(got["runs"].size() == expected["runs"].size());
        for (std::size_t r = 0; r < got["runs"].size(); ++r) {
            const Json& gl = got["runs"][r]["layers"];
            const Json& wl = expected["runs"][r]["layers"];
            REQUIRE(gl.size() == wl.size());
            for (std::size_t l = 0; l < gl.size(); ++l) {
                INFO("run " << r << " layer " << l + 1);
                const Json& gh = gl[l]["histogram"];
                const Json& wh = wl[l]["histogram"];
                CHECK(gh["lo"].get<double>() == Approx(wh["lo"].get<double>()).epsilon(1e-5));
                CHECK(gh["hi"].get<double>() == Approx(wh["hi"].get<double>()).epsilon(1e-5));
                std::int64_t moved = 0, total = 0;
                for (std::size_t b = 0; b < gh["counts"].size(); ++b) {
                    moved += std::abs(gh["counts"][b].get<std::int64_t>() - wh["counts"][b].get<std::int64_t>());
                    total += wh["counts"][b].get<std::int64_t>();
                }
                CHECK(moved <= 2 + total / 10000);
                for (const char* key : {"below", "above", "nonfinite"}) {
                    CHECK(std::abs(gh[key].get<std::int64_t>() - wh[key].get<std::int64_t>()) <= 2 + total / 10000);
                }
                for (const char* key : {"mean", "std", "min", "max"}) {
                    INFO(key);
                    CHECK(gl[l][key].get<double>() == Approx(wl[l][key].get<double>()).epsilon(1e-4).margin(1e-12));
                }
                for (const char* key : {"saturated", "dead"}) {
                    if (wl[l][key].is_null()) {
                        CHECK(gl[l][key].is_null());
                    } else {
                        CHECK(gl[l][key].get<double>() == Approx(wl[l][key].get<double>()).margin(1e-3));
                    }
                }
                CHECK(gl[l]["nonfinite"] == wl[l]["nonfinite"]);
                CHECK(gl[l]["sigma"] == wl[l]["sigma"]);
                CHECK(gl[l]["description"] == wl[l]["description"]);
                CHECK(toJson(fromV2)["runs"][r]["layers"][l] == gl[l]);  // v1 loaded, v2 saved: bit for bit
            }
        }
        ++compared;
    }
    CHECK(compared >= 4);
}

TEST_CASE("version-3 files are migrated: one seed", "[experiment-file][migration]") {
    ExperimentFile e = sample();
    e.activations.repeats = 10;
    Json v3 = Json::parse(serializeExperiment(e));
    CHECK(v3["activations"]["repeats"] == 10);
    v3["version"] = 3;
    v3["activations"].erase("repeats");
    const ExperimentFile migrated = parseExperiment(v3.dump());
    e.activations.repeats = 1;
    CHECK(migrated == e);
    CHECK(Json::parse(serializeExperiment(migrated))["version"] == kExperimentFileVersion);
    // A version-3 file cannot already hold the version-4 field.
    Json bad = v3;
    bad["activations"]["repeats"] = 10;
    try {
        parseExperiment(bad.dump());
        FAIL("accepted: " << bad.dump());
    } catch (const ConfigError& error) {
        CHECK(error.field() == "activations.repeats");
    }
    // In a current file it is checked like every other field.
    Json v4 = Json::parse(serializeExperiment(e));
    v4["activations"]["repeats"] = 0;
    CHECK_THROWS_AS(parseExperiment(v4.dump()), ConfigError);
    v4["activations"]["repeats"] = "ten";
    CHECK_THROWS_AS(parseExperiment(v4.dump()), ConfigError);
}

TEST_CASE("version-2 files are migrated: no backward pass, activations shown", "[experiment-file][migration]") {
    // A version-2 file as the last version-2 build wrote it: no "histograms", no activations.backward.
    ExperimentFile e = sample();
    Json v2 = Json::parse(serializeExperiment(e));
    v2["version"] = 2;
    v2.erase("histograms");
    v2["activations"].erase("backward");
    v2["activations"].erase("repeats");
    const ExperimentFile migrated = parseExperiment(v2.dump());
    e.activations.backward = false;
    e.histograms = Quantity::Activations;
    CHECK(migrated == e);
    CHECK(Json::parse(serializeExperiment(migrated))["version"] == kExperimentFileVersion);
    // A version-2 file cannot already hold version-3 fields; each is named.
    for (const auto& [edit, field] : std::vector<std::pair<std::function<void(Json&)>, std::string>>{
             {[](Json& j) { j["histograms"] = "gradients"; }, "histograms"},
             {[](Json& j) { j["activations"]["backward"] = true; }, "activations.backward"}}) {
        Json bad = v2;
        edit(bad);
        try {
            parseExperiment(bad.dump());
            FAIL("accepted: " << bad.dump());
        } catch (const ConfigError& error) {
            CHECK(error.field() == field);
        }
    }
    // Every version-1 file goes through both migrations.
    const ExperimentFile v1 = loadExperiment(std::string(INITSCOPE_SOURCE_DIR) + "/tests/data/v1/book-sigmoid.json");
    CHECK_FALSE(v1.activations.backward);
}
