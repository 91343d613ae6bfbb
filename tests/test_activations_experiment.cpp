#include <catch2/catch.hpp>
#include <algorithm>
#include <optional>
#include <span>
#include <cmath>

#include "common/errors.h"
#include "experiments/activations.h"

using namespace initscope;

namespace {
const InitializerRun& runOf(const ActivationsResult& r, const std::string& spec) {
    for (const auto& run : r.runs) {
        if (run.initializer == spec) return run;
    }
    throw std::runtime_error("no run " + spec);
}
double fraction(const Histogram& h, int firstBin, int lastBin) {
    std::int64_t n = 0;
    for (int k = firstBin; k <= lastBin; ++k) n += h.counts[static_cast<std::size_t>(k)];
    return double(n) / double(h.total());
}
}  // namespace

TEST_CASE("defaults reproduce the book's setting", "[activations]") {
    const ActivationsResult r = runActivations(ActivationsConfig{});
    REQUIRE(r.runs.size() == 4);
    for (const auto& run : r.runs) {
        REQUIRE(run.layers.size() == 5);
        for (const auto& layer : run.layers) {
            CHECK(layer.histogram.bins() == 30);
            CHECK(layer.histogram.lo == 0.0);
            CHECK(layer.histogram.hi == 1.0);
            CHECK(layer.histogram.total() == 1000 * 100);
            CHECK(layer.stats.count == 1000 * 100);
        }
    }
    CHECK(runOf(r, "xavier").layers[0].sigma == Approx(0.1));
    CHECK(runOf(r, "he").layers[0].description == "He: σ = √(2/n_in) = 0.1414");
}

TEST_CASE("book finding: sigmoid with std=1 piles activations into the two edge bins",
          "[activations][book]") {
    const ActivationsResult r = runActivations(ActivationsConfig{});
    for (const auto& layer : runOf(r, "std=1").layers) {
        INFO("layer " << layer.layer);
        const Histogram& h = layer.histogram;
        const double edges = fraction(h, 0, 0) + fraction(h, 29, 29);
        CHECK(edges > 0.5);
        // The edge bins are the two tallest.
        const auto maxInner = *std::max_element(h.counts.begin() + 1, h.counts.end() - 1);
        CHECK(h.counts.front() > maxInner);
        CHECK(h.counts.back() > maxInner);
        CHECK(*layer.stats.saturated > 0.3);
    }
}

TEST_CASE("book finding: sigmoid with std=0.01 concentrates activations around 0.5",
          "[activations][book]") {
    const ActivationsResult r = runActivations(ActivationsConfig{});
    for (const auto& layer : runOf(r, "std=0.01").layers) {
        INFO("layer " << layer.layer);
        CHECK(layer.stats.mean == Approx(0.5).margin(0.01));
        CHECK(layer.stats.std < 0.03);
        CHECK(fraction(layer.histogram, 13, 16) > 0.95);  // bins around 0.5 (13/30 … 17/30)
        CHECK(*layer.stats.saturated == 0.0);
    }
    // Xavier keeps a spread in every layer: std well above std=0.01's, no edge pile-up.
    for (const auto& layer : runOf(r, "xavier").layers) {
        CHECK(layer.stats.std > 0.08);
        CHECK(fraction(layer.histogram, 0, 0) + fraction(layer.histogram, 29, 29) < 0.01);
    }
}

TEST_CASE("book finding: ReLU with std=0.01 vanishes with depth, He keeps its spread",
          "[activations][book]") {
    ActivationsConfig c;
    c.activation = "relu";
    c.range = {true, 0, 0};
    const ActivationsResult r = runActivations(c);
    const auto& small = runOf(r, "std=0.01").layers;
    for (std::size_t l = 1; l < small.size(); ++l) {
        CHECK(small[l].stats.std < 0.2 * small[l - 1].stats.std);  // shrinks by ~0.01·√50 a layer
    }
    CHECK(small.back().stats.std < 1e-4);
    const auto& he = runOf(r, "he").layers;
    for (const auto& layer : he) {
        INFO("layer " << layer.layer);
        CHECK(layer.stats.std / he.front().stats.std == Approx(1.0).margin(0.5));
        CHECK(*layer.stats.dead == Approx(0.5).margin(0.1));
    }
    // Xavier under ReLU drifts down layer by layer (variance halves each layer).
    const auto& xavier = runOf(r, "xavier").layers;
    CHECK(xavier.back().stats.std < 0.5 * xavier.front().stats.std);
}

