#include "stats/histogram.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

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
    // Edges as binLow() computes them; a value's bin is found arithmetically, then corrected
    // against these exact edges so a value on an edge opens the next bin, as numpy does.
    double edges[1025];
    std::vector<double> edgeStore;
    double* edge = edges;
    if (bins + 1 > 1025) {
        edgeStore.resize(static_cast<std::size_t>(bins) + 1);
        edge = edgeStore.data();
    }
    for (int k = 0; k <= bins; ++k) edge[k] = h.binLow(k);
    const double scale = bins / (hi - lo);
    std::int64_t* counts = h.counts.data();
    std::int64_t below = 0, above = 0, nonfinite = 0;
    for (float fv : values) {
        const double v = fv;
        if (v >= lo && v <= hi) {
            int k = std::min(static_cast<int>((v - lo) * scale), bins - 1);  // k = ⌊(v − lo)·bins/(hi − lo)⌋
            if (v < edge[k]) {
                --k;
            } else if (k + 1 < bins && v >= edge[k + 1]) {
                ++k;
            }
            ++counts[k];
        } else if (!std::isfinite(v)) {
            ++nonfinite;  // NaN and ±Inf
        } else if (v < lo) {
            ++below;
        } else {
            ++above;
        }
    }
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

// Exact order statistics without sorting: one pass counts the values into fine buckets between
// min and max, a second pass gathers only the buckets that hold a wanted rank, and each of those
// small groups is partially sorted. O(n); the scratch buffers live on, so no page is touched anew.
std::vector<double> orderStatistics(std::span<const float> values, float lo, float hi,
                                    const std::vector<std::size_t>& ranks) {
    constexpr int kBuckets = 4096;
    thread_local std::vector<std::int64_t> cumulative;
    thread_local std::vector<float> gathered;
    const float scale = hi > lo ? static_cast<float>(kBuckets / (double(hi) - lo)) : 0.0f;
    auto bucket = [&](float v) { return std::min(static_cast<int>((v - lo) * scale), kBuckets - 1); };
    cumulative.assign(kBuckets + 1, 0);
    for (float v : values) ++cumulative[static_cast<std::size_t>(bucket(v)) + 1];
    for (int b = 0; b < kBuckets; ++b) cumulative[b + 1] += cumulative[b];
    // The distinct buckets holding the wanted ranks, ascending (ranks ascend).
    std::vector<int> wanted;
    for (std::size_t r : ranks) {
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), static_cast<std::int64_t>(r));
        const int b = static_cast<int>(it - cumulative.begin()) - 1;
        if (wanted.empty() || wanted.back() != b) wanted.push_back(b);
    }
    // Gather those buckets' values, grouped by bucket in `gathered`.
    std::vector<std::int64_t> offset(wanted.size() + 1, 0);
    for (std::size_t w = 0; w < wanted.size(); ++w) {
        offset[w + 1] = offset[w] + cumulative[static_cast<std::size_t>(wanted[w]) + 1] - cumulative[static_cast<std::size_t>(wanted[w])];
    }
    gathered.resize(static_cast<std::size_t>(offset.back()));
    std::vector<std::int64_t> fill(offset.begin(), offset.end() - 1);
    for (float v : values) {
        const int b = bucket(v);
        const auto w = std::lower_bound(wanted.begin(), wanted.end(), b);
        if (w != wanted.end() && *w == b) gathered[static_cast<std::size_t>(fill[static_cast<std::size_t>(w - wanted.begin())]++)] = v;
    }
    std::vector<double> out;
    for (std::size_t r : ranks) {
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), static_cast<std::int64_t>(r));
        const int b = static_cast<int>(it - cumulative.begin()) - 1;
        const auto w = static_cast<std::size_t>(std::lower_bound(wanted.begin(), wanted.end(), b) - wanted.begin());
        auto first = gathered.begin() + offset[w], last = gathered.begin() + offset[w + 1];
        const auto k = static_cast<std::ptrdiff_t>(r - static_cast<std::size_t>(cumulative[static_cast<std::size_t>(b)]));
        std::nth_element(first, first + k, last);
        out.push_back(first[k]);
    }
    return out;
}

}  // namespace

LayerStats computeStats(std::span<const float> values, const Activation* activation) {
    LayerStats s;
    s.count = static_cast<std::int64_t>(values.size());
    thread_local std::vector<float> finite;  // reused: fresh pages are slow to touch
    finite.clear();
    finite.reserve(values.size());
    double sum = 0.0;
    std::int64_t saturated = 0, dead = 0;
    const bool checkSaturation = activation && activation->hasSaturation();
    const bool checkDead = activation && activation->hasDeadUnits();
    const auto [satLo, satHi] = activation ? activation->saturationBounds() : std::pair{0.0, 0.0};
    const float satLoF = static_cast<float>(satLo), satHiF = static_cast<float>(satHi);
    float lo = std::numeric_limits<float>::infinity(), hi = -lo;
    for (float v : values) {
        if (!std::isfinite(v)) {
            ++s.nonfinite;
            continue;
        }
        finite.push_back(v);
        sum += v;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        saturated += (v < satLoF) | (v > satHiF);
        dead += v == 0.0f;
    }
    const auto n = static_cast<double>(finite.size());
    if (finite.empty()) {
        s.min = s.max = s.mean = s.std = std::numeric_limits<double>::quiet_NaN();
        s.percentiles.assign(percentileLevels().size(), std::numeric_limits<double>::quiet_NaN());
    } else {
        s.min = lo;
        s.max = hi;
        s.mean = sum / n;  // μ = Σx / n
        double ss = 0.0;
        for (float v : finite) ss += (v - s.mean) * (v - s.mean);
        s.std = std::sqrt(ss / n);  // σ = √(Σ(x − μ)² / n)
        // Percentile p at rank r = p/100·(n − 1), interpolated between the order statistics ⌊r⌋
        // and ⌊r⌋ + 1 (numpy's default "linear" method).
        std::vector<std::size_t> ranks;
        for (double p : percentileLevels()) {
            const auto i = static_cast<std::size_t>(std::floor(p / 100.0 * (n - 1)));
            ranks.push_back(i);
            ranks.push_back(std::min(i + 1, finite.size() - 1));
        }
        const std::vector<double> order = orderStatistics(finite, lo, hi, ranks);
        for (std::size_t j = 0; j < percentileLevels().size(); ++j) {
            const double rank = percentileLevels()[j] / 100.0 * (n - 1);
            const double lower = order[2 * j], upper = order[2 * j + 1];
            s.percentiles.push_back(lower + (upper - lower) * (rank - std::floor(rank)));
        }
    }
    const double all = static_cast<double>(s.count);
    if (checkSaturation) s.saturated = all > 0 ? saturated / all : 0.0;
    if (checkDead) s.dead = all > 0 ? dead / all : 0.0;
    return s;
}

}  // namespace initscope
