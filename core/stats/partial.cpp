#include "stats/partial.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <Eigen/Core>

#if defined(__AVX512F__)
#include <immintrin.h>
#endif

#include "nn/activation.h"

namespace initscope {
namespace {

using ConstArrayMap = Eigen::Map<const Eigen::ArrayXf>;

ConstArrayMap arrayOf(std::span<const float> values) {
    return {values.data(), static_cast<Eigen::Index>(values.size())};
}

// Values are counted a block at a time: slot or bucket numbers first (vectorised), then the
// increments, into interleaved copies of the counts so that runs of values in one slot (a
// saturated sigmoid, tanh's negative half, ReLU's zeros) do not wait on each other's increments.
constexpr std::size_t kBlock = 1024;

// The smallest float ≥ e and the largest float ≤ e: for a float v and a double e, v ≥ e exactly
// when v ≥ floatAtLeast(e).
float floatAtLeast(double e) {
    float f = static_cast<float>(e);
    if (double(f) < e) f = std::nextafter(f, std::numeric_limits<float>::infinity());
    return f;
}
float floatAtMost(double e) {
    float f = static_cast<float>(e);
    if (double(f) > e) f = std::nextafter(f, -std::numeric_limits<float>::infinity());
    return f;
}

}  // namespace

void Moments::merge(const Moments& o) {
    const double n1 = static_cast<double>(finite()), n2 = static_cast<double>(o.finite());
    if (o.finite() > 0) {
        if (finite() == 0) {
            min = o.min;
            max = o.max;
            mean = o.mean;
            m2 = o.m2;
        } else {
            min = std::min(min, o.min);
            max = std::max(max, o.max);
            const double n = n1 + n2, delta = o.mean - mean;  // δ = μ₂ − μ₁
            mean += delta * n2 / n;                            // μ = μ₁ + δ·n₂/n
            m2 += o.m2 + delta * delta * n1 * n2 / n;          // M₂ = M₂₁ + M₂₂ + δ²·n₁n₂/n
        }
    }
    count += o.count;
    nonfinite += o.nonfinite;
    saturated += o.saturated;
    dead += o.dead;
}

Moments momentsOf(std::span<const float> values, const Activation* activation) {
    Moments m;
    m.count = static_cast<std::int64_t>(values.size());
    if (values.empty()) return m;
    // The moments of the finite values alone, when some are not.
    auto ofFiniteValues = [&] {
        thread_local std::vector<float> finite;  // reused: fresh pages are slow to touch
        finite.clear();
        for (float v : values) {
            if (std::isfinite(v)) finite.push_back(v);
        }
        Moments f = momentsOf(finite, activation);
        f.count = m.count;
        f.nonfinite = m.count - static_cast<std::int64_t>(finite.size());
        return f;
    };
    const ConstArrayMap a = arrayOf(values);
    m.min = a.minCoeff();
    m.max = a.maxCoeff();
    // ±Inf shows in the extremes; a NaN may not (the vectorised min/max can skip it), but it
    // makes the sum below NaN, which a finite sum of these values cannot be (see below). Neither
    // costs a pass of its own.
    if (!std::isfinite(m.min) || !std::isfinite(m.max)) return ofFiniteValues();
    const auto n = static_cast<double>(values.size());
    // Float sums are exact enough and twice as fast while squares stay normal floats: a block's
    // Σ(x − μ)² ≤ 4096·(2·2⁵⁶)² < FLT_MAX, and squares of values ≥ 2⁻⁵⁰ do not underflow.
    // Beyond that (exploding or vanishing layers) everything is summed in double, where no
    // finite float can overflow or underflow: every finite layer has a finite mean and std.
    const float largest = std::max(std::abs(m.min), std::abs(m.max));
    if (largest > 0x1p56f || (largest < 0x1p-50f && largest > 0.0f)) {
        const auto d = a.cast<double>();
        m.mean = d.sum() / n;                                        // μ = Σx / n
        m.m2 = (d - m.mean).square().sum();                          // Σ(x − μ)²
    } else {
        // Sums run in float over blocks of 4096 (vectorised) and in double across blocks.
        auto blockSum = [&](auto&& term) {
            double total = 0.0;
            for (Eigen::Index i = 0; i < a.size(); i += 4096) {
                total += term(a.segment(i, std::min<Eigen::Index>(4096, a.size() - i)));
            }
            return total;
        };
        m.mean = blockSum([](const auto& b) { return b.sum(); }) / n;  // μ = Σx / n
        const float mu = static_cast<float>(m.mean);
        // Σ(x − μ)², corrected for μ rounded to float: Σ(x − μ_f)² − n(μ − μ_f)²
        const double shift = m.mean - double(mu);
        m.m2 = std::max(0.0, blockSum([mu](const auto& b) { return (b - mu).square().sum(); }) - n * shift * shift);
    }
    if (!std::isfinite(m.mean) || !std::isfinite(m.m2)) return ofFiniteValues();  // a NaN among them
    if (activation && activation->hasSaturation()) {
        const auto [lo, hi] = activation->saturationBounds();
        m.saturated = (a < static_cast<float>(lo) || a > static_cast<float>(hi)).count();
    }
    if (activation && activation->hasDeadUnits()) m.dead = (a == 0.0f).count();
    return m;
}

std::pair<double, double> rangeAround(float min, float max) {
    if (!(min <= max)) return {0.0, 1.0};  // no finite value at all
    if (min == max) {
        const double pad = std::max(std::abs(double(min)) * 0.5, 0.5);
        return {min - pad, max + pad};
    }
    return {min, max};
}

std::pair<double, double> automaticRange(const Moments& m, const Activation* activation) {
    if (activation) {
        if (auto range = activation->outputRange()) return *range;
    }
    constexpr float kInf = std::numeric_limits<float>::infinity();
    return m.finite() == 0 ? rangeAround(kInf, -kInf) : rangeAround(m.min, m.max);  // none: (0, 1)
}

BinCounter::BinCounter(int bins, double lo, double hi) : m_bins(bins), m_lo(lo), m_hi(hi) {
    if (bins < 1) throw std::invalid_argument("histogram: bins must be ≥ 1");
    if (!(lo < hi) || !std::isfinite(lo) || !std::isfinite(hi)) {
        throw std::invalid_argument("histogram: need finite lo < hi");
    }
    m_edge.resize(static_cast<std::size_t>(bins) + 1);
    for (int k = 0; k < bins; ++k) m_edge[static_cast<std::size_t>(k)] = floatAtLeast(Histogram::edge(lo, hi, bins, k));
    m_edge[static_cast<std::size_t>(bins)] = std::numeric_limits<float>::infinity();  // the last bin is closed
    m_flo = floatAtLeast(lo);
    m_fhi = floatAtMost(hi);
    m_scale = static_cast<float>(bins / (hi - lo));
    // The float estimate ⌊(v − lo)·scale⌋ is off by less than one bin, and so corrected by one
    // comparison with each neighbouring edge, when every quantity in it is a finite float and a
    // bin spans at least four float steps of the largest bound: the rounding of v − lo then moves
    // the estimate by at most a quarter of a bin, that of the product and the scale by ~1e-4.
    const float largest = std::max(std::abs(m_flo), std::abs(m_fhi));
    const double width = (hi - lo) / bins;
    const double step = std::isfinite(largest) ? double(std::nextafter(largest, std::numeric_limits<float>::infinity())) - largest
                                               : std::numeric_limits<double>::infinity();
    m_fast = m_flo <= m_fhi && std::isfinite(m_fhi - m_flo) && std::isfinite(m_scale) && m_scale > 0.0f &&
             std::isfinite(width) && width >= 4.0 * step;
}

void BinCounter::add(std::span<const float> values, std::int64_t* totals) const {
    const std::span<const float> one[] = {values};
    add(std::span<const std::span<const float>>(one), totals);
}

void BinCounter::add(std::span<const std::span<const float>> parts, std::int64_t* totals) const {
    alignas(64) std::int32_t slot[kBlock];
    // Eight copies: the book's histograms put most values in a handful of bins.
    constexpr std::size_t kCopies = 8;
    thread_local std::vector<std::int32_t> counts;
    const std::size_t stride = static_cast<std::size_t>(slotCount()) + 1;  // +1: copies apart
    counts.assign(kCopies * stride, 0);
    std::int32_t* c = counts.data();
    for (const std::span<const float> values : parts) {
    for (std::size_t start = 0; start < values.size(); start += kBlock) {
        const std::size_t m = std::min(kBlock, values.size() - start);
        const float* __restrict p = values.data() + start;
        if (m_fast) {
            slotsOf(p, m, slot);
        } else {
            slotsExact(p, m, slot);
        }
        const std::size_t m8 = m & ~(kCopies - 1);
        for (std::size_t i = 0; i < m8; i += kCopies) {
            for (std::size_t j = 0; j < kCopies; ++j) ++c[j * stride + static_cast<std::size_t>(slot[i + j])];
        }
        for (std::size_t i = m8; i < m; ++i) ++c[static_cast<std::size_t>(slot[i])];
    }
    }
    for (std::size_t s = 0; s < static_cast<std::size_t>(slotCount()); ++s) {
        std::int64_t sum = 0;
        for (std::size_t j = 0; j < kCopies; ++j) sum += c[j * stride + s];
        totals[s] += sum;
    }
}

void BinCounter::slotsOf(const float* __restrict p, std::size_t m, std::int32_t* __restrict slot) const {
    // A value's bin is found in float arithmetic, then corrected against the exact edges, so a
    // value on an edge opens the next bin, as numpy does.
    const float flo = m_flo, fhi = m_fhi, scale = m_scale;
    const int last = m_bins - 1, above = m_bins + 1, nonfinite = m_bins + 2;
#if defined(__AVX512F__)
    if (m_bins < 32) {  // all the edges fit in two registers: a permute instead of two gathers
        alignas(64) float table[32];
        std::fill(std::begin(table), std::end(table), std::numeric_limits<float>::infinity());
        std::copy(m_edge.begin(), m_edge.end(), table);
        const __m512 e0 = _mm512_load_ps(table), e1 = _mm512_load_ps(table + 16);
        const __m512 vlo = _mm512_set1_ps(flo), vhi = _mm512_set1_ps(fhi), vscale = _mm512_set1_ps(scale);
        const __m512 vlastf = _mm512_set1_ps(static_cast<float>(last));
        const __m512i one = _mm512_set1_epi32(1), zero = _mm512_setzero_si512();
        const __m512i vabove = _mm512_set1_epi32(above), vnonfinite = _mm512_set1_epi32(nonfinite);
        for (std::size_t i = 0; i < m; i += 16) {
            const __mmask16 lanes = m - i >= 16 ? __mmask16(0xFFFF) : __mmask16((1u << (m - i)) - 1);
            const __m512 v = _mm512_maskz_loadu_ps(lanes, p + i);
            const __mmask16 finite = _mm512_cmp_ps_mask(_mm512_sub_ps(v, v), _mm512_setzero_ps(), _CMP_EQ_OQ);
            __m512 c = _mm512_mask_blend_ps(finite, vlo, v);
            c = _mm512_min_ps(_mm512_max_ps(c, vlo), vhi);
            // ⌊(v − lo)·bins/(hi − lo)⌋, clamped to [0, bins − 1] before the conversion (max/min
            // with 0 first: a NaN product becomes 0), so no index can leave the table.
            __m512 t = _mm512_mul_ps(_mm512_sub_ps(c, vlo), vscale);
            t = _mm512_min_ps(_mm512_max_ps(t, _mm512_setzero_ps()), vlastf);
            __m512i k = _mm512_cvttps_epi32(t);
            const __m512 below = _mm512_permutex2var_ps(e0, k, e1);
            const __m512 next = _mm512_permutex2var_ps(e0, _mm512_add_epi32(k, one), e1);
            k = _mm512_mask_add_epi32(k, _mm512_cmp_ps_mask(c, next, _CMP_GE_OQ), k, one);
            k = _mm512_mask_sub_epi32(k, _mm512_cmp_ps_mask(c, below, _CMP_LT_OQ), k, one);
            __m512i sl = _mm512_add_epi32(k, one);
            sl = _mm512_mask_mov_epi32(sl, _mm512_cmp_ps_mask(v, vhi, _CMP_GT_OQ), vabove);
            sl = _mm512_mask_mov_epi32(sl, _mm512_cmp_ps_mask(v, vlo, _CMP_LT_OQ), zero);
            sl = _mm512_mask_mov_epi32(sl, _mm512_knot(finite), vnonfinite);
            _mm512_mask_storeu_epi32(slot + i, lanes, sl);
        }
        return;
    }
#endif
    const float* edge = m_edge.data();
    const float lastf = static_cast<float>(last);
    for (std::size_t i = 0; i < m; ++i) {  // vectorised: no branches, a gather for the edges
        const float v = p[i];
        const bool finite = (v - v) == 0.0f;  // false for NaN and ±Inf
        float c = finite ? v : flo;
        c = c < flo ? flo : c;
        c = c > fhi ? fhi : c;
        float t = (c - flo) * scale;  // k = ⌊(v − lo)·bins/(hi − lo)⌋, clamped before converting
        t = t > 0.0f ? t : 0.0f;      // (a NaN product becomes 0)
        t = t < lastf ? t : lastf;
        int k = static_cast<int>(t);
        // k is off by at most one: both neighbouring edges are fetched at once (independent gathers).
        const float below = edge[k], next = edge[k + 1];
        k += (c >= next ? 1 : 0) - (c < below ? 1 : 0);
        int s = k + 1;
        s = v > fhi ? above : s;
        s = v < flo ? 0 : s;
        slot[i] = finite ? s : nonfinite;
    }
}

void BinCounter::slotsExact(const float* p, std::size_t m, std::int32_t* slot) const {
    const float* first = m_edge.data();
    const float* last = first + m_bins;  // edge[bins] = +∞ is never ≤ a finite value
    for (std::size_t i = 0; i < m; ++i) {
        const float v = p[i];
        if (!std::isfinite(v)) {
            slot[i] = m_bins + 2;
        } else if (v < m_flo) {
            slot[i] = 0;
        } else if (v > m_fhi) {
            slot[i] = m_bins + 1;
        } else {  // edge[0] = flo ≤ v: the bin is the number of edges ≤ v, less one
            slot[i] = static_cast<std::int32_t>(std::upper_bound(first, last, v) - first);
        }
    }
}

Histogram BinCounter::histogram(const std::int64_t* slots) const {
    Histogram h;
    h.lo = m_lo;
    h.hi = m_hi;
    h.counts.assign(slots + 1, slots + 1 + m_bins);
    h.below = slots[0];
    h.above = slots[m_bins + 1];
    h.nonfinite = slots[m_bins + 2];
    return h;
}

PercentileCounter::PercentileCounter(float min, float max)
    : m_lo(min),
      m_hi(max),
      m_scale(max > min ? static_cast<float>(kBuckets / (double(max) - min)) : 0.0f),
      m_scaleExact(max > min ? kBuckets / (double(max) - min) : 0.0),
      // float (v − min)·scale is within a bucket of the truth when both factors are finite floats
      m_fast(max > min && std::isfinite(max - min) && std::isfinite(m_scale)) {}

void PercentileCounter::add(std::span<const float> values, std::int32_t* buckets) const {
    const std::span<const float> one[] = {values};
    add(std::span<const std::span<const float>>(one), buckets);
}

void PercentileCounter::add(std::span<const std::span<const float>> parts, std::int32_t* buckets) const {
    alignas(64) std::int32_t bucket[kBlock];
    // Four copies of the counts, interleaved as in BinCounter (ReLU's zeros, half of its values,
    // all fall in the first bucket); the other three are added in at the end.
    constexpr std::size_t kCopies = 4;
    thread_local std::vector<std::int32_t> others;
    others.assign((kCopies - 1) * kSlots, 0);
    std::int32_t* c1 = others.data();
    std::int32_t* c2 = c1 + kSlots;
    std::int32_t* c3 = c2 + kSlots;
    const float lo = m_lo, hi = m_hi, scale = m_scale;
    constexpr int kLast = kBuckets - 1, kIgnored = kBuckets;
    constexpr float kLastF = static_cast<float>(kLast);
    for (const std::span<const float> values : parts) {
    for (std::size_t start = 0; start < values.size(); start += kBlock) {
        const std::size_t m = std::min(kBlock, values.size() - start);
        const float* __restrict p = values.data() + start;
        if (m_fast) {
            for (std::size_t i = 0; i < m; ++i) {  // vectorised
                const float v = p[i];
                const bool inside = v >= lo && v <= hi;  // false for NaN and ±Inf (outside [min, max])
                const float c = inside ? v : lo;
                float t = (c - lo) * scale;  // ⌊(v − min)·K/(max − min)⌋, clamped before converting
                t = t < kLastF ? t : kLastF;
                bucket[i] = inside ? static_cast<int>(t) : kIgnored;
            }
        } else {  // a spread float cannot scale (below ~1e-35 or beyond FLT_MAX): in double
            for (std::size_t i = 0; i < m; ++i) {
                const float v = p[i];
                if (!(v >= lo && v <= hi)) {
                    bucket[i] = kIgnored;
                    continue;
                }
                const double t = (double(v) - double(lo)) * m_scaleExact;
                bucket[i] = t >= kLast ? kLast : static_cast<int>(t > 0.0 ? t : 0.0);
            }
        }
        const std::size_t m4 = m & ~(kCopies - 1);
        for (std::size_t i = 0; i < m4; i += kCopies) {
            ++buckets[bucket[i]];
            ++c1[bucket[i + 1]];
            ++c2[bucket[i + 2]];
            ++c3[bucket[i + 3]];
        }
        for (std::size_t i = m4; i < m; ++i) ++c1[bucket[i]];
    }
    }
    for (int b = 0; b < kSlots; ++b) buckets[b] += c1[b] + c2[b] + c3[b];
}

std::vector<double> PercentileCounter::percentiles(const std::int32_t* buckets, std::int64_t finite) const {
    const auto& levels = percentileLevels();
    std::vector<double> out;
    if (finite <= 0) {
        out.assign(levels.size(), std::numeric_limits<double>::quiet_NaN());
        return out;
    }
    if (!(m_lo < m_hi)) {  // every value is the same
        out.assign(levels.size(), double(m_lo));
        return out;
    }
    thread_local std::vector<std::int64_t> cumulative;  // cumulative[b] = values in buckets < b
    cumulative.resize(kBuckets + 1);
    cumulative[0] = 0;
    for (int b = 0; b < kBuckets; ++b) cumulative[b + 1] = cumulative[b] + buckets[b];
    const double width = (double(m_hi) - m_lo) / kBuckets;
    // The value of rank r: its bucket, then spread evenly across the bucket by rank.
    auto orderStatistic = [&](std::int64_t r) {
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
        const auto b = static_cast<std::size_t>(it - cumulative.begin()) - 1;
        const double inBucket = double(cumulative[b + 1] - cumulative[b]);
        const double position = (double(r - cumulative[b]) + 0.5) / inBucket;
        return std::clamp(m_lo + width * (double(b) + position), double(m_lo), double(m_hi));
    };
    const auto n = static_cast<double>(finite);
    for (double p : levels) {
        const double rank = p / 100.0 * (n - 1);  // numpy's "linear": r = p/100·(n − 1)
        const auto i = static_cast<std::int64_t>(std::floor(rank));
        const double lower = orderStatistic(i), upper = orderStatistic(std::min(i + 1, finite - 1));
        out.push_back(lower + (upper - lower) * (rank - double(i)));
    }
    return out;
}

std::vector<double> exactPercentiles(std::vector<float>& values) {
    std::erase_if(values, [](float v) { return !std::isfinite(v); });
    const auto& levels = percentileLevels();
    std::vector<double> out;
    if (values.empty()) {
        out.assign(levels.size(), std::numeric_limits<double>::quiet_NaN());
        return out;
    }
    std::sort(values.begin(), values.end());
    const double n = static_cast<double>(values.size());
    for (double p : levels) {
        const double rank = p / 100.0 * (n - 1);
        const auto i = static_cast<std::size_t>(std::floor(rank));
        const double lower = values[i], upper = values[std::min(i + 1, values.size() - 1)];
        out.push_back(lower + (upper - lower) * (rank - double(i)));
    }
    return out;
}

LayerStats finishStats(const Moments& m, std::vector<double> percentiles, const Activation* activation) {
    LayerStats s;
    s.count = m.count;
    s.nonfinite = m.nonfinite;
    if (m.finite() == 0) {
        s.min = s.max = s.mean = s.std = std::numeric_limits<double>::quiet_NaN();
    } else {
        s.min = m.min;
        s.max = m.max;
        s.mean = m.mean;
        s.std = std::sqrt(m.m2 / static_cast<double>(m.finite()));  // σ = √(Σ(x − μ)² / n)
    }
    s.percentiles = std::move(percentiles);
    const double all = static_cast<double>(m.count);
    if (activation && activation->hasSaturation()) s.saturated = all > 0 ? double(m.saturated) / all : 0.0;
    if (activation && activation->hasDeadUnits()) s.dead = all > 0 ? double(m.dead) / all : 0.0;
    return s;
}

}  // namespace initscope
