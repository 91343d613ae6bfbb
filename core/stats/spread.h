#pragma once

#include <cmath>
#include <limits>
#include <optional>
#include <span>
#include <vector>

#include "stats/histogram.h"

namespace initscope {

// How one statistic varies over repeated draws (seeds): the median and the 5th and 95th
// percentiles of its values, by numpy's linear method, over the finite values (NaN when none).
struct Spread {
    double median = std::numeric_limits<double>::quiet_NaN();
    double p5 = std::numeric_limits<double>::quiet_NaN();
    double p95 = std::numeric_limits<double>::quiet_NaN();
    int count = 0;  // finite values it was taken over

    bool operator==(const Spread&) const = default;
};
Spread spreadOf(std::span<const double> values);

// The spread over seeds of a LayerStats' moment statistics.
struct StatsSpread {
    Spread mean, std;
    std::optional<Spread> saturated, dead;  // where the LayerStats have them

    bool operator==(const StatsSpread&) const = default;
};
// `stats`: one per seed, all of the same kind (saturated / dead present in all or none).
StatsSpread spreadOf(std::span<const LayerStats* const> stats);

}  // namespace initscope