TEST_CASE("same seed, same numbers; another seed, other numbers", "[activations][determinism]") {
    ActivationsConfig c;
    c.activation = "tanh";
    c.range = {true, 0, 0};
    const ActivationsResult a = runActivations(c), b = runActivations(c);
    c.seed = 1;
    const ActivationsResult other = runActivations(c);
    for (std::size_t i = 0; i < a.runs.size(); ++i) {
        for (std::size_t l = 0; l < a.runs[i].layers.size(); ++l) {
            CHECK(a.runs[i].layers[l].histogram.counts == b.runs[i].layers[l].histogram.counts);
            CHECK(a.runs[i].layers[l].stats.mean == b.runs[i].layers[l].stats.mean);
        }
    }
    CHECK(a.runs[0].layers[0].histogram.counts != other.runs[0].layers[0].histogram.counts);
}

TEST_CASE("a reused experiment gives the same result as a fresh one after σ changes",
          "[activations]") {
    ActivationsExperiment experiment;
    ActivationsConfig c;
    c.initializers = {"std=0.5"};
    experiment.run(c);
    c.initializers = {"std=0.2", "he-uniform", "orthogonal"};
    c.activation = "gelu";
    const ActivationsResult reused = experiment.run(c);
    const ActivationsResult fresh = runActivations(c);
    for (std::size_t i = 0; i < fresh.runs.size(); ++i) {
        for (std::size_t l = 0; l < 5; ++l) {
            CHECK(reused.runs[i].layers[l].stats.mean == fresh.runs[i].layers[l].stats.mean);
            CHECK(reused.runs[i].layers[l].histogram.counts ==
                  fresh.runs[i].layers[l].histogram.counts);
        }
    }
}

TEST_CASE("linear network: same base numbers, so outputs scale exactly with σ", "[activations]") {
    ActivationsConfig c;
    c.activation = "linear";
    c.initializers = {"std=1", "std=2"};
    c.hidden = {100, 100};
    c.range = {true, 0, 0};
    const ActivationsResult r = runActivations(c);
    CHECK(r.runs[1].layers[0].stats.std == Approx(2.0 * r.runs[0].layers[0].stats.std).epsilon(1e-5));
    CHECK(r.runs[1].layers[1].stats.std == Approx(4.0 * r.runs[0].layers[1].stats.std).epsilon(1e-5));
}

TEST_CASE("explosions are counted as non-finite, not crashes", "[activations]") {
    ActivationsConfig c;
    c.activation = "relu";
    c.initializers = {"std=10000"};
    c.hidden.assign(30, 100);
    c.samples = 50;
    c.range = {true, 0, 0};
    const ActivationsResult r = runActivations(c);
    const LayerResult& last = r.runs[0].layers.back();
    CHECK(last.stats.nonfinite > 0);
    CHECK(last.histogram.nonfinite == last.stats.nonfinite);
    CHECK(last.histogram.total() == 50 * 100);
}

TEST_CASE("invalid configurations name the field", "[activations]") {
    auto expectField = [](ActivationsConfig c, const std::string& field) {
        try {
            validate(c, "activations.");
            FAIL("accepted");
        } catch (const ConfigError& e) {
            CHECK(e.field() == "activations." + field);
        }
    };
    ActivationsConfig c;
    c.hidden = {};
    expectField(c, "hidden");
    c = {};
    c.hidden.assign(51, 10);
    expectField(c, "hidden");
    c = {};
    c.hidden = {100, 4097};
    expectField(c, "hidden");
    c = {};
    c.hidden = {-1};
    expectField(c, "hidden");
    c = {};
    c.biasInit = "normal=0.1";  // without biases
    expectField(c, "bias_init");
    c = {};
    c.bias = true;
    c.biasInit = "ones";
    expectField(c, "bias_init");
    c = {};
    c.bins = 0;
    expectField(c, "bins");
    c = {};
    c.range = {false, 1.0, 0.0};
    expectField(c, "range");
    c = {};
    c.range = {false, 0.0, std::nan("")};
    expectField(c, "range");
    c = {};
    c.initializers = {};
    expectField(c, "initializers");
    c = {};
    c.initializers = {"he", "bogus"};
    expectField(c, "initializers");
    c = {};
    c.activation = "swish";
    expectField(c, "activation");
    c = {};
    c.samples = 100000;
    c.hidden = {10, 4096};  // the widest layer counts
    expectField(c, "samples");
    c = {};
    c.repeats = 0;
    expectField(c, "repeats");
    c.repeats = kMaxRepeats + 1;
    expectField(c, "repeats");
}

