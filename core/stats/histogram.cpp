#include "stats/histogram.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <Eigen/Core>

#include "nn/activation.h"

namespace initscope {

std::int64_t Histogram::inRange() const {
    std::int64_t n = 0;
    for (std::int64_t c : counts) n += c;
    return n;
}

Histogram makeHistogram(std::span<const float> values, int bins, double lo, double hi) {
    if (bins < 1) throw std::invalid_argument("makeHistogram: bins must be ≥ 1");
    if (!(lo < hi) || !std::isfinite(lo) || !std::isfinite(hi)) {
        throw std::invalid_argument("makeHistogram: need finite lo < hi");
    }
    Histogram h;
    h.lo = lo;
    h.hi = hi;
    h.counts.assign(static_cast<std::size_t>(bins), 0);
    // A value's bin is found in float arithmetic, then corrected against the exact edges, so a
    // value on an edge opens the next bin, as numpy does. Every comparison is exact in float:
    // v ≥ e (e a double) ⇔ v ≥ the smallest float ≥ e.
    auto floatAtLeast = [](double e) {
        float f = static_cast<float>(e);
        if (double(f) < e) f = std::nextafter(f, std::numeric_limits<float>::infinity());
        return f;
    };
    auto floatAtMost = [](double e) {
        float f = static_cast<float>(e);
        if (double(f) > e) f = std::nextafter(f, -std::numeric_limits<float>::infinity());
        return f;
    };
    thread_local std::vector<float> edge;
    thread_local std::vector<std::int32_t> counts;
    edge.resize(static_cast<std::size_t>(bins) + 1);
    for (int k = 0; k < bins; ++k) edge[static_cast<std::size_t>(k)] = floatAtLeast(h.binLow(k));
    edge[static_cast<std::size_t>(bins)] = std::numeric_limits<float>::infinity();  // the last bin is closed
    // Slots: 0 below the range, 1…bins the bins, bins + 1 above, bins + 2 non-finite. Computed
    // without branches: tanh on (0, 1) puts half its values below, which would mispredict.
    // Four interleaved copies of the counts: runs of values in one slot (saturated sigmoid, tanh's
    // negative half) would otherwise wait on each other's increments.
    const std::size_t stride = static_cast<std::size_t>(bins) + 3;
    counts.assign(4 * stride, 0);
    const float flo = floatAtLeast(lo), fhi = floatAtMost(hi);
    const float scale = static_cast<float>(bins / (hi - lo));
    const int aboveSlot = bins + 1, nonfiniteSlot = bins + 2;
    auto slotOf = [&](float v) {
        const bool finite = (v - v) == 0.0f;  // false for NaN and ±Inf
        const float c = finite ? std::min(std::max(v, flo), fhi) : flo;
        int k = std::min(static_cast<int>((c - flo) * scale), bins - 1);  // k = ⌊(v − lo)·bins/(hi − lo)⌋
        k -= c < edge[static_cast<std::size_t>(k)];
        k += c >= edge[static_cast<std::size_t>(k) + 1];
        int slot = k + 1;
        slot = v > fhi ? aboveSlot : slot;
        slot = v < flo ? 0 : slot;
        return static_cast<std::size_t>(finite ? slot : nonfiniteSlot);
    };
    std::int32_t* c0 = counts.data();
    std::int32_t* c1 = c0 + stride;
    std::int32_t* c2 = c1 + stride;
    std::int32_t* c3 = c2 + stride;
    const float* p = values.data();
    const std::size_t n = values.size(), n4 = n & ~std::size_t(3);
    for (std::size_t i = 0; i < n4; i += 4) {
        ++c0[slotOf(p[i])];
        ++c1[slotOf(p[i + 1])];
        ++c2[slotOf(p[i + 2])];
        ++c3[slotOf(p[i + 3])];
    }
    for (std::size_t i = n4; i < n; ++i) ++c0[slotOf(p[i])];
    auto total = [&](int slot) {
        const auto s = static_cast<std::size_t>(slot);
        return std::int64_t(c0[s]) + c1[s] + c2[s] + c3[s];
    };
    for (int k = 0; k < bins; ++k) h.counts[static_cast<std::size_t>(k)] = total(k + 1);
    const std::int64_t below = total(0), above = total(aboveSlot), nonfinite = total(nonfiniteSlot);
    h.below = below;
    h.above = above;
    h.nonfinite = nonfinite;
    return h;
}

std::pair<double, double> automaticRange(std::span<const float> values,
                                         const Activation* activation) {
    if (activation) {
        if (auto range = activation->outputRange()) return *range;
    }
    float lo = std::numeric_limits<float>::infinity();
    float hi = -lo;
    for (float v : values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (!(lo <= hi)) return {0.0, 1.0};  // no finite value at all
    if (lo == hi) {
        const double pad = std::max(std::abs(double(lo)) * 0.5, 0.5);
        return {lo - pad, hi + pad};
    }
    return {lo, hi};
}

const std::vector<double>& percentileLevels() {
    static const std::vector<double> kLevels = {1, 5, 25, 50, 75, 95, 99};
    return kLevels;
}

namespace {

// Percentile levels (ascending) of `values`, numpy's "linear" method: rank r = p/100·(n − 1),
// interpolated between the order statistics ⌊r⌋ and ⌊r⌋ + 1. Exact up to kExactLimit values;
// above, the order statistics come from 16384 equal buckets between min and max, a value placed
// within its bucket by its rank: off by at most (max − min)/16384, at a fraction of the cost of
// selection (this runs for every layer on every redraw).
constexpr std::size_t kExactLimit = 8192;
std::vector<double> percentilesOf(std::span<const float> values, float lo, float hi) {
    const auto& levels = percentileLevels();
    const double n = static_cast<double>(values.size());
    std::vector<double> out;
    if (values.size() <= kExactLimit || !(lo < hi)) {
        thread_local std::vector<float> sorted;
        sorted.assign(values.begin(), values.end());
        std::sort(sorted.begin(), sorted.end());
        for (double p : levels) {
            const double rank = p / 100.0 * (n - 1);
            const auto i = static_cast<std::size_t>(std::floor(rank));
            const double lower = sorted[i], upper = sorted[std::min(i + 1, sorted.size() - 1)];
            out.push_back(lower + (upper - lower) * (rank - double(i)));
        }
        return out;
    }
    constexpr int kBuckets = 16384;
    thread_local std::vector<std::int32_t> cumulative;
    cumulative.assign(kBuckets + 1, 0);
    const float scale = static_cast<float>(kBuckets / (double(hi) - lo));
    // Two interleaved count arrays (see makeHistogram), summed into the cumulative counts.
    thread_local std::vector<std::int32_t> second;
    second.assign(kBuckets + 1, 0);
    auto bucket = [&](float v) { return static_cast<std::size_t>(std::min(static_cast<int>((v - lo) * scale), kBuckets - 1)) + 1; };
    const std::size_t n2 = values.size() & ~std::size_t(1);
    for (std::size_t i = 0; i < n2; i += 2) {
        ++cumulative[bucket(values[i])];
        ++second[bucket(values[i + 1])];
    }
    if (n2 < values.size()) ++cumulative[bucket(values[n2])];
    for (int b = 0; b < kBuckets; ++b) cumulative[b + 1] += cumulative[b] + second[b + 1];
    const double width = (double(hi) - lo) / kBuckets;
    // The value of rank r: its bucket, then spread evenly across the bucket by rank.
    auto orderStatistic = [&](std::size_t r) {
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), static_cast<std::int32_t>(r));
        const auto b = static_cast<std::size_t>(it - cumulative.begin()) - 1;
        const double inBucket = double(cumulative[b + 1] - cumulative[b]);
        const double position = (double(r - static_cast<std::size_t>(cumulative[b])) + 0.5) / inBucket;
        return std::clamp(lo + width * (double(b) + position), double(lo), double(hi));
    };
    for (double p : levels) {
        const double rank = p / 100.0 * (n - 1);
        const auto i = static_cast<std::size_t>(std::floor(rank));
        const double lower = orderStatistic(i), upper = orderStatistic(std::min(i + 1, values.size() - 1));
        out.push_back(lower + (upper - lower) * (rank - double(i)));
    }
    return out;
}

}  // namespace

