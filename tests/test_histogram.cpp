#include <catch2/catch.hpp>
#include <algorithm>
#include <cmath>
#include <limits>

#include "nn/activation.h"
#include "stats/histogram.h"

using namespace initscope;

TEST_CASE("half-open bins, the last one closed (numpy.histogram)", "[histogram]") {
    const std::vector<float> v = {0.0f, 0.25f, 0.5f, 0.75f, 1.0f, 0.999f, 0.2499f};
    const Histogram h = makeHistogram(v, 4, 0.0, 1.0);
    // [0,.25): 0, .2499   [.25,.5): .25   [.5,.75): .5   [.75,1]: .75, .999, 1
    CHECK(h.counts == std::vector<std::int64_t>{2, 1, 1, 3});
    CHECK(h.below == 0);
    CHECK(h.above == 0);
    CHECK(h.total() == 7);
}

TEST_CASE("values on every bin edge land in the bin they open", "[histogram]") {
    std::vector<float> v;
    for (int k = 0; k <= 8; ++k) v.push_back(-1.0f + 0.25f * k);  // −1, −0.75, …, 1 (exact)
    const Histogram h = makeHistogram(v, 8, -1.0, 1.0);
    CHECK(h.counts == std::vector<std::int64_t>{1, 1, 1, 1, 1, 1, 1, 2});
}

TEST_CASE("the book's 30 bins on (0, 1): edges agree with k/30 as numpy computes them",
          "[histogram]") {
    std::vector<float> v;
    for (int k = 0; k < 30; ++k) {
        const double edge = k / 30.0;
        v.push_back(std::nextafter(static_cast<float>(edge), 2.0f));  // just inside bin k
    }
    const Histogram h = makeHistogram(v, 30, 0.0, 1.0);
    for (int k = 0; k < 30; ++k) {
        INFO("bin " << k);
        CHECK(h.counts[static_cast<std::size_t>(k)] == 1);
    }
    CHECK(h.binLow(1) == Approx(1.0 / 30.0));
    CHECK(h.binHigh(29) == 1.0);
}

TEST_CASE("out-of-range and non-finite values are counted, not dropped", "[histogram]") {
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();
    const std::vector<float> v = {-0.5f, 1.5f, nan, inf, -inf, 0.5f, 1.0000001f};
    const Histogram h = makeHistogram(v, 10, 0.0, 1.0);
    CHECK(h.below == 1);
    CHECK(h.above == 2);
    CHECK(h.nonfinite == 3);
    CHECK(h.inRange() == 1);
    CHECK(h.total() == static_cast<std::int64_t>(v.size()));
    CHECK_THROWS(makeHistogram(v, 0, 0.0, 1.0));
    CHECK_THROWS(makeHistogram(v, 10, 1.0, 1.0));
    CHECK_THROWS(makeHistogram(v, 10, 0.0, std::numeric_limits<double>::infinity()));
}

TEST_CASE("statistics: mean, population std, min, max, percentiles", "[stats]") {
    std::vector<float> v;
    for (int i = 1; i <= 101; ++i) v.push_back(static_cast<float>(i));
    const LayerStats s = computeStats(v, nullptr);
    CHECK(s.count == 101);
    CHECK(s.mean == Approx(51.0));
    CHECK(s.std == Approx(std::sqrt((101.0 * 101.0 - 1.0) / 12.0)));
    CHECK(s.min == 1.0);
    CHECK(s.max == 101.0);
    REQUIRE(s.percentiles.size() == 7);
    CHECK(s.percentiles[0] == Approx(2.0));   // p1
    CHECK(s.percentiles[3] == Approx(51.0));  // median
    CHECK(s.percentiles[6] == Approx(100.0)); // p99
    CHECK_FALSE(s.saturated.has_value());
    CHECK_FALSE(s.dead.has_value());
}