TEST_CASE("a cancelled run stops with Cancelled", "[activations]") {
    RunControl control;
    control.cancel();
    CHECK_THROWS_AS(runActivations(ActivationsConfig{}, &control), Cancelled);
    ActivationsConfig backward;
    backward.backward = true;
    CHECK_THROWS_AS(runActivations(backward, &control), Cancelled);
}

#include "common/rng.h"
#include "nn/activation.h"
#include "nn/network.h"

namespace {

// Layer by layer on the whole samples × width matrix at once, written from the formulas: the
// input's segments, each layer's base draw × the initializer's σ from its own fans (or, for LSUV,
// rescaled to Var(Z) = 1), the bias, batch normalization with the batch's mean and biased variance,
// the activation. Returns each layer's activations.
std::vector<Matrix> referenceLayers(const ActivationsConfig& c, const std::string& spec) {
    const Activation& act = activationByName(c.activation);
    Matrix a(c.samples, c.inputWidth());
    for (std::size_t from = 0, k = 0; from < static_cast<std::size_t>(a.size()); from += ActivationsExperiment::kInputSegment, ++k) {
        Rng inputRng = Rng::stream(c.seed, (std::uint64_t(1) << 32) + k);  // the input's segments
        inputRng.fillNormal(a.data() + from, std::min(ActivationsExperiment::kInputSegment, static_cast<std::size_t>(a.size()) - from));
    }
    const auto init = makeInitializer(spec);
    const double biasSigma = parseBiasInit(c.biasInit).sigma;
    std::vector<Matrix> out;
    Matrix prev = a;
    for (int l = 0; l < c.depth(); ++l) {
        const int in = l == 0 ? c.inputWidth() : c.hidden[static_cast<std::size_t>(l) - 1];
        const int width = c.hidden[static_cast<std::size_t>(l)];
        Rng rng = Rng::stream(c.seed, static_cast<std::uint64_t>(l) + 1);
        Matrix w = Initializer::drawBase(init->distribution(), in, width, rng) * static_cast<float>(init->scale(in, width));
        Eigen::RowVectorXf b = Eigen::RowVectorXf::Zero(width);
        if (biasSigma > 0.0) {
            Rng biasRng = Rng::stream(c.seed, (std::uint64_t(1) << 40) + static_cast<std::uint64_t>(l));
            biasRng.fillNormal(b.data(), static_cast<std::size_t>(width));
            b *= static_cast<float>(biasSigma);
        }
        Matrix z = (prev * w).rowwise() + b;
        if (init->needsData()) {  // LSUV without bias: unless Var(Z) is within 0.1 of 1, one rescaling makes it 1
            const Eigen::ArrayXd v = z.cast<double>().reshaped().array();
            const double var = (v - v.mean()).square().mean();
            if (std::abs(var - 1.0) >= 0.1) {
                w *= static_cast<float>(1.0 / std::sqrt(var));
                z = (prev * w).rowwise() + b;
            }
        }
        if (c.batchNorm) {
            for (int j = 0; j < width; ++j) {
                const Eigen::ArrayXd col = z.col(j).cast<double>().array();
                const double mean = col.mean(), var = (col - mean).square().mean();
                z.col(j) = ((col - mean) / std::sqrt(var + 1e-6)).cast<float>().matrix();
            }
        }
        Matrix next;
        act.forward(z, next);
        prev = next;
        out.push_back(prev);
    }
    return out;
}

}  // namespace

