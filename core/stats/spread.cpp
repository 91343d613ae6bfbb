#include "stats/spread.h"

#include <algorithm>

namespace initscope {

Spread spreadOf(std::span<const double> values) {
    std::vector<double> v;
    v.reserve(values.size());
    for (double x : values) {
        if (std::isfinite(x)) v.push_back(x);
    }
    Spread s;
    s.count = static_cast<int>(v.size());
    if (v.empty()) return s;
    std::sort(v.begin(), v.end());
    // numpy's "linear": position p/100 · (n − 1), interpolated between its two neighbours.
    auto at = [&](double p) {
        const double pos = p / 100.0 * static_cast<double>(v.size() - 1);
        const auto lo = static_cast<std::size_t>(std::floor(pos));
        const std::size_t hi = std::min(lo + 1, v.size() - 1);
        return v[lo] + (pos - static_cast<double>(lo)) * (v[hi] - v[lo]);
    };
    s.median = at(50.0);
    s.p5 = at(5.0);
    s.p95 = at(95.0);
    return s;
}

StatsSpread spreadOf(std::span<const LayerStats* const> stats) {
    std::vector<double> v(stats.size());
    auto over = [&](auto get) {
        for (std::size_t i = 0; i < stats.size(); ++i) v[i] = get(*stats[i]);
        return spreadOf(std::span<const double>(v));
    };
    StatsSpread s;
    s.mean = over([](const LayerStats& x) { return x.mean; });
    s.std = over([](const LayerStats& x) { return x.std; });
    if (!stats.empty() && stats.front()->saturated) s.saturated = over([](const LayerStats& x) { return x.saturated.value_or(NAN); });
    if (!stats.empty() && stats.front()->dead) s.dead = over([](const LayerStats& x) { return x.dead.value_or(NAN); });
    return s;
}

}  // namespace initscope
