#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "stats/histogram.h"

namespace initscope {

// Statistics computed on parts of one layer's values (row blocks handled by different threads)
// and merged: every piece here adds up exactly, in a fixed order, so a split layer gives the same
// numbers whatever the thread count.

// Count, extremes and moments of the finite values, and the saturated / dead counts.
struct Moments {
    std::int64_t count = 0;      // all values, finite or not
    std::int64_t nonfinite = 0;  // NaN and ±Inf, excluded from everything below
    float min = 0.0f;            // of the finite values (meaningless while there are none)
    float max = 0.0f;
    double mean = 0.0;  // μ = Σx / n
    double m2 = 0.0;    // Σ(x − μ)²
    std::int64_t saturated = 0;
    std::int64_t dead = 0;

    std::int64_t finite() const { return count - nonfinite; }
    // Chan et al.: μ = (n₁μ₁ + n₂μ₂)/n, M₂ = M₂₁ + M₂₂ + δ²·n₁n₂/n with δ = μ₂ − μ₁.
    void merge(const Moments& other);
};

// One pass-friendly summary of `values`; `activation` decides saturated (sigmoid, tanh) and
// dead (ReLU) counting, nullptr for neither.
Moments momentsOf(std::span<const float> values, const Activation* activation);

// The fitted range of finite values in [min, max] (min > max: none): widened when they are equal.
std::pair<double, double> rangeAround(float min, float max);

// automaticRange() for a layer known by its merged moments.
std::pair<double, double> automaticRange(const Moments& moments, const Activation* activation);

// A histogram grid prepared once (edges, scale) and applied to any number of parts. Counts go
// to slots: 0 below the range, 1…bins the bins, bins + 1 above, bins + 2 non-finite.
class BinCounter {
public:
    // bins ≥ 1, lo < hi, both finite (throws std::invalid_argument otherwise). Any such range
    // works: where float arithmetic cannot place a value within one bin of the right one (a
    // range beyond ±FLT_MAX, bins narrower than a few float steps, a spread below 1e-35) every
    // value is placed exactly by a search of the edges instead.
    BinCounter(int bins, double lo, double hi);
    // True when values are placed by the vectorised float estimate (the usual case).
    bool isFast() const { return m_fast; }
    int slotCount() const { return m_bins + 3; }
    // Adds the slot counts of `values` to totals[0 … slotCount()).
    void add(std::span<const float> values, std::int64_t* totals) const;
    // The same for several arrays at once (one set of scratch counters for all).
    void add(std::span<const std::span<const float>> parts, std::int64_t* totals) const;
    Histogram histogram(const std::int64_t* totals) const;

private:
    // slot[i] for p[0 … m).
    void slotsOf(const float* __restrict p, std::size_t m, std::int32_t* __restrict slot) const;

    // The exact placement: the number of edges ≤ v, by binary search.
    void slotsExact(const float* p, std::size_t m, std::int32_t* slot) const;

    int m_bins;
    double m_lo, m_hi;
    float m_flo, m_fhi, m_scale;
    bool m_fast = true;
    std::vector<float> m_edge;  // smallest float ≥ each bin's low edge; +∞ closes the last bin
};

// Percentiles (percentileLevels()) of a layer whose finite values lie in [min, max]: counts in
// kBuckets equal buckets, added up over the parts, then each order statistic placed within its
// bucket by rank — off by at most (max − min)/kBuckets. Small layers use exactPercentiles.
class PercentileCounter {
public:
    static constexpr int kBuckets = 8192;
    static constexpr int kSlots = kBuckets + 1;  // the last slot takes values outside [min, max]
    // Any finite min ≤ max: spreads too small or too large for float arithmetic (a scale that
    // overflows, max − min beyond FLT_MAX) are bucketed in double instead.
    PercentileCounter(float min, float max);
    // Adds the bucket counts of `values` to buckets[0 … kSlots); non-finite values and any outside
    // [min, max] go to the last slot, which percentiles() ignores.
    void add(std::span<const float> values, std::int32_t* buckets) const;
    void add(std::span<const std::span<const float>> parts, std::int32_t* buckets) const;  // several at once
    // `finite`: how many finite values were counted (the sum of the buckets).
    std::vector<double> percentiles(const std::int32_t* buckets, std::int64_t finite) const;

private:
    float m_lo, m_hi, m_scale;
    double m_scaleExact;  // kBuckets / (max − min) in double
    bool m_fast;          // the float bucket index is exact to one bucket
};

// Exact percentiles (numpy's "linear" method) of the finite values; sorts `values` in place.
std::vector<double> exactPercentiles(std::vector<float>& values);

// Layers up to this many values get exact percentiles.
inline constexpr std::int64_t kExactPercentileLimit = 8192;

// The layer statistics from merged moments and percentiles.
LayerStats finishStats(const Moments& moments, std::vector<double> percentiles,
                       const Activation* activation);

}  // namespace initscope