TEST_CASE("percentiles interpolate like numpy", "[stats]") {
    const std::vector<float> v = {4.0f, 1.0f, 3.0f, 2.0f};
    const LayerStats s = computeStats(v, nullptr);
    // numpy.percentile([1,2,3,4], 25) = 1.75; 50 → 2.5; 5 → 1.15
    CHECK(s.percentiles[2] == Approx(1.75));
    CHECK(s.percentiles[3] == Approx(2.5));
    CHECK(s.percentiles[1] == Approx(1.15));
}

TEST_CASE("saturated and dead fractions; non-finite values are excluded", "[stats]") {
    const std::vector<float> sig = {0.001f, 0.5f, 0.995f, 0.3f};
    CHECK(*computeStats(sig, &activationByName("sigmoid")).saturated == Approx(0.5));
    const std::vector<float> relu = {0.0f, 0.0f, 0.0f, 2.0f, std::numeric_limits<float>::quiet_NaN()};
    const LayerStats s = computeStats(relu, &activationByName("relu"));
    CHECK(*s.dead == Approx(0.6));
    CHECK(s.nonfinite == 1);
    CHECK(s.mean == Approx(0.5));
    const std::vector<float> allNan(3, std::numeric_limits<float>::quiet_NaN());
    const LayerStats n = computeStats(allNan, nullptr);
    CHECK(n.nonfinite == 3);
    CHECK(std::isnan(n.mean));
}

TEST_CASE("automatic range: natural for bounded activations, fitted otherwise", "[histogram]") {
    const std::vector<float> v = {0.0f, 3.0f, 7.5f};
    CHECK(automaticRange(v, &activationByName("sigmoid")) == std::pair{0.0, 1.0});
    CHECK(automaticRange(v, &activationByName("tanh")) == std::pair{-1.0, 1.0});
    CHECK(automaticRange(v, &activationByName("relu")) == std::pair{0.0, 7.5});
    const std::vector<float> constant = {0.0f, 0.0f};
    const auto [lo, hi] = automaticRange(constant, &activationByName("relu"));
    CHECK(lo < 0.0);
    CHECK(hi > 0.0);
}

#include "common/rng.h"
#include "stats/smoothing.h"

TEST_CASE("smoothing keeps length, constants and straight lines", "[smoothing]") {
    const std::vector<double> constant(50, 2.30);
    for (double v : smoothCurve(constant)) CHECK(v == Approx(2.30));
    std::vector<double> line;
    for (int i = 0; i < 40; ++i) line.push_back(0.5 * i);
    const auto s = smoothCurve(line);
    REQUIRE(s.size() == line.size());
    for (int i = 5; i < 35; ++i) CHECK(s[static_cast<std::size_t>(i)] == Approx(line[static_cast<std::size_t>(i)]));
    std::vector<double> noisy;
    for (int i = 0; i < 200; ++i) noisy.push_back(1.0 + ((i % 2) ? 0.5 : -0.5));
    const auto quiet = smoothCurve(noisy, 21);
    for (int i = 10; i < 190; ++i) CHECK(std::abs(quiet[static_cast<std::size_t>(i)] - 1.0) < 0.1);
    CHECK(smoothCurve({3.0}) == std::vector<double>{3.0});
    CHECK(smoothCurve({1.0, 2.0, 3.0}, 1) == std::vector<double>{1.0, 2.0, 3.0});
    CHECK(smoothCurve({1.0, 2.0, 3.0}, 11).size() == 3);
}

TEST_CASE("incremental smoothing equals smoothing from scratch", "[smoothing]") {
    std::vector<double> x, y;
    Rng rng(3);
    std::size_t done = 0;
    for (int step = 0; step < 30; ++step) {
        for (int k = 0; k < 7; ++k) x.push_back(rng.normal());
        const std::size_t from = done > 10 ? done - 10 : 0;  // window 21: 10 points look ahead
        smoothCurveTail(x, y, from, 21);
        done = x.size();
        const auto full = smoothCurve(x, 21);
        for (std::size_t i = 0; i < x.size(); ++i) REQUIRE(y[i] == Approx(full[i]).margin(1e-12));
    }
}

