// libFuzzer target: arbitrary floats (denormals, ±FLT_MAX, NaN, ±Inf, runs of equal values) and
// arbitrary ranges through the statistics and the histograms. Nothing may crash or write out of
// bounds (ASan), every count must add up, every bin must hold exactly what the definition puts
// there, and every finite layer must get a finite mean and standard deviation.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "stats/histogram.h"
#include "stats/partial.h"

using namespace initscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Header: bins (2 bytes), lo and hi (8 bytes each, any double); then the values (4 bytes each).
    if (size < 18) return 0;
    std::uint16_t rawBins = 0;
    double lo = 0, hi = 0;
    std::memcpy(&rawBins, data, 2);
    std::memcpy(&lo, data + 2, 8);
    std::memcpy(&hi, data + 10, 8);
    const int bins = 1 + rawBins % 1000;
    std::vector<float> v((size - 18) / 4);
    if (!v.empty()) std::memcpy(v.data(), data + 18, v.size() * 4);

    const LayerStats s = computeStats(v, nullptr);
    std::int64_t finite = 0;
    for (float x : v) finite += std::isfinite(x);
    if (s.count != std::int64_t(v.size()) || s.nonfinite != std::int64_t(v.size()) - finite) __builtin_trap();
    if (finite > 0) {
        if (!std::isfinite(s.mean) || !std::isfinite(s.std) || s.std < 0) __builtin_trap();
        // Within [min, max], up to the rounding of a sum (relative 1e-6).
        const double tol = 1e-6 * (std::abs(s.min) + std::abs(s.max)) + 1e-44;
        if (s.mean < s.min - tol || s.mean > s.max + tol) __builtin_trap();
        for (double p : s.percentiles) {
            if (!(p >= s.min - tol && p <= s.max + tol)) __builtin_trap();
        }
    }
    if (!(std::isfinite(lo) && std::isfinite(hi) && lo < hi)) {
        const auto [alo, ahi] = automaticRange(v, nullptr);
        lo = alo;
        hi = ahi;
    }
    const Histogram h = makeHistogram(v, bins, lo, hi);
    if (h.total() != std::int64_t(v.size())) __builtin_trap();
    // Every value where the definition puts it: bin k holds edge(k) ≤ x < edge(k + 1), the last
    // bin closed at hi.
    std::vector<std::int64_t> want(static_cast<std::size_t>(bins), 0);
    std::int64_t below = 0, above = 0;
    for (float x : v) {
        if (!std::isfinite(x)) continue;
        if (double(x) < lo) {
            ++below;
        } else if (double(x) > hi) {
            ++above;
        } else {
            int k = bins - 1;
            while (k > 0 && double(x) < Histogram::edge(lo, hi, bins, k)) --k;
            ++want[static_cast<std::size_t>(k)];
        }
    }
    if (want != h.counts || below != h.below || above != h.above) __builtin_trap();
    return 0;
}
