#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace initscope {

class Activation;

// A fixed-range histogram. Bins are half-open [lo + k·w, lo + (k+1)·w) except the last, which is
// closed at hi (numpy.histogram semantics). Values outside [lo, hi] and non-finite values are
// counted separately, never dropped.
struct Histogram {
    double lo = 0.0;
    double hi = 1.0;
    std::vector<std::int64_t> counts;
    std::int64_t below = 0;
    std::int64_t above = 0;
    std::int64_t nonfinite = 0;

    int bins() const { return static_cast<int>(counts.size()); }
    // The low edge of bin k of `bins` equal bins on [lo, hi] (k = bins gives hi): numpy's
    // lo + (hi − lo)·k/bins, or, where hi − lo overflows a double (±1e308), the same point
    // computed without the overflow.
    static double edge(double lo, double hi, int bins, int k) {
        const double n = static_cast<double>(bins);
        const double width = hi - lo;
        if (std::isfinite(width)) return lo + width * k / n;
        return k == bins ? hi : lo / n * (n - k) + hi / n * k;
    }
    double binWidth() const { return (hi - lo) / static_cast<double>(counts.size()); }
    double binLow(int k) const { return edge(lo, hi, bins(), k); }
    double binHigh(int k) const { return binLow(k + 1); }
    std::int64_t inRange() const;
    std::int64_t total() const { return inRange() + below + above + nonfinite; }
};

// Fills a histogram of `values` on [lo, hi] with `bins` bins (bins ≥ 1, lo < hi, both finite).
Histogram makeHistogram(std::span<const float> values, int bins, double lo, double hi);

// How a layer's histogram range is chosen.
struct HistogramRange {
    bool automatic = false;  // true: the activation's natural range, else fitted to the data
    double lo = 0.0;
    double hi = 1.0;

    // An automatic range ignores lo and hi.
    bool operator==(const HistogramRange& o) const {
        return automatic == o.automatic && (automatic || (lo == o.lo && hi == o.hi));
    }
};

// The automatic range for these values: the activation's output range when bounded (sigmoid
// (0, 1), tanh (−1, 1)), else [min, max] of the finite values (widened when they are all equal).
std::pair<double, double> automaticRange(std::span<const float> values,
                                         const Activation* activation);

// Summary statistics of one layer over all its values (samples × units).
struct LayerStats {
    std::int64_t count = 0;      // all values, finite or not
    std::int64_t nonfinite = 0;  // NaN or ±Inf, excluded from everything below
    double mean = 0.0;
    double std = 0.0;  // population standard deviation
    double min = 0.0;
    double max = 0.0;
    // Percentiles 1, 5, 25, 50, 75, 95, 99 (linear interpolation between order statistics, as
    // numpy): exact up to 8192 values, above within (max − min)/8192 — bucketed, for speed.
    std::vector<double> percentiles;
    std::optional<double> saturated;  // fraction saturated (sigmoid, tanh), else nullopt
    std::optional<double> dead;       // fraction exactly 0 (ReLU), else nullopt
};

const std::vector<double>& percentileLevels();  // {1, 5, 25, 50, 75, 95, 99}

// `activation` decides which of saturated / dead apply; pass nullptr for neither (gradients).
LayerStats computeStats(std::span<const float> values, const Activation* activation);

}  // namespace initscope