LayerStats computeStats(std::span<const float> values, const Activation* activation) {
    LayerStats s;
    s.count = static_cast<std::int64_t>(values.size());
    const bool checkSaturation = activation && activation->hasSaturation();
    const bool checkDead = activation && activation->hasDeadUnits();
    const auto [satLo, satHi] = activation ? activation->saturationBounds() : std::pair{0.0, 0.0};
    // Non-finite values are set aside; usually there are none and the values are used in place.
    std::span<const float> finite = values;
    thread_local std::vector<float> copy;  // reused: fresh pages are slow to touch
    using Map = Eigen::Map<const Eigen::ArrayXf>;
    // x·0 is 0 for every finite x and NaN for ±Inf and NaN: one vectorised pass decides.
    if (!((Map(values.data(), static_cast<Eigen::Index>(values.size())) * 0.0f).sum() == 0.0f)) {
        copy.clear();
        for (float v : values) {
            if (std::isfinite(v)) copy.push_back(v);
        }
        s.nonfinite = s.count - static_cast<std::int64_t>(copy.size());
        finite = copy;
    }
    const Map a(finite.data(), static_cast<Eigen::Index>(finite.size()));
    const auto n = static_cast<double>(finite.size());
    if (finite.empty()) {
        s.min = s.max = s.mean = s.std = std::numeric_limits<double>::quiet_NaN();
        s.percentiles.assign(percentileLevels().size(), std::numeric_limits<double>::quiet_NaN());
    } else {
        const float lo = a.minCoeff(), hi = a.maxCoeff();
        s.min = lo;
        s.max = hi;
        // Sums run in float over blocks of 4096 (vectorised) and in double across blocks.
        auto blockSum = [&](auto&& term) {
            double total = 0.0;
            for (Eigen::Index i = 0; i < a.size(); i += 4096) {
                total += term(a.segment(i, std::min<Eigen::Index>(4096, a.size() - i)));
            }
            return total;
        };
        s.mean = blockSum([](const auto& b) { return b.sum(); }) / n;  // μ = Σx / n
        const float mu = static_cast<float>(s.mean);
        // σ = √(Σ(x − μ)² / n)
        s.std = std::sqrt(blockSum([mu](const auto& b) { return (b - mu).square().sum(); }) / n);
        s.percentiles = percentilesOf(finite, lo, hi);
    }
    const double all = static_cast<double>(s.count);
    if (checkSaturation) {
        const auto saturated = (a < static_cast<float>(satLo) || a > static_cast<float>(satHi)).count();
        s.saturated = all > 0 ? double(saturated) / all : 0.0;
    }
    if (checkDead) s.dead = all > 0 ? double((a == 0.0f).count()) / all : 0.0;
    return s;
}

}  // namespace initscope