TEST_CASE("large layers: percentiles within 1/8192 of the range of the exact ones", "[stats]") {
    Rng rng(8);
    for (int shape = 0; shape < 3; ++shape) {
        std::vector<float> v(100000);
        for (auto& x : v) {
            const double z = rng.normal();
            x = shape == 0 ? float(z) : shape == 1 ? float(std::max(z, 0.0)) : float(1.0 / (1.0 + std::exp(-4 * z)));
        }
        const LayerStats s = computeStats(v, nullptr);
        std::vector<float> sorted = v;
        std::sort(sorted.begin(), sorted.end());
        const double range = s.max - s.min;
        for (std::size_t j = 0; j < percentileLevels().size(); ++j) {
            const double rank = percentileLevels()[j] / 100.0 * (v.size() - 1);
            const auto i = static_cast<std::size_t>(rank);
            const double exact = sorted[i] + (sorted[i + 1] - sorted[i]) * (rank - double(i));
            INFO("shape " << shape << " p" << percentileLevels()[j]);
            CHECK(std::abs(s.percentiles[j] - exact) <= range / 8192 + 1e-7);
        }
    }
}

#include "stats/partial.h"

namespace {

// The histogram by definition, one value at a time in double: bin k holds lo + k·w ≤ v < lo + (k+1)·w
// with the edges as Histogram::binLow computes them, the last bin closed.
Histogram referenceHistogram(const std::vector<float>& v, int bins, double lo, double hi) {
    Histogram h;
    h.lo = lo;
    h.hi = hi;
    h.counts.assign(static_cast<std::size_t>(bins), 0);
    for (float x : v) {
        if (!std::isfinite(x)) {
            ++h.nonfinite;
        } else if (double(x) < lo) {
            ++h.below;
        } else if (double(x) > hi) {
            ++h.above;
        } else {
            int k = bins - 1;
            while (k > 0 && double(x) < h.binLow(k)) --k;
            ++h.counts[static_cast<std::size_t>(k)];
        }
    }
    return h;
}

}  // namespace

TEST_CASE("histograms equal the definition for every bin count, edges and specials included",
          "[histogram]") {
    Rng rng(12);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();
    // Bin counts on both sides of 32 (the vectorised kernel keeps ≤ 31 bins' edges in registers).
    for (int bins : {1, 2, 3, 7, 10, 29, 30, 31, 32, 33, 64, 100, 1000}) {
        for (auto [lo, hi] : {std::pair{0.0, 1.0}, std::pair{-1.0, 1.0}, std::pair{-0.37, 2.9}, std::pair{1e-3, 1e-3 + 1e-5}}) {
            std::vector<float> v;
            for (int k = 0; k <= bins; ++k) {  // every edge and its float neighbours
                const double e = lo + (hi - lo) * k / bins;
                const float f = static_cast<float>(e);
                v.insert(v.end(), {f, std::nextafter(f, -inf), std::nextafter(f, inf)});
            }
            for (int i = 0; i < 3001; ++i) v.push_back(static_cast<float>(lo + (hi - lo) * (1.4 * rng.uniform01() - 0.2)));
            for (float s : {nan, inf, -inf, -0.0f, 0.0f, std::numeric_limits<float>::max(), -std::numeric_limits<float>::max()}) {
                v.insert(v.begin() + static_cast<std::ptrdiff_t>(rng.below(v.size())), s);
            }
            INFO("bins " << bins << " on [" << lo << ", " << hi << "]");
            // Every length up to one block and a bit, so that every tail is exercised.
            for (std::size_t n : {v.size(), std::size_t(1), std::size_t(15), std::size_t(17), std::size_t(1030)}) {
                const std::vector<float> part(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(std::min(n, v.size())));
                const Histogram got = makeHistogram(part, bins, lo, hi), want = referenceHistogram(part, bins, lo, hi);
                REQUIRE(got.counts == want.counts);
                REQUIRE(got.below == want.below);
                REQUIRE(got.above == want.above);
                REQUIRE(got.nonfinite == want.nonfinite);
            }
        }
    }
}

