#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <chrono>
#include <functional>
#include <sstream>

#include <fstream>

#include "cli.h"
#include "cli_spec.h"
#include "initscope_version.h"
#include "common/errors.h"
#include "common/system.h"
#include "experiments/activations.h"
#include "io/atomic_file.h"
#include "io/json_io.h"
#include "test_util.h"

using namespace initscope;
using namespace initscope::test;

namespace {
struct Outcome {
    int code;
    std::string out, err;
};
Outcome run(std::vector<std::string> args) {
    std::ostringstream out, err;
    const int code = cli::run(args, out, err);
    return {code, out.str(), err.str()};
}
int lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }
}  // namespace

TEST_CASE("activations: default JSON has the documented shape", "[cli]") {
    const Outcome o = run({"activations"});
    REQUIRE(o.code == 0);
    CHECK(o.err.empty());
    const Json j = Json::parse(o.out);
    CHECK(j["experiment"] == "activations");
    CHECK(j["config"]["hidden"] == Json::array({100, 100, 100, 100, 100}));
    CHECK(j["config"]["batch_norm"] == false);
    REQUIRE(j["runs"].size() == 4);
    CHECK(j["runs"][0]["initializer"] == "std=1");
    CHECK(j["runs"][2]["initializer"] == "xavier");
    const Json& layer = j["runs"][2]["layers"][0];
    CHECK(layer["layer"] == 1);
    CHECK(layer["sigma"].get<double>() == Approx(0.1));
    for (const char* key : {"mean", "std", "min", "max", "saturated", "dead", "nonfinite", "histogram"}) {
        CHECK(layer.contains(key));
    }
    CHECK(layer["dead"].is_null());  // sigmoid units do not die
    CHECK(layer["histogram"]["counts"].size() == 30);
    CHECK(layer["histogram"]["lo"] == 0.0);
    CHECK(layer["histogram"]["hi"] == 1.0);
}

TEST_CASE("activations --backward: every layer's gradients in JSON and CSV, read back exactly", "[cli][backward]") {
    const std::vector<std::string> args = {"activations", "--activation", "tanh", "--init", "xavier", "--init", "std=1",
                                           "--hidden", "30,20,10", "--samples", "300", "--bins", "12", "--seed", "3"};
    // Off by default: the output is what it was before the backward pass existed.
    const Outcome plain = run(args);
    REQUIRE(plain.code == 0);
    const Json pj = Json::parse(plain.out);
    CHECK(pj["config"]["backward"] == false);
    CHECK_FALSE(pj["runs"][0]["layers"][0].contains("grad_input"));
    CHECK_FALSE(pj["runs"][0]["layers"][0].contains("grad_weight_ratio"));
    std::vector<std::string> csvArgs = args;
    csvArgs.insert(csvArgs.end(), {"--format", "csv"});
    const std::string plainCsv = run(csvArgs).out;
    CHECK(plainCsv.substr(0, plainCsv.find('\n')) == "initializer,layer,bin_low,bin_high,count,below,above,nonfinite");

    std::vector<std::string> withBackward = args;
    withBackward.push_back("--backward");
    const Outcome o = run(withBackward);
    REQUIRE(o.code == 0);
    ActivationsConfig c;
    c.activation = "tanh";
    c.initializers = {"xavier", "std=1"};
    c.hidden = {30, 20, 10};
    c.samples = 300;
    c.bins = 12;
    c.seed = 3;
    c.backward = true;
    const ActivationsResult r = runActivations(c);
    const Json j = Json::parse(o.out);
    CHECK(j["config"]["backward"] == true);
    for (std::size_t k = 0; k < r.runs.size(); ++k) {
        for (std::size_t l = 0; l < r.runs[k].layers.size(); ++l) {
            const LayerResult& want = r.runs[k].layers[l];
            const Json& layer = j["runs"][k]["layers"][l];
            // The activation statistics stay where they were.
            CHECK(layer["std"].get<double>() == want.stats.std);
            for (const auto& [key, d] : {std::pair{"pre_activation", &*want.preActivation},
                                         std::pair{"grad_input", &*want.gradInput},
                                         std::pair{"grad_weight", &*want.gradWeight}}) {
                INFO(key << " of layer " << l + 1);
                const Json& q = layer[key];
                for (const char* field : {"mean", "std", "min", "max", "percentiles", "saturated", "dead", "nonfinite",
                                          "histogram"}) {
                    CHECK(q.contains(field));
                }
                CHECK(q["mean"].get<double>() == d->stats.mean);  // shortest round-trip text: exact
                CHECK(q["std"].get<double>() == d->stats.std);
                CHECK(q["min"].get<double>() == d->stats.min);
                CHECK(q["max"].get<double>() == d->stats.max);
                CHECK(q["percentiles"]["p50"].get<double>() == d->stats.percentiles[3]);
                CHECK(q["nonfinite"] == d->stats.nonfinite);
                CHECK(q["saturated"].is_null());
                CHECK(q["histogram"]["lo"].get<double>() == d->histogram.lo);
                CHECK(q["histogram"]["hi"].get<double>() == d->histogram.hi);
                CHECK(q["histogram"]["counts"].get<std::vector<std::int64_t>>() == d->histogram.counts);
            }
            CHECK(layer["grad_weight_ratio"].get<double>() == want.gradWeightRatio);
        }
    }
    // CSV: the activation columns as before, then each quantity's, then the ratio; bin k of every
    // quantity in row k.
    withBackward.insert(withBackward.end(), {"--format", "csv"});
    const std::string csv = run(withBackward).out;
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);
    CHECK(line == "initializer,layer,bin_low,bin_high,count,below,above,nonfinite,"
                  "pre_activation_bin_low,pre_activation_bin_high,pre_activation_count,pre_activation_below,"
                  "pre_activation_above,pre_activation_nonfinite,"
                  "grad_input_bin_low,grad_input_bin_high,grad_input_count,grad_input_below,grad_input_above,"
                  "grad_input_nonfinite,"
                  "grad_weight_bin_low,grad_weight_bin_high,grad_weight_count,grad_weight_below,grad_weight_above,"
                  "grad_weight_nonfinite,grad_weight_ratio");
    int rows = 0;
    for (std::size_t k = 0; k < r.runs.size(); ++k) {
        for (const LayerResult& want : r.runs[k].layers) {
            for (int b = 0; b < c.bins; ++b, ++rows) {
                REQUIRE(std::getline(in, line));
                std::vector<std::string> cells;
                std::istringstream row(line);
                for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
                REQUIRE(cells.size() == 27);
                CHECK(cells[0] == r.runs[k].initializer);
                CHECK(std::stoi(cells[1]) == want.layer);
                const Histogram* hs[] = {&want.histogram, &want.preActivation->histogram, &want.gradInput->histogram,
                                         &want.gradWeight->histogram};
                for (int q = 0; q < 4; ++q) {
                    const Histogram& h = *hs[q];
                    const std::size_t at = 2 + 6 * static_cast<std::size_t>(q);
                    CHECK(std::stod(cells[at]) == h.binLow(b));
                    CHECK(std::stod(cells[at + 1]) == h.binHigh(b));
                    CHECK(std::stoll(cells[at + 2]) == h.counts[static_cast<std::size_t>(b)]);
                    CHECK(std::stoll(cells[at + 3]) == h.below);
                    CHECK(std::stoll(cells[at + 4]) == h.above);
                    CHECK(std::stoll(cells[at + 5]) == h.nonfinite);
                }
                CHECK(std::stod(cells[26]) == want.gradWeightRatio);
            }
        }
    }
    CHECK(rows == 2 * 3 * 12);
    CHECK_FALSE(std::getline(in, line));
}

