#include "stats/measure.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "common/parallel.h"
#include "common/run_control.h"
#include "stats/partial.h"

namespace initscope {

std::pair<double, double> symmetricRange(float min, float max) {
    if (!(min <= max)) return {-0.5, 0.5};  // no finite value
    const double m = std::max(std::abs(double(min)), std::abs(double(max)));
    return m > 0.0 ? std::pair{-m, m} : std::pair{-0.5, 0.5};
}

std::vector<Distribution> measureArrays(const std::vector<MeasureJob>& jobs, int bins, const RunControl* control) {
    // Every chunk of every job, in job order, then value order.
    struct Chunk {
        std::size_t job;
        std::span<const float> values;
        Moments moments;
        std::vector<std::int64_t> binCounts;
        std::vector<std::int32_t> buckets;
    };
    std::vector<Chunk> chunks;
    std::vector<std::size_t> firstChunk(jobs.size() + 1, 0);
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        firstChunk[j] = chunks.size();
        const std::span<const float> v = jobs[j].values;
        for (std::size_t from = 0; from < v.size(); from += kMeasureChunk) {
            chunks.push_back({j, v.subspan(from, std::min(kMeasureChunk, v.size() - from)), {}, {}, {}});
        }
    }
    firstChunk[jobs.size()] = chunks.size();
    const int n = static_cast<int>(chunks.size());
    ThreadPool::shared().parallelFor(n, [&](int c) {
        if (control) control->checkpoint();
        Chunk& chunk = chunks[static_cast<std::size_t>(c)];
        chunk.moments = momentsOf(chunk.values, jobs[chunk.job].activation);
    });
    struct Grid {
        Moments moments;
        std::optional<BinCounter> bins;
        std::optional<PercentileCounter> percentiles;
        bool exact = false;
    };
    std::vector<Grid> grids(jobs.size());
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        Grid& g = grids[j];
        for (std::size_t c = firstChunk[j]; c < firstChunk[j + 1]; ++c) g.moments.merge(chunks[c].moments);
        const auto [lo, hi] = jobs[j].range == RangeRule::Symmetric
                                  ? (g.moments.finite() > 0 ? symmetricRange(g.moments.min, g.moments.max)
                                                            : symmetricRange(1.0f, -1.0f))
                                  : automaticRange(g.moments, jobs[j].activation);
        g.bins.emplace(bins, lo, hi);
        g.exact = g.moments.finite() <= kExactPercentileLimit;
        if (!g.exact) g.percentiles.emplace(g.moments.min, g.moments.max);
    }
    ThreadPool::shared().parallelFor(n, [&](int c) {
        if (control) control->checkpoint();
        Chunk& chunk = chunks[static_cast<std::size_t>(c)];
        const Grid& g = grids[chunk.job];
        chunk.binCounts.assign(static_cast<std::size_t>(g.bins->slotCount()), 0);
        g.bins->add(chunk.values, chunk.binCounts.data());
        if (!g.exact) {
            chunk.buckets.assign(PercentileCounter::kSlots, 0);
            g.percentiles->add(chunk.values, chunk.buckets.data());
        }
    });
    std::vector<Distribution> out(jobs.size());
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        const Grid& g = grids[j];
        std::vector<std::int64_t> slots(static_cast<std::size_t>(g.bins->slotCount()), 0);
        std::vector<std::int32_t> buckets(g.exact ? 0 : PercentileCounter::kSlots, 0);
        for (std::size_t c = firstChunk[j]; c < firstChunk[j + 1]; ++c) {
            for (std::size_t k = 0; k < slots.size(); ++k) slots[k] += chunks[c].binCounts[k];
            for (std::size_t k = 0; k < buckets.size(); ++k) buckets[k] += chunks[c].buckets[k];
        }
        std::vector<double> percentiles;
        if (g.exact) {
            std::vector<float> all(jobs[j].values.begin(), jobs[j].values.end());
            percentiles = exactPercentiles(all);
        } else {
            percentiles = g.percentiles->percentiles(buckets.data(), g.moments.finite());
        }
        out[j].stats = finishStats(g.moments, std::move(percentiles), jobs[j].activation);
        out[j].histogram = g.bins->histogram(slots.data());
    }
    return out;
}

}  // namespace initscope