TEST_CASE("statistics of parts merge into the statistics of the whole", "[stats]") {
    Rng rng(21);
    const Activation& sigmoid = activationByName("sigmoid");
    std::vector<float> v(50000);
    for (auto& x : v) x = static_cast<float>(1.0 / (1.0 + std::exp(-3 * rng.normal())));
    v[17] = std::numeric_limits<float>::quiet_NaN();
    v[40000] = std::numeric_limits<float>::infinity();
    const LayerStats whole = computeStats(v, &sigmoid);
    // Uneven parts, one of them empty, merged in order.
    const std::size_t cuts[] = {0, 0, 999, 20000, 20001, 50000};
    Moments merged;
    std::vector<Moments> parts;
    for (std::size_t i = 0; i + 1 < std::size(cuts); ++i) {
        const std::span<const float> part(v.data() + cuts[i], cuts[i + 1] - cuts[i]);
        parts.push_back(momentsOf(part, &sigmoid));
        merged.merge(parts.back());
    }
    const PercentileCounter counter(merged.min, merged.max);
    std::vector<std::int32_t> buckets(PercentileCounter::kSlots, 0);
    for (std::size_t i = 0; i + 1 < std::size(cuts); ++i) {
        counter.add(std::span<const float>(v.data() + cuts[i], cuts[i + 1] - cuts[i]), buckets.data());
    }
    const LayerStats split = finishStats(merged, counter.percentiles(buckets.data(), merged.finite()), &sigmoid);
    CHECK(split.count == whole.count);
    CHECK(split.nonfinite == 2);
    CHECK(split.mean == Approx(whole.mean).epsilon(1e-6));  // float sums within blocks
    CHECK(split.std == Approx(whole.std).epsilon(1e-6));
    CHECK(split.min == whole.min);
    CHECK(split.max == whole.max);
    CHECK(*split.saturated == *whole.saturated);
    CHECK(split.percentiles == whole.percentiles);
    // And the moments agree with a plain double computation.
    double sum = 0, n = 0;
    for (float x : v) {
        if (std::isfinite(x)) {
            sum += x;
            ++n;
        }
    }
    double m2 = 0;
    for (float x : v) {
        if (std::isfinite(x)) m2 += (x - sum / n) * (x - sum / n);
    }
    CHECK(split.mean == Approx(sum / n).epsilon(1e-6));
    CHECK(split.std == Approx(std::sqrt(m2 / n)).epsilon(1e-6));
}

TEST_CASE("extreme ranges and spreads: every value in a bin of the definition, no index out of range",
          "[histogram][edges]") {
    // Found by review: the float bin index overflowed to INT_MIN for tiny and huge spreads and
    // wrote outside the counts. Each range here is compared with the by-definition histogram.
    const float fmax = std::numeric_limits<float>::max();
    const float denorm = std::numeric_limits<float>::denorm_min();
    const float tiny = std::numeric_limits<float>::min();  // smallest normal
    const std::vector<std::pair<double, double>> ranges = {
        {0.0, 1e-38}, {0.0, 1e-37}, {0.0, 1e-45}, {-1e-40, 1e-40}, {-1e300, 1e300}, {-1e308, 1e308},
        {-double(fmax), double(fmax)}, {0.0, double(fmax)}, {1e6, 1e6 + 1e-3}, {1.0, 1.0 + 1e-12},
        {-1e30, 1e30}, {double(tiny), 2.0 * double(tiny)}, {0.0, 1.0}};
    std::vector<float> v = {0.0f, -0.0f, 1.0f, -1.0f, 0.5f, fmax, -fmax, denorm, -denorm, tiny, 2 * tiny,
                            1e-38f, 5e-39f, 1e-37f, 1e30f, -1e30f, 1e6f, 1e6f + 0.0625f, 1e-3f,
                            std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::infinity()};
    Rng rng(5);
    for (int i = 0; i < 200; ++i) v.push_back(float(rng.normal()) * std::pow(10.0f, float(rng.below(80)) - 40.0f));
    for (int bins : {1, 10, 30, 31, 32, 100, 1000}) {
        for (auto [lo, hi] : ranges) {
            INFO("bins " << bins << " on [" << lo << ", " << hi << "]");
            const Histogram got = makeHistogram(v, bins, lo, hi), want = referenceHistogram(v, bins, lo, hi);
            CHECK(got.counts == want.counts);
            CHECK(got.below == want.below);
            CHECK(got.above == want.above);
            CHECK(got.nonfinite == want.nonfinite);
            for (int k = 0; k <= bins; ++k) REQUIRE(std::isfinite(Histogram::edge(lo, hi, bins, k)));
        }
    }
    // The review's case: tanh values in (−1, 1) on ±1e300 with 10 bins fall in bins 4 and 5.
    std::vector<float> t;
    for (int i = 0; i < 1000; ++i) t.push_back(float(std::tanh(rng.normal())));
    const Histogram h = makeHistogram(t, 10, -1e300, 1e300);
    CHECK(h.counts[4] + h.counts[5] == 1000);
    CHECK(h.counts[4] > 300);
    CHECK(h.counts[5] > 300);
}

