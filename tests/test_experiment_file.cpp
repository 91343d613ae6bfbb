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
    nested.replace(nested.find("\"depth\""), 0, "\"depth\": 3, ");
    try {
        parseExperiment(nested);
        FAIL("accepted a duplicate nested key");
    } catch (const ConfigError& e) {
        CHECK(e.field() == "activations.depth");
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
        CHECK(e.field() == "activations.depth");
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
