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

std::vector<Distribution> measureArrays(const std::vector<MeasureJob>& jobs, int bins, const RunControl* control,
                                         bool onThisThread) {
    ThreadPool* pool = onThisThread ? nullptr : &ThreadPool::shared();
    // Every chunk of every job, in job order, then value order.
    struct Chunk {
        std::size_t job;
        std::span<const float> values;
        Moments moments;
    };
    std::vector<Chunk> chunks;
    std::vector<std::size_t> firstChunk(jobs.size() + 1, 0);
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        firstChunk[j] = chunks.size();
        for (const std::span<const float> v : jobs[j].parts) {
            for (std::size_t from = 0; from < v.size(); from += kMeasureChunk) {
                chunks.push_back({j, v.subspan(from, std::min(kMeasureChunk, v.size() - from)), {}});
            }
        }
    }
    firstChunk[jobs.size()] = chunks.size();
    const int n = static_cast<int>(chunks.size());
    forEachIndex(pool, n, [&](int c) {
        if (control) control->checkpoint();
        Chunk& chunk = chunks[static_cast<std::size_t>(c)];
        chunk.moments = momentsOf(chunk.values, jobs[chunk.job].activation);
    });
    if (bins == 0) {  // the moments' statistics only
        std::vector<Distribution> out(jobs.size());
        for (std::size_t j = 0; j < jobs.size(); ++j) {
            Moments m;
            for (std::size_t c = firstChunk[j]; c < firstChunk[j + 1]; ++c) m.merge(chunks[c].moments);
            out[j].stats = finishStats(m, {}, jobs[j].activation);
        }
        return out;
    }
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
        const auto [lo, hi] = jobs[j].range == RangeRule::Fixed ? std::pair{jobs[j].lo, jobs[j].hi}
                              : jobs[j].range == RangeRule::Symmetric
                                  ? (g.moments.finite() > 0 ? symmetricRange(g.moments.min, g.moments.max)
                                                            : symmetricRange(1.0f, -1.0f))
                                  : automaticRange(g.moments, jobs[j].activation);
        g.bins.emplace(bins, lo, hi);
        g.exact = g.moments.finite() <= kExactPercentileLimit;
        if (!g.exact) g.percentiles.emplace(g.moments.min, g.moments.max);
    }
    // Counting: bin and bucket counts are whole numbers, so how chunks are grouped cannot change
    // their sums. A group is up to kGroupChunks chunks of one job with one set of counters (fewer
    // counters to clear and add up than one per chunk, and still work for every thread).
    constexpr std::size_t kGroupChunks = 16;
    struct Group {
        std::size_t job, from, to;  // chunks [from, to)
        std::vector<std::int64_t> slots;
        std::vector<std::int32_t> buckets;
    };
    std::vector<Group> groups;
    std::vector<std::size_t> firstGroup(jobs.size() + 1, 0);
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        firstGroup[j] = groups.size();
        std::size_t c = firstChunk[j];
        do {  // an empty job still gets one (empty) group: its counters are its result
            groups.push_back({j, c, std::min(c + kGroupChunks, firstChunk[j + 1]), {}, {}});
            c += kGroupChunks;
        } while (c < firstChunk[j + 1]);
    }
    firstGroup[jobs.size()] = groups.size();
    forEachIndex(pool, static_cast<int>(groups.size()), [&](int i) {
        if (control) control->checkpoint();
        Group& group = groups[static_cast<std::size_t>(i)];
        const Grid& g = grids[group.job];
        group.slots.assign(static_cast<std::size_t>(g.bins->slotCount()), 0);
        if (!g.exact) group.buckets.assign(PercentileCounter::kSlots, 0);
        std::span<const float> parts[kGroupChunks];
        for (std::size_t c = group.from; c < group.to; ++c) parts[c - group.from] = chunks[c].values;
        const std::span<const std::span<const float>> all(parts, group.to - group.from);
        g.bins->add(all, group.slots.data());
        if (!g.exact) g.percentiles->add(all, group.buckets.data());
    });
    std::vector<Distribution> out(jobs.size());
    forEachIndex(pool, static_cast<int>(jobs.size()), [&](int jj) {
        const auto j = static_cast<std::size_t>(jj);
        const Grid& g = grids[j];
        Group& first = groups[firstGroup[j]];
        for (std::size_t k = firstGroup[j] + 1; k < firstGroup[j + 1]; ++k) {
            for (std::size_t s = 0; s < first.slots.size(); ++s) first.slots[s] += groups[k].slots[s];
            for (std::size_t s = 0; s < first.buckets.size(); ++s) first.buckets[s] += groups[k].buckets[s];
        }
        std::vector<double> percentiles;
        if (g.exact) {
            std::vector<float> all;
            for (const std::span<const float> v : jobs[j].parts) all.insert(all.end(), v.begin(), v.end());
            percentiles = exactPercentiles(all);
        } else {
            percentiles = g.percentiles->percentiles(first.buckets.data(), g.moments.finite());
        }
        out[j].stats = finishStats(g.moments, std::move(percentiles), jobs[j].activation);
        out[j].histogram = g.bins->histogram(first.slots.data());
    });
    return out;
}

}  // namespace initscope