TEST_CASE("blocks of rows give the statistics of the whole layer", "[activations][blocks]") {
    // The reference: the whole samples × width matrix at once, then computeStats and makeHistogram.
    // Row counts around the block size (256), a layer small enough for exact percentiles (70 × 100),
    // a bounded and an unbounded activation with a fitted range; layers of different widths; batch
    // norm (its statistics merged from the blocks), normal biases and LSUV.
    struct Case {
        int samples;
        std::vector<int> hidden;
        const char* activation;
        bool automatic;
        bool batchNorm = false;
        const char* biasInit = "zeros";
        std::vector<std::string> initializers = {"he", "std=0.3"};
    };
    for (const Case& k : {Case{1000, {100, 100, 100}, "sigmoid", false}, Case{257, {40, 40, 40}, "relu", true},
                          Case{256, {7, 7, 7}, "tanh", false}, Case{70, {100, 100, 100}, "tanh", true},
                          Case{1, {5, 5, 5}, "relu", true}, Case{600, {30, 30, 30}, "elu", true},
                          Case{700, {60, 25, 10}, "relu", true}, Case{513, {30, 50, 20}, "sigmoid", false, true},
                          Case{300, {40, 30, 30}, "tanh", true, true, "normal=0.5"},
                          Case{600, {50, 40, 20}, "tanh", true, false, "zeros", {"lsuv", "xavier"}},
                          Case{520, {50, 40, 20}, "relu", true, true, "zeros", {"lsuv"}}}) {
        ActivationsConfig c;
        c.samples = k.samples;
        c.hidden = k.hidden;
        c.activation = k.activation;
        c.initializers = k.initializers;
        c.batchNorm = k.batchNorm;
        c.bias = std::string(k.biasInit) != "zeros";
        c.biasInit = k.biasInit;
        c.bins = 20;
        c.range = {k.automatic, -0.5, 1.0};
        // Both ways of computing the activations: layer by layer over row blocks (forward only)
        // and through block copies of each network (with the backward pass).
        for (const bool backward : {false, true}) {
        c.backward = backward;
        const ActivationsResult r = runActivations(c);
        const Activation& act = activationByName(k.activation);
        for (std::size_t i = 0; i < c.initializers.size(); ++i) {
            const std::vector<Matrix> layers = referenceLayers(c, c.initializers[i]);
            for (int l = 0; l < c.depth(); ++l) {
                const Matrix& prev = layers[static_cast<std::size_t>(l)];
                const std::span<const float> values(prev.data(), static_cast<std::size_t>(prev.size()));
                const LayerStats want = computeStats(values, &act);
                const auto [lo, hi] = k.automatic ? automaticRange(values, &act) : std::pair{-0.5, 1.0};
                const Histogram wantHist = makeHistogram(values, c.bins, lo, hi);
                const LayerResult& got = r.runs[i].layers[static_cast<std::size_t>(l)];
                INFO((backward ? "with the backward pass, " : "") << k.samples << " samples, layer widths " << k.hidden[0] << "," << k.hidden[1] << "," << k.hidden[2] << " "
                               << k.activation << (k.batchNorm ? " batch norm " : " ") << k.biasInit << " "
                               << c.initializers[i] << " layer " << l + 1);
                CHECK(got.width == k.hidden[static_cast<std::size_t>(l)]);
                CHECK(got.fanIn == (l == 0 ? k.hidden[0] : k.hidden[static_cast<std::size_t>(l) - 1]));
                if (c.initializers[i] == "lsuv") {
                    CHECK((got.description.find(" 1 pass,") != std::string::npos ||
                           got.description.find(" 0 passes,") != std::string::npos));
                }
                CHECK(got.stats.count == want.count);
                // Batch norm divides by a σ computed in another order: a little more rounding.
                const double tolerance = k.batchNorm || c.initializers[i] == "lsuv" ? 1e-3 : 1e-4;
                CHECK(got.stats.mean == Approx(want.mean).epsilon(tolerance).margin(1e-5));
                CHECK(got.stats.std == Approx(want.std).epsilon(tolerance).margin(1e-5));
                CHECK(got.stats.min == Approx(want.min).epsilon(tolerance).margin(1e-5));
                CHECK(got.stats.max == Approx(want.max).epsilon(tolerance).margin(1e-5));
                for (std::size_t p = 0; p < want.percentiles.size(); ++p) {
                    CHECK(got.stats.percentiles[p] == Approx(want.percentiles[p]).margin(1e-3 + (want.max - want.min) / 4096));
                }
                CHECK(got.histogram.lo == Approx(wantHist.lo).epsilon(tolerance).margin(1e-5));
                CHECK(got.histogram.hi == Approx(wantHist.hi).epsilon(tolerance).margin(1e-5));
                CHECK(got.histogram.total() == wantHist.total());
                // The GEMM rounds in another order (σ·(A·B) against A·(σ·B)): a value on an edge may
                // change bins, nothing more.
                std::int64_t moved = 0;
                for (int b = 0; b < c.bins; ++b) {
                    moved += std::abs(got.histogram.counts[static_cast<std::size_t>(b)] - wantHist.counts[static_cast<std::size_t>(b)]);
                }
                CHECK(moved <= 2 + want.count / 1000);
            }
        }
        }
    }
}