TEST_CASE("activations --jacobian: singular values per run", "[cli][jacobian]") {
    const Outcome o = run({"activations", "--activation", "tanh", "--init", "orthogonal", "--init", "he", "--width", "30",
                           "--depth", "3", "--samples", "20", "--jacobian"});
    REQUIRE(o.code == 0);
    const Json j = Json::parse(o.out);
    REQUIRE(j["runs"][0]["jacobian_singular_values"].size() == 30);
    const auto sv = j["runs"][1]["jacobian_singular_values"].get<std::vector<double>>();
    CHECK(std::is_sorted(sv.rbegin(), sv.rend()));
    CHECK(run({"activations", "--jacobian", "--batchnorm"}).code == 2);
    CHECK(run({"activations", "--jacobian", "--format", "csv"}).code == 2);
    CHECK_FALSE(Json::parse(run({"activations", "--depth", "2"}).out)["runs"][0].contains("jacobian_singular_values"));
}

TEST_CASE("activations --repeats: each layer's spread over the seeds, in JSON", "[cli][repeats]") {
    const auto r = run({"activations", "--activation", "tanh", "--init", "xavier", "--hidden", "20,20",
                        "--samples", "50", "--seed", "3", "--backward", "--repeats", "5"});
    REQUIRE(r.code == 0);
    const Json j = Json::parse(r.out);
    CHECK(j["config"]["repeats"] == 5);
    const Json& spread = j["runs"][0]["layers"][1]["spread"];
    CHECK(spread["seeds"] == 5);
    for (const char* q : {"activations", "pre_activation", "grad_input", "grad_weight"}) {
        INFO(q);
        REQUIRE(spread.contains(q));
        const Json& s = spread[q]["std"];
        CHECK(s["p5"].get<double>() <= s["median"].get<double>());
        CHECK(s["median"].get<double>() <= s["p95"].get<double>());
    }
    CHECK(spread["activations"].contains("saturated"));
    CHECK(spread.contains("grad_weight_ratio"));
    // The median of five seeds is the third smallest of the five single runs' values.
    std::vector<double> stds;
    for (int seed = 3; seed < 8; ++seed) {
        const Json one = Json::parse(run({"activations", "--activation", "tanh", "--init", "xavier", "--hidden", "20,20",
                                          "--samples", "50", "--seed", std::to_string(seed), "--backward"}).out);
        CHECK_FALSE(one["runs"][0]["layers"][1].contains("spread"));
        stds.push_back(one["runs"][0]["layers"][1]["std"].get<double>());
    }
    std::sort(stds.begin(), stds.end());
    CHECK(spread["activations"]["std"]["median"].get<double>() == stds[2]);
    CHECK(run({"activations", "--repeats", "3", "--format", "csv"}).code == 2);
    CHECK(run({"activations", "--repeats", "0"}).code != 0);
    CHECK(run({"activations", "--repeats", "1001"}).code != 0);
}

