#include "stats/histogram.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <Eigen/Core>

#include "nn/activation.h"
#include "stats/partial.h"

namespace initscope {

std::int64_t Histogram::inRange() const {
    std::int64_t n = 0;
    for (std::int64_t c : counts) n += c;
    return n;
}

Histogram makeHistogram(std::span<const float> values, int bins, double lo, double hi) {
    const BinCounter counter(bins, lo, hi);
    thread_local std::vector<std::int64_t> slots;
    slots.assign(static_cast<std::size_t>(counter.slotCount()), 0);
    counter.add(values, slots.data());
    return counter.histogram(slots.data());
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
    return rangeAround(lo, hi);
}

const std::vector<double>& percentileLevels() {
    static const std::vector<double> kLevels = {1, 5, 25, 50, 75, 95, 99};
    return kLevels;
}

LayerStats computeStats(std::span<const float> values, const Activation* activation) {
    const Moments m = momentsOf(values, activation);
    if (m.finite() <= kExactPercentileLimit) {
        thread_local std::vector<float> copy;
        copy.assign(values.begin(), values.end());
        return finishStats(m, exactPercentiles(copy), activation);
    }
    const PercentileCounter counter(m.min, m.max);
    thread_local std::vector<std::int32_t> buckets;
    buckets.assign(PercentileCounter::kSlots, 0);
    counter.add(values, buckets.data());
    return finishStats(m, counter.percentiles(buckets.data(), m.finite()), activation);
}

}  // namespace initscope