TEST_CASE("statistics at the edges of the float range: finite mean and std, percentiles in [min, max]",
          "[stats][edges]") {
    const float fmax = std::numeric_limits<float>::max();
    const float denorm = std::numeric_limits<float>::denorm_min();
    Rng rng(3);
    // Layers of 20,000 values (bucketed percentiles) and 100 (exact), scaled from denormal to huge.
    for (std::size_t n : {std::size_t(100), std::size_t(20000)}) {
        for (double scale : {1e-44, 1e-40, 1e-36, 1e-20, 1.0, 1e17, 3e17, 1e35, 1e37, 1e38}) {
            std::vector<float> v(n);
            for (auto& x : v) x = static_cast<float>(std::clamp(rng.normal(), -3.0, 3.0) * scale);  // finite
            double sum = 0, m2 = 0;
            for (float x : v) sum += x;
            const double mean = sum / double(n);
            for (float x : v) m2 += (x - mean) * (x - mean);
            const LayerStats s = computeStats(v, nullptr);
            INFO("n " << n << ", scale " << scale);
            REQUIRE(std::isfinite(s.mean));
            REQUIRE(std::isfinite(s.std));
            CHECK(s.mean == Approx(mean).epsilon(1e-6).margin(1e-6 * scale));
            CHECK(s.std == Approx(std::sqrt(m2 / double(n))).epsilon(1e-6));
            for (double p : s.percentiles) {
                CHECK(p >= s.min);
                CHECK(p <= s.max);
            }
        }
    }
    // All values equal, ±FLT_MAX together, denormal neighbours: nothing overflows or crashes.
    for (const std::vector<float>& v : {std::vector<float>(9000, fmax), std::vector<float>(9000, denorm)}) {
        const LayerStats s = computeStats(v, nullptr);
        CHECK(s.std == 0.0);
        CHECK(s.percentiles[3] == double(v[0]));
    }
    std::vector<float> extremes(9000);
    for (std::size_t i = 0; i < extremes.size(); ++i) extremes[i] = i % 3 == 0 ? -fmax : i % 3 == 1 ? fmax : denorm;
    const LayerStats e = computeStats(extremes, nullptr);
    CHECK(std::isfinite(e.std));
    CHECK(e.std == Approx(double(fmax) * std::sqrt(2.0 / 3.0)).epsilon(1e-6));
    const double bucket = 2.0 * double(fmax) / PercentileCounter::kBuckets;  // the stated precision
    CHECK(e.percentiles[0] <= -double(fmax) + bucket);
    CHECK(e.percentiles[6] >= double(fmax) - bucket);
    std::vector<float> pair(9000);
    for (std::size_t i = 0; i < pair.size(); ++i) pair[i] = i % 2 ? 2 * denorm : denorm;
    const LayerStats d = computeStats(pair, nullptr);
    CHECK(d.percentiles[0] <= double(denorm) * (1 + 1.0 / PercentileCounter::kBuckets));
    CHECK(d.percentiles[6] >= double(2 * denorm) - double(denorm) / PercentileCounter::kBuckets);
    CHECK(d.std > 0.0);
}