TEST_CASE("theory: the activations experiment's layout, per layer and per initializer", "[cli][theory]") {
    const Outcome o = run({"theory", "--activation", "relu", "--init", "he", "--init", "xavier", "--depth", "4",
                           "--width", "50"});
    REQUIRE(o.code == 0);
    const Json j = Json::parse(o.out);
    CHECK(j["experiment"] == "theory");
    REQUIRE(j["runs"].size() == 2);
    CHECK(j["runs"][0]["initializer"] == "he");
    REQUIRE(j["runs"][0]["layers"].size() == 4);
    for (const char* key : {"layer", "q", "activation_mean", "activation_std", "chi", "chi_product"}) {
        CHECK(j["runs"][0]["layers"][0].contains(key));
    }
    CHECK(j["runs"][0]["layers"][2]["chi"].get<double>() == Approx(1.0));
    CHECK(j["runs"][0]["fixed_point_kind"] == "marginal");
    CHECK(j["runs"][0]["chi_at_fixed_point"].get<double>() == Approx(1.0));
    CHECK(j["runs"][1]["fixed_point_kind"] == "zero");  // Xavier under ReLU: σ_w² = 1 < 2
    CHECK(j["runs"][1]["chi_at_fixed_point"].get<double>() == Approx(0.5));
    // χ products multiply back from the last layer.
    const Json& layers = j["runs"][1]["layers"];
    CHECK(layers[0]["chi_product"].get<double>() ==
          Approx(layers[0]["chi"].get<double>() * layers[1]["chi_product"].get<double>()));
    const Outcome csv = run({"theory", "--format", "csv", "--init", "he"});
    REQUIRE(csv.code == 0);
    CHECK(lines(csv.out) == 1 + 5);
    CHECK(run({"theory", "--bias-std", "-1"}).code == 2);
    CHECK(run({"theory", "--depth", "0"}).code == 2);
    // The phase diagram: axes, χ₁ per row of σ_b², the critical line (ReLU: σ_w² = 2).
    const Outcome phase = run({"theory", "--phase-diagram", "--activation", "relu", "--columns", "40", "--rows", "3"});
    REQUIRE(phase.code == 0);
    const Json p = Json::parse(phase.out);
    CHECK(p["experiment"] == "phase-diagram");
    CHECK(p["sigma_w2"].size() == 40);
    CHECK(p["sigma_b2"].size() == 3);
    REQUIRE(p["chi"].size() == 3);
    CHECK(p["chi"][1].size() == 40);
    CHECK(p["chi"][0][19].get<double>() == Approx(1.0));  // σ_w² = 2: χ₁ = 1
    for (const Json& w : p["critical_sigma_w2"]) CHECK(w.get<double>() == Approx(2.0));
    const Outcome phaseCsv = run({"theory", "--phase-diagram", "--columns", "10", "--rows", "2", "--format", "csv"});
    CHECK(lines(phaseCsv.out) == 1 + 20);
    CHECK(run({"theory", "--phase-diagram", "--columns", "1"}).code == 2);
    CHECK(run({"theory", "--phase-diagram", "--weight-max", "0"}).code == 2);
    CHECK(run({"theory", "--phase-diagram", "--activation", "swish"}).code == 2);
}

TEST_CASE("activations: --init repeats in order and keeps each spec as given", "[cli]") {
    const Outcome o = run({"activations", "--activation", "relu", "--init", "he", "--init=std=0.0100",
                           "--depth", "3", "--width", "20", "--samples", "50", "--bins", "10",
                           "--range", "auto", "--seed", "4"});
    REQUIRE(o.code == 0);
    const Json j = Json::parse(o.out);
    REQUIRE(j["runs"].size() == 2);
    CHECK(j["runs"][0]["initializer"] == "he");
    CHECK(j["runs"][1]["initializer"] == "std=0.0100");
    CHECK(j["runs"][0]["layers"].size() == 3);
    CHECK(j["runs"][0]["layers"][0]["histogram"]["counts"].size() == 10);
    CHECK(j["runs"][0]["layers"][0]["dead"].get<double>() > 0.3);
}

TEST_CASE("activations: CSV has one row per bin; --output writes the file", "[cli]") {
    TempDir dir;
    const Outcome o = run({"activations", "--format", "csv", "--output", dir.file("h.csv")});
    REQUIRE(o.code == 0);
    CHECK(o.out.empty());
    const std::string csv = readTextFile(dir.file("h.csv"));
    CHECK(lines(csv) == 1 + 4 * 5 * 30);
    CHECK(csv.rfind("initializer,layer,bin_low,bin_high,count,below,above,nonfinite\n", 0) == 0);
}