TEST_CASE("a run whose every row is memoised computes nothing and returns the same rows", "[activations]") {
    // Found by test_gui_files: a preset that left the activations settings as they were ran the
    // experiment with nothing to compute, and the layer plan was read from an empty list.
    ActivationsExperiment experiment;
    ActivationsConfig c;
    c.hidden = {40, 30};
    c.batchNorm = true;
    const ActivationsResult first = experiment.run(c);
    const ActivationsResult again = experiment.run(c);
    REQUIRE(again.runs.size() == first.runs.size());
    for (std::size_t r = 0; r < first.runs.size(); ++r) {
        CHECK(again.runs[r].layers[1].histogram.counts == first.runs[r].layers[1].histogram.counts);
    }
}

namespace {
// numpy.percentile(v, p) (method "linear"), written out here rather than taken from the engine.
double numpyPercentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    const double h = (static_cast<double>(v.size()) - 1.0) * p / 100.0;
    const double lower = v[static_cast<std::size_t>(h)];
    const double upper = v[std::min(static_cast<std::size_t>(h) + 1, v.size() - 1)];
    return lower + (h - std::floor(h)) * (upper - lower);
}
}  // namespace

TEST_CASE("spreadOf: numpy's median, 5th and 95th percentiles of the finite values", "[activations][repeats]") {
    std::vector<double> v;
    for (int i = 21; i >= 1; --i) v.push_back(i);  // 1 … 21 backwards: positions are whole numbers
    Spread s = spreadOf(std::span<const double>(v));
    CHECK(s.median == 11.0);
    CHECK(s.p5 == 2.0);
    CHECK(s.p95 == 20.0);
    CHECK(s.count == 21);
    const std::vector<double> odd = {0.3, 4.0, -1.5, 2.25};  // interpolated: numpy gives these
    s = spreadOf(std::span<const double>(odd));
    CHECK(s.median == Approx(1.275).epsilon(1e-15));
    CHECK(s.p5 == Approx(-1.5 + 0.15 * 1.8).epsilon(1e-15));
    CHECK(s.p95 == Approx(2.25 + 0.85 * 1.75).epsilon(1e-15));
    const std::vector<double> withNan = {NAN, 1.0, INFINITY, 3.0};
    s = spreadOf(std::span<const double>(withNan));
    CHECK(s.count == 2);
    CHECK(s.median == 2.0);
    s = spreadOf(std::span<const double>());
    CHECK(std::isnan(s.median));
    CHECK(s.count == 0);
}

