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
    const double scale = bins / (hi - lo);
    for (float fv : values) {
        const double v = fv;
        if (!std::isfinite(v)) {
            ++h.nonfinite;
        } else if (v < lo) {
            ++h.below;
        } else if (v > hi) {
            ++h.above;
        } else {
            // k = ⌊(v − lo)·bins/(hi − lo)⌋, clamped so v = hi lands in the last (closed) bin;
            // then nudged so the bin edges computed by binLow() decide, as numpy does.
            auto k = static_cast<int>((v - lo) * scale);
            k = std::min(k, bins - 1);
            if (k > 0 && v < h.binLow(k)) --k;
            if (k + 1 < bins && v >= h.binLow(k + 1)) ++k;
            ++h.counts[static_cast<std::size_t>(k)];
        }
    }
    return h;
}

std::pair<double, double> automaticRange(std::span<const float> values,
                                         const Activation* activation) {
    if (activation) {
        if (auto range = activation->outputRange()) return *range;
    }
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (float v : values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, double(v));
            hi = std::max(hi, double(v));
        }
    }
    if (!(lo <= hi)) return {0.0, 1.0};  // no finite value at all
    if (lo == hi) {
        const double pad = std::max(std::abs(lo) * 0.5, 0.5);
        return {lo - pad, hi + pad};
    }
    return {lo, hi};
}

const std::vector<double>& percentileLevels() {
    static const std::vector<double> kLevels = {1, 5, 25, 50, 75, 95, 99};
    return kLevels;
}

LayerStats computeStats(std::span<const float> values, const Activation* activation) {
    LayerStats s;
    s.count = static_cast<std::int64_t>(values.size());
    std::vector<float> finite;
    finite.reserve(values.size());
    double sum = 0.0;
    std::int64_t saturated = 0, dead = 0;
    const bool checkSaturation = activation && activation->hasSaturation();
    const bool checkDead = activation && activation->hasDeadUnits();
    s.min = std::numeric_limits<double>::infinity();
    s.max = -s.min;
    for (float v : values) {
        if (!std::isfinite(v)) {
            ++s.nonfinite;
            continue;
        }
        finite.push_back(v);
        sum += v;
        s.min = std::min(s.min, double(v));
        s.max = std::max(s.max, double(v));
        if (checkSaturation && activation->isSaturated(v)) ++saturated;
        if (checkDead && v == 0.0f) ++dead;
    }
    const auto n = static_cast<double>(finite.size());
    if (finite.empty()) {
        s.min = s.max = s.mean = s.std = std::numeric_limits<double>::quiet_NaN();
        s.percentiles.assign(percentileLevels().size(), std::numeric_limits<double>::quiet_NaN());
    } else {
        s.mean = sum / n;  // μ = Σx / n
        double ss = 0.0;
        for (float v : finite) ss += (v - s.mean) * (v - s.mean);
        s.std = std::sqrt(ss / n);  // σ = √(Σ(x − μ)² / n)
        // Percentile p at rank r = p/100·(n − 1), interpolated between ⌊r⌋ and ⌈r⌉ (numpy's
        // default "linear" method). Levels ascend, so each nth_element works on the right part.
        auto begin = finite.begin();
        for (double p : percentileLevels()) {
            const double rank = p / 100.0 * (n - 1);
            const auto i = static_cast<std::ptrdiff_t>(std::floor(rank));
            std::nth_element(begin, finite.begin() + i, finite.end());
            const double lower = finite[static_cast<std::size_t>(i)];
            double upper = lower;
            if (i + 1 < static_cast<std::ptrdiff_t>(finite.size())) {
                upper = *std::min_element(finite.begin() + i + 1, finite.end());
            }
            s.percentiles.push_back(lower + (upper - lower) * (rank - double(i)));
            begin = finite.begin() + i;
        }
    }
    const double all = static_cast<double>(s.count);
    if (checkSaturation) s.saturated = all > 0 ? saturated / all : 0.0;
    if (checkDead) s.dead = all > 0 ? dead / all : 0.0;
    return s;
}

}  // namespace initscope