TEST_CASE("usage errors exit 2 with one line naming the option", "[cli]") {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"activations", "--depth", "0"}, "--depth"},
        {{"activations", "--depth", "abc"}, "--depth"},
        {{"activations", "--depth"}, "--depth"},
        {{"activations", "--width", "-1"}, "--width"},
        {{"activations", "--width", "1000000000"}, "--width"},
        {{"activations", "--bins", "0"}, "--bins"},
        {{"activations", "--range", "1:0"}, "--range"},
        {{"activations", "--range", "0:nan"}, "--range"},
        {{"activations", "--init", "bogus"}, "--init"},
        {{"activations", "--init", "std=-1"}, "--init"},
        {{"activations", "--activation", "swish"}, "--activation"},
        {{"activations", "--format", "xml"}, "--format"},
        {{"activations", "--frobnicate"}, "--frobnicate"},
        {{"activations", "stray"}, "stray"},
        {{"activations", "--bias=yes"}, "--bias"},
        {{"activations", "--show", "gradients", "--plot", "x.png"}, "--backward"},
        {{"activations", "--backward", "--show", "weights", "--plot", "x.png"}, "--show"},
        {{"activations", "--backward", "--show", "gradients"}, "--plot"},
        {{"train", "--lr", "0"}, "--lr"},
        {{"train", "--lr", "inf"}, "--lr"},
        {{"train", "--hidden", "100,,100"}, "--hidden"},
        {{"train", "--optimizer", "rmsprop"}, "--optimizer"},
        {{"train", "--iterations", "0"}, "--iterations"},
        {{"train", "--batch", "99999999999"}, "--batch"},
        {{"frobnicate"}, "frobnicate"},
    };
    for (const auto& [args, option] : cases) {
        INFO(args[0] << " " << (args.size() > 1 ? args[1] : "") << " " << (args.size() > 2 ? args[2] : ""));
        const Outcome o = run(args);
        CHECK(o.code == 2);
        CHECK(o.out.empty());
        CHECK(lines(o.err) == 1);
        CHECK(o.err.find(option) != std::string::npos);
    }
}

TEST_CASE("runtime errors exit 1 with one line naming the file", "[cli]") {
    TempDir dir;
    Outcome o = run({"train", "--dataset", dir.file("missing")});
    CHECK(o.code == 1);
    CHECK(lines(o.err) == 1);
    CHECK(o.err.find(dir.file("missing")) != std::string::npos);

    writeDataset(syntheticDataset(20, 10, 4), dir.path().string(), 4, true);
    writeBytes(dir.file("train-labels-idx1-ubyte.gz"), {1, 2, 3});
    o = run({"train", "--dataset", dir.path().string()});
    CHECK(o.code == 1);
    CHECK(lines(o.err) == 1);
    CHECK(o.err.find("train-labels-idx1-ubyte.gz") != std::string::npos);

    // An output that cannot be written leaves no partial file.
    o = run({"activations", "--output", dir.file("no/such/dir/out.json")});
    CHECK(o.code == 1);
    CHECK(lines(o.err) == 1);
    CHECK_FALSE(std::filesystem::exists(dir.file("no/such/dir/out.json")));
}

TEST_CASE("hostile dataset files: exit 1 within a second, one line naming the file", "[cli][hostile]") {
    const Dataset good = syntheticDataset(30, 10, 4);
    // Each case damages one file of an otherwise valid dataset folder.
    struct Case {
        std::string file, problem;
        std::function<void(const std::string&)> damage;
    };
    auto bytesOf = [](const std::vector<std::uint8_t>& v) { return v; };
    const auto images = idxBytes({10, 4, 4}, good.test.pixels);
    std::vector<Case> cases = {
        {"t10k-images-idx3-ubyte", "wrong magic", [&](const std::string& p) { auto b = images; b[0] = 7; writeBytes(p, b); }},
        {"t10k-images-idx3-ubyte", "empty", [&](const std::string& p) { writeBytes(p, {}); }},
        {"t10k-images-idx3-ubyte", "truncated", [&](const std::string& p) { writeBytes(p, idxBytes({1000, 4, 4}, good.test.pixels)); }},
        {"t10k-images-idx3-ubyte", "more than", [&](const std::string& p) { writeBytes(p, idxBytes({0x80000000u, 28, 28}, {})); }},
        {"t10k-images-idx3-ubyte", "trailing data", [&](const std::string& p) { auto b = images; b.push_back(1); writeBytes(p, b); }},
        {"t10k-images-idx3-ubyte", "directory", [&](const std::string& p) { std::filesystem::create_directory(p); }},
        {"t10k-images-idx3-ubyte", "3 dimensions", [&](const std::string& p) { writeBytes(p, idxBytes({160}, good.test.pixels)); }},
        {"t10k-labels-idx1-ubyte", "labels but", [&](const std::string& p) { writeBytes(p, idxBytes({9}, std::vector<std::uint8_t>(9, 1))); }},
        {"t10k-labels-idx1-ubyte", "not a digit", [&](const std::string& p) { writeBytes(p, idxBytes({10}, std::vector<std::uint8_t>(10, 10))); }},
        {"t10k-labels-idx1-ubyte", "not a digit", [&](const std::string& p) { writeBytes(p, idxBytes({10}, std::vector<std::uint8_t>(10, 255))); }},
        {"t10k-labels-idx1-ubyte.gz", "wrong magic", [&](const std::string& p) { writeBytes(p, {'n', 'o', 't', ' ', 'g', 'z', 'i', 'p'}); }},
        {"t10k-labels-idx1-ubyte.gz", "gzip", [&](const std::string& p) {
             writeGzip(p, idxBytes({10}, good.test.labels));
             auto b = readBytes(p);
             if (b.size() > 6) b.resize(b.size() - 6);  // cut the stream short
             writeBytes(p, b);
         }},
        {"t10k-images-idx3-ubyte.gz", "gzip", [&](const std::string& p) {
             writeGzip(p, images);
             auto b = readBytes(p);
             for (std::size_t i = 12; i < b.size() - 8; ++i) b[i] ^= 0xA5;
             writeBytes(p, b);
         }},
    };
    (void)bytesOf;
    int tried = 0;
    for (const Case& c : cases) {
        TempDir dir;
        writeDataset(good, dir.path().string(), 4, false);
        // Replace the raw file by the damaged one (a .gz name is looked for first).
        const std::string raw = c.file.substr(0, c.file.find(".gz"));
        std::filesystem::remove(dir.file(raw));
        c.damage(dir.file(c.file));
        const auto start = std::chrono::steady_clock::now();
        const Outcome o = run({"train", "--dataset", dir.path().string(), "--iterations", "5"});
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        INFO(c.file << ": " << c.problem << " → " << o.err);
        CHECK(o.code == 1);
        CHECK(lines(o.err) == 1);
        CHECK(o.err.find(raw) != std::string::npos);
        CHECK(o.err.find(c.problem) != std::string::npos);
        CHECK(seconds < 30.0);  // a hang caught, not a speed limit (that would fail on a busy machine)
        ++tried;
    }
    CHECK(tried == 13);
}