TEST_CASE("repeats: the spread over seeds is that of separate runs with seed, seed + 1, …", "[activations][repeats]") {
    // Narrow layers (each block's values measured in its own task), a layer wider than a block of
    // rows can hold in one chunk (measured as a whole) and batch norm (the batch as one block).
    struct Shape {
        std::vector<int> hidden;
        bool batchNorm;
    };
    for (const Shape& shape : {Shape{{30, 20, 20, 10}, false}, Shape{{300, 20}, false}, Shape{{30, 20, 20}, true}})
    for (const bool backward : {false, true}) {
        for (const char* activation : {"tanh", "relu"}) {
            INFO("backward " << backward << ", " << activation << ", width " << shape.hidden.front() << ", batch norm "
                             << shape.batchNorm);
            ActivationsConfig c;
            c.activation = activation;
            c.initializers = {"xavier", "he", "std=0.05"};
            c.hidden = shape.hidden;
            c.batchNorm = shape.batchNorm;
            c.samples = 300;  // two blocks of rows
            c.seed = 17;
            c.backward = backward;
            c.repeats = 9;
            ActivationsExperiment experiment;
            const ActivationsResult repeated = experiment.run(c);
            // Seeds one after another, each spread over the pool (what large networks do), give the
            // same numbers as seeds side by side, each on one thread.
            ActivationsExperiment oneByOne;
            oneByOne.setSeedMemoryBudget(0.0);
            const ActivationsResult sequential = oneByOne.run(c);
            for (std::size_t r = 0; r < c.initializers.size(); ++r) {
                for (std::size_t l = 0; l < c.hidden.size(); ++l) {
                    CHECK(sequential.runs[r].layers[l].spread == repeated.runs[r].layers[l].spread);
                }
            }
            // Each seed alone, through a fresh experiment and the full (histogram) path.
            std::vector<ActivationsResult> single;
            for (int k = 0; k < c.repeats; ++k) {
                ActivationsConfig one = c;
                one.repeats = 1;
                one.seed = c.seed + static_cast<std::uint64_t>(k);
                single.push_back(runActivations(one));
            }
            for (std::size_t r = 0; r < c.initializers.size(); ++r) {
                for (std::size_t l = 0; l < c.hidden.size(); ++l) {
                    const LayerResult& got = repeated.runs[r].layers[l];
                    const LayerResult& first = single[0].runs[r].layers[l];
                    // What is drawn is the first seed's network, unchanged.
                    CHECK(got.histogram.counts == first.histogram.counts);
                    CHECK(got.stats.std == first.stats.std);
                    CHECK(got.stats.percentiles == first.stats.percentiles);
                    CHECK_FALSE(first.spread.has_value());
                    REQUIRE(got.spread.has_value());
                    CHECK(got.spread->seeds == c.repeats);
                    for (Quantity q : kQuantities) {
                        const StatsSpread* spread = got.spread->of(q);
                        REQUIRE((spread != nullptr) == first.has(q));
                        if (!spread) continue;
                        std::vector<double> stds, means, shares;
                        for (const ActivationsResult& s : single) {
                            const LayerStats& st = *s.runs[r].layers[l].statsOf(q);
                            stds.push_back(st.std);
                            means.push_back(st.mean);
                            if (st.dead) shares.push_back(*st.dead);
                            if (st.saturated) shares.push_back(*st.saturated);
                        }
                        CHECK(spread->std.median == numpyPercentile(stds, 50));
                        CHECK(spread->std.p5 == Approx(numpyPercentile(stds, 5)).epsilon(1e-14));
                        CHECK(spread->std.p95 == Approx(numpyPercentile(stds, 95)).epsilon(1e-14));
                        CHECK(spread->mean.median == numpyPercentile(means, 50));
                        const std::optional<Spread>& share = spread->dead ? spread->dead : spread->saturated;
                        REQUIRE(share.has_value() == !shares.empty());
                        if (share) CHECK(share->median == numpyPercentile(shares, 50));
                        // Positive control: narrow layers make the seeds differ.
                        if (q != Quantity::GradWeight || backward) CHECK(spread->std.p5 < spread->std.p95);
                    }
                    if (backward) {
                        std::vector<double> ratios;
                        for (const ActivationsResult& s : single) ratios.push_back(s.runs[r].layers[l].gradWeightRatio);
                        REQUIRE(got.spread->gradWeightRatio.has_value());
                        CHECK(got.spread->gradWeightRatio->median == numpyPercentile(ratios, 50));
                    }
                }
            }
            // The depth profile follows the medians and the band.
            const std::vector<DepthProfile> profiles = depthProfiles(repeated);
            REQUIRE(profiles.size() == 3);
            CHECK(profiles[1].seeds == c.repeats);
            for (std::size_t l = 0; l < c.hidden.size(); ++l) {
                const LayerSpread& s = *repeated.runs[1].layers[l].spread;
                CHECK(profiles[1].forward[l] == s.activations.std.median);
                CHECK(profiles[1].forwardLow[l] == s.activations.std.p5);
                CHECK(profiles[1].forwardHigh[l] == s.activations.std.p95);
                if (backward) CHECK(profiles[1].backwardHigh[l] == s.gradInput->std.p95);
            }
        }
    }
}

TEST_CASE("repeats: one seed has no spread; memoised rows keep theirs, a changed σ recomputes its row over every seed", "[activations][repeats]") {
    ActivationsConfig c;
    c.hidden = {40, 40, 40};
    c.samples = 600;
    c.backward = true;
    const ActivationsResult one = runActivations(c);
    CHECK_FALSE(one.runs[0].layers[0].spread.has_value());
    CHECK(depthProfiles(one)[0].forwardLow.empty());
    c.repeats = 5;
    const ActivationsResult a = runActivations(c);
    // Memoised rows keep their spread; a changed σ recomputes its row over every seed.
    ActivationsExperiment experiment;
    experiment.run(c);
    ActivationsConfig changed = c;
    changed.initializers[1] = "std=0.02";
    const ActivationsResult b = experiment.run(changed);
    const ActivationsResult direct = runActivations(changed);
    for (std::size_t r = 0; r < c.initializers.size(); ++r) {
        for (std::size_t l = 0; l < c.hidden.size(); ++l) {
            CHECK(b.runs[r].layers[l].spread == direct.runs[r].layers[l].spread);
            if (r != 1) CHECK(b.runs[r].layers[l].spread == a.runs[r].layers[l].spread);
        }
    }
}