TEST_CASE("train: JSON and CSV on a dataset folder", "[cli]") {
    TempDir dir;
    writeDataset(syntheticDataset(400, 100, 6), dir.path().string(), 6, false);
    Outcome o = run({"train", "--dataset", dir.path().string(), "--iterations", "60", "--hidden",
                     "16,16", "--batch", "20", "--eval-every", "20", "--init", "he", "--init",
                     "std=0.01"});
    REQUIRE(o.code == 0);
    const Json j = Json::parse(o.out);
    CHECK(j["experiment"] == "train");
    CHECK(j["config"]["hidden"] == Json::array({16, 16}));
    REQUIRE(j["runs"].size() == 2);
    CHECK(j["runs"][0]["initializer"] == "he");
    CHECK(j["runs"][0]["loss"].size() == 60);
    CHECK(j["runs"][0]["diverged_at"].is_null());
    CHECK(j["runs"][0]["final_loss"].is_number());
    CHECK(j["runs"][0]["test_accuracy"].is_number());
    CHECK(j["train_seconds"].is_number());
    CHECK(j["snapshots"].size() == 4);
    // Update ratios per dense layer (two hidden, the output) and iteration.
    CHECK(j["update_ratio_every"] == 1);
    REQUIRE(j["runs"][0]["update_ratio"].size() == 3);
    for (const Json& layer : j["runs"][0]["update_ratio"]) {
        REQUIRE(layer.size() == 60);
        CHECK(layer[0].get<double>() > 0.0);
    }
    // Per snapshot, run and hidden layer: four distributions, each with statistics and a histogram.
    const Json& layers = j["snapshots"][3]["layers"];
    REQUIRE(layers.size() == 2);
    REQUIRE(layers[0].size() == 2);
    for (const char* q : {"activations", "gradients", "weights", "weight_gradients"}) {
        INFO(q);
        REQUIRE(layers[0][1].contains(q));
        CHECK(layers[0][1][q]["std"].get<double>() > 0.0);
        CHECK(layers[0][1][q]["histogram"]["counts"].size() == 30);
    }
    std::int64_t weights = 0;
    for (const Json& c : layers[0][1]["weights"]["histogram"]["counts"]) weights += c.get<std::int64_t>();
    CHECK(weights == 16 * 16);

    o = run({"train", "--dataset", dir.path().string(), "--iterations", "30", "--hidden", "8",
             "--format", "csv", "--init", "xavier", "--init", "he"});
    REQUIRE(o.code == 0);
    CHECK(lines(o.out) == 31);
    CHECK(o.out.rfind("iteration,xavier,he\n0,", 0) == 0);
    // The other CSV tables.
    o = run({"train", "--dataset", dir.path().string(), "--iterations", "30", "--hidden", "8", "--format", "csv",
             "--table", "update-ratio", "--init", "xavier", "--init", "he"});
    REQUIRE(o.code == 0);
    CHECK(lines(o.out) == 31);
    CHECK(o.out.rfind("iteration,xavier layer 1,xavier output,he layer 1,he output\n0,", 0) == 0);
    o = run({"train", "--dataset", dir.path().string(), "--iterations", "30", "--hidden", "8", "--format", "csv",
             "--table", "snapshots", "--eval-every", "10", "--init", "he"});
    REQUIRE(o.code == 0);
    CHECK(lines(o.out) == 1 + 4 * 1 * 1 * 4);  // header; 4 snapshots × 1 run × 1 layer × 4 quantities
    CHECK(o.out.find("\n30,he,1,weight-gradients,") != std::string::npos);
    CHECK(run({"train", "--dataset", dir.path().string(), "--table", "loss"}).code == 2);  // not CSV
    CHECK(run({"train", "--dataset", dir.path().string(), "--format", "csv", "--table", "ratio"}).code == 2);
}

TEST_CASE("same seed, byte-identical CSV", "[cli][determinism]") {
    TempDir dir;
    writeDataset(syntheticDataset(300, 60, 5), dir.path().string(), 5, true);
    const std::vector<std::string> args = {"train", "--dataset", dir.path().string(), "--iterations",
                                           "40", "--hidden", "12,12", "--format", "csv"};
    CHECK(run(args).out == run(args).out);
    CHECK(run({"activations", "--format", "csv", "--seed", "3"}).out ==
          run({"activations", "--format", "csv", "--seed", "3"}).out);
}

TEST_CASE("help and version", "[cli]") {
    Outcome o = run({"--help"});
    CHECK(o.code == 0);
    for (const cli::CommandSpec& c : cli::commandSpecs()) CHECK(o.out.find("  " + c.name + " ") != std::string::npos);
    for (const cli::OptionSpec& g : cli::guiOptions()) CHECK(o.out.find("--" + g.name) != std::string::npos);
    o = run({"activations", "--help"});
    CHECK(o.code == 0);
    CHECK(o.out.find("he-uniform") != std::string::npos);
    o = run({"--version"});
    CHECK(o.code == 0);
    CHECK(o.out.rfind("initscope " INITSCOPE_VERSION " (engine ", 0) == 0);
    CHECK(cli::isCommand("train"));
    CHECK_FALSE(cli::isCommand("experiment.json"));
}

TEST_CASE("misspellings get a suggestion; empty values and long values are handled", "[cli]") {
    Outcome o = run({"activatons"});
    CHECK(o.code == 2);
    CHECK(o.err.find("did you mean 'activations'") != std::string::npos);
    o = run({"train", "--iteratons", "5"});
    CHECK(o.code == 2);
    CHECK(o.err.find("did you mean '--iterations'") != std::string::npos);
    o = run({"activations", "--output", ""});
    CHECK(o.code == 2);
    CHECK(o.err.find("--output") != std::string::npos);
    // A user's value is quoted by at most ~100 characters, whatever its length.
    const std::string huge(5000, 'x');
    for (const std::vector<std::string>& args : {std::vector<std::string>{"activations", "--init", huge},
                                                 std::vector<std::string>{"activations", "--depth", huge},
                                                 std::vector<std::string>{"activations", "--activation", huge},
                                                 std::vector<std::string>{"train", "--dataset", "/no/" + huge}}) {
        o = run(args);
        CHECK(o.code != 0);
        CHECK(lines(o.err) == 1);
        CHECK(o.err.size() < 400);
    }
}

TEST_CASE("a failing output stream is exit 1, not a silent loss", "[cli]") {
    std::ofstream full("/dev/full");
    REQUIRE(full.is_open());
    std::ostringstream err;
    CHECK(cli::run({"activations", "--depth", "1"}, full, err) == 1);
    CHECK(err.str().find("cannot write") != std::string::npos);
}

TEST_CASE("each optimizer trains at the book's rate unless --lr says otherwise", "[cli]") {
    TempDir dir;
    writeDataset(syntheticDataset(200, 50, 6), dir.path().string(), 6, false);
    for (auto [optimizer, rate] : {std::pair{"sgd", 0.01}, std::pair{"momentum", 0.01}, std::pair{"adagrad", 0.01},
                                   std::pair{"adam", 0.001}}) {
        const Outcome o = run({"train", "--dataset", dir.path().string(), "--optimizer", optimizer, "--iterations", "2",
                               "--hidden", "8", "--eval-samples", "10", "--probe-size", "5"});
        REQUIRE(o.code == 0);
        CHECK(Json::parse(o.out)["config"]["learning_rate"].get<double>() == rate);
    }
    const Outcome o = run({"train", "--dataset", dir.path().string(), "--optimizer", "adam", "--lr", "0.05",
                           "--iterations", "2", "--hidden", "8", "--eval-samples", "10", "--probe-size", "5"});
    REQUIRE(o.code == 0);
    CHECK(Json::parse(o.out)["config"]["learning_rate"].get<double>() == 0.05);
}

TEST_CASE("settings too large for this machine are refused before allocating, naming the option", "[cli][memory]") {
    CHECK_THROWS_AS(requireMemory(1e18, "activations.width", "reduce it", "memory.activations"), ResourceError);
    try {
        requireMemory(1e18, "activations.width", "reduce it", "memory.activations");
    } catch (const ResourceError& e) {
        CHECK(e.field() == "activations.width");
        CHECK(std::string(e.what()).find("GB") != std::string::npos);
        // The window's words: the code, the size needed and the size free.
        CHECK(e.problem().code == "memory.activations");
        REQUIRE(e.problem().args.size() == 2);
        CHECK(e.problem().args[0] == "1000000000.0 GB");
    }
    // The largest accepted activations run needs gigabytes; the estimate says so up front.
    ActivationsConfig big;
    big.hidden.assign(kMaxDepth, kMaxWidth);
    big.samples = static_cast<int>(kMaxLayerValues / kMaxWidth);
    big.initializers = std::vector<std::string>(16, "he");
    big.initializers[1] = "orthogonal";
    big.initializers[2] = "uniform=0.1";
    const ResourceEstimate e = estimateResources(big);
    CHECK(e.bytes > 4e9);
    CHECK(e.heaviestField == "hidden");
    CHECK(e.flops > 1e13);
}

TEST_CASE("a dataset path that is not UTF-8 does not lose the results", "[cli]") {
    TempDir dir;
    const std::string folder = dir.path().string() + "/data-\xff\xfe";  // Latin-1 bytes, not UTF-8
    std::filesystem::create_directories(folder);
    writeDataset(syntheticDataset(100, 20, 6), folder, 6, false);
    const Outcome o = run({"train", "--dataset", folder, "--iterations", "3", "--hidden", "8",
                           "--eval-samples", "10", "--probe-size", "5"});
    REQUIRE(o.code == 0);  // was: "internal error" after training, the results lost
    const Json j = Json::parse(o.out);
    CHECK(j["dataset_folder"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD
    CHECK(j["runs"][0]["loss"].size() == 3);
}

TEST_CASE("settings too large for the memory that is free: exit 1 naming the option", "[cli][memory]") {
    ::setenv("INITSCOPE_MEMORY_LIMIT", "10M", 1);
    const Outcome o = run({"activations", "--width", "1000"});
    ::unsetenv("INITSCOPE_MEMORY_LIMIT");
    INFO(o.err);
    CHECK(o.code == 1);
    // The heaviest part here is every block's buffers (initializers × samples × width).
    CHECK(o.err.find("initscope: --samples: these settings need about") == 0);
    CHECK(o.err.find("reduce the width, depth, samples or number of initializers") != std::string::npos);
    CHECK(lines(o.err) == 1);
}

TEST_CASE("activations: --hidden gives layers of any width, --batchnorm and --bias-init", "[cli][layers]") {
    const Outcome o = run({"activations", "--activation", "relu", "--init", "he", "--init", "lsuv", "--hidden", "60,30,10",
                           "--samples", "300", "--batchnorm", "--bias", "--bias-init", "normal=0.1", "--range", "auto"});
    REQUIRE(o.code == 0);
    const Json j = Json::parse(o.out);
    CHECK(j["config"]["hidden"] == Json::array({60, 30, 10}));
    CHECK(j["config"]["batch_norm"] == true);
    CHECK(j["config"]["bias_init"] == "normal=0.1");
    const Json& layers = j["runs"][0]["layers"];
    REQUIRE(layers.size() == 3);
    CHECK(layers[1]["fan_in"] == 60);
    CHECK(layers[1]["width"] == 30);
    CHECK(layers[1]["sigma"].get<double>() == Approx(std::sqrt(2.0 / 60)));  // He from the real fan-in
    CHECK(layers[2]["histogram"]["nonfinite"] == 0);
    // Batch norm then ReLU: about half of every layer is exactly 0, whatever the scale.
    CHECK(layers[2]["dead"].get<double>() == Approx(0.5).margin(0.1));
    // LSUV says per layer how many passes it took and where it ended.
    CHECK(j["runs"][1]["layers"][0]["description"].get<std::string>().find("LSUV: orthonormal ×") == 0);
    CHECK(j["runs"][1]["layers"][2]["description"].get<std::string>().find("Var(Z) = ") != std::string::npos);
    // --hidden with --depth/--width is a usage error; so is a bad list.
    CHECK(run({"activations", "--hidden", "10,10", "--depth", "3"}).code == 2);
    const Outcome bad = run({"activations", "--hidden", "10,,5"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("--hidden") != std::string::npos);
    const Outcome zero = run({"activations", "--hidden", "10,0"});
    CHECK(zero.code == 2);
    CHECK(zero.err.find("--hidden") != std::string::npos);
    const Outcome biasInit = run({"activations", "--bias", "--bias-init", "ones"});
    CHECK(biasInit.code == 2);
    CHECK(biasInit.err.find("--bias-init") != std::string::npos);
}

TEST_CASE("train --batchnorm and LSUV on a synthetic dataset", "[cli][layers]") {
    TempDir dir;
    writeDataset(syntheticDataset(400, 100, 8), dir.path().string(), 8, false);
    const Outcome o = run({"train", "--dataset", dir.path().string(), "--iterations", "30", "--hidden", "32,16",
                           "--batchnorm", "--init", "lsuv", "--init", "he", "--eval-samples", "50", "--probe-size", "20",
                           "--eval-every", "10"});
    REQUIRE(o.code == 0);
    const Json j = Json::parse(o.out);
    CHECK(j["config"]["batch_norm"] == true);
    CHECK(j["runs"].size() == 2);
    CHECK(j["runs"][0]["loss"].size() == 30);
    CHECK(j["runs"][0]["diverged_at"].is_null());
}

TEST_CASE("bn-sweep: the book's schedule, JSON and CSV, options checked", "[cli][bn-sweep]") {
    TempDir dir;
    writeDataset(syntheticDataset(300, 50, 8), dir.path().string(), 8, false);
    const Outcome o = run({"bn-sweep", "--dataset", dir.path().string(), "--scales", "3", "--epochs", "4",
                           "--train-size", "200", "--batch", "50", "--hidden", "20,20"});
    INFO(o.err);
    REQUIRE(o.code == 0);
    const Json j = Json::parse(o.out);
    CHECK(j["experiment"] == "bn-sweep");
    // 200 / 50 = 4 updates per epoch; records after updates 1, 5, 9, 13: (4 − 1)·4 + 1 = 13 updates.
    CHECK(j["record_iterations"] == Json::array({0, 4, 8, 12}));
    REQUIRE(j["scales"].size() == 3);
    CHECK(j["scales"][0]["w"] == 1.0);
    CHECK(j["scales"][2]["w"].get<double>() == Approx(std::pow(10.0, -8.0 / 15.0)));
    for (const Json& s : j["scales"]) {
        CHECK(s["bn"]["accuracy"].size() == 4);
        CHECK(s["plain"]["accuracy"].size() == 4);
    }
    CHECK(j.contains("train_seconds"));
    const Outcome csv = run({"bn-sweep", "--dataset", dir.path().string(), "--weights", "0.1,0.01", "--epochs", "2",
                             "--train-size", "100", "--format", "csv"});
    REQUIRE(csv.code == 0);
    CHECK(csv.out.rfind("w,network,epoch,iteration,accuracy\n", 0) == 0);
    CHECK(lines(csv.out) == 1 + 2 * 2 * 2);
    CHECK(run({"bn-sweep", "--scales", "17"}).code == 2);
    CHECK(run({"bn-sweep", "--scales", "2", "--weights", "0.1"}).code == 2);
    const Outcome negative = run({"bn-sweep", "--weights", "0.1,-1"});
    CHECK(negative.code == 2);
    CHECK(negative.err.find("--weights") != std::string::npos);
    CHECK(run({"bn-sweep", "--epochs", "0"}).code == 2);
    CHECK(run({"bn-sweep", "--tran-size", "10"}).err.find("did you mean '--train-size'") != std::string::npos);
}

TEST_CASE("lesson: --list names the built-in lessons; figures need the renderer; bad names are usage errors", "[cli][lesson]") {
    const Outcome list = run({"lesson", "--list"});
    CHECK(list.code == 0);
    CHECK(list.out.find("chapter6\t") == 0);
    // This test links no renderer (the Qt-free command line): a clear one-line refusal.
    test::TempDir dir;
    const Outcome noRenderer = run({"lesson", "chapter6", "--output", (dir.path() / "out").string()});
    CHECK(noRenderer.code == cli::kExitRuntimeError);
    CHECK(noRenderer.err.find("cannot draw figures") != std::string::npos);
    const Outcome unknown = run({"lesson", "chapter7", "--output", (dir.path() / "out").string()});
    CHECK(unknown.code == cli::kExitUsage);
    CHECK(unknown.err.find("chapter6") != std::string::npos);  // the names it knows
    CHECK(run({"lesson", "chapter6"}).code == cli::kExitUsage);  // no --output
    CHECK(run({"lesson", "chapter6", "--output", "x", "--language", "fr"}).code == cli::kExitUsage);
    CHECK(run({"lesson"}).code == cli::kExitUsage);
}

TEST_CASE("every subcommand's --help, help COMMAND and the manual come from the options the parser takes", "[cli][help]") {
    const std::string man = cli::manPage("9.9.9", "2026-01-01");
    const std::string completion = cli::bashCompletion();
    // How the manual spells an option: troff's \- for each dash.
    const auto inMan = [&man](const std::string& name) {
        std::string roff = ".BR \\-\\-";
        for (char ch : name) roff += ch == '-' ? std::string("\\-") : std::string(1, ch);
        return man.find(roff) != std::string::npos;
    };
    for (const cli::CommandSpec& c : cli::commandSpecs()) {
        INFO(c.name);
        const Outcome help = run({c.name, "--help"});
        CHECK(help.code == 0);
        CHECK(help.err.empty());
        CHECK(help.out.rfind("usage: initscope " + c.name, 0) == 0);
        CHECK(run({"help", c.name}).out == help.out);
        std::string roffName;
        for (char ch : c.name) roffName += ch == '-' ? std::string("\\-") : std::string(1, ch);
        CHECK(man.find(".SS initscope " + roffName) != std::string::npos);
        CHECK(completion.find("        " + c.name + ") COMPREPLY") != std::string::npos);
        for (const cli::OptionSpec& opt : c.options) {
            INFO("--" << opt.name);
            CHECK(help.out.find("  --" + opt.name + (opt.value.empty() ? "" : " " + opt.value)) != std::string::npos);
            CHECK(inMan(opt.name));
            CHECK(completion.find(" --" + opt.name) != std::string::npos);
        }
    }
    for (const cli::OptionSpec& g : cli::guiOptions()) CHECK(inMan(g.name));
    // The parser takes its options from the same table: one it does not define is refused, with
    // the nearest one it does suggested (the positive control of the test above).
    const Outcome wrong = run({"theory", "--phase-diagramm"});
    CHECK(wrong.code == cli::kExitUsage);
    CHECK(wrong.err.find("did you mean '--phase-diagram'") != std::string::npos);
    CHECK(run({"help", "trian"}).err.find("did you mean 'train'") != std::string::npos);
}
