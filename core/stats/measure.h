#pragma once

#include <span>
#include <vector>

#include "stats/histogram.h"

namespace initscope {

class Activation;
class RunControl;

// How measureArrays() places a histogram: symmetric around 0 (gradients, pre-activations),
// automaticRange() for an activation's output, or a fixed [lo, hi].
enum class RangeRule { Symmetric, Automatic, Fixed };

// One array of values to measure, in parts (row blocks) taken in order, and how.
struct MeasureJob {
    std::vector<std::span<const float>> parts;
    RangeRule range = RangeRule::Symmetric;
    const Activation* activation = nullptr;  // saturated / dead counting; nullptr for neither
    double lo = 0.0, hi = 1.0;               // RangeRule::Fixed
};

// The distribution of one array of values: statistics and histogram.
struct Distribution {
    LayerStats stats;
    Histogram histogram;
};

// The range symmetric around 0 that holds every finite value: [−m, m], m = max(|min|, |max|)
// (±0.5 when all are 0 or none is finite).
std::pair<double, double> symmetricRange(float min, float max);

// Statistics and a `bins`-bin histogram of every job, side by side on the thread pool: each part
// is cut into chunks of kMeasureChunk values (a part no larger is one chunk, as a row block of the
// activations experiment's forward pass is); moments per chunk are merged in chunk order, the range
// follows from them, then bin and percentile counts per chunk are added up. The results are the
// same for any number of threads. bins = 0: the statistics of the moments only (count, mean,
// std, extremes, saturated and dead shares), no percentiles and an empty histogram. Must not be
// called from a pool task.
inline constexpr std::size_t kMeasureChunk = 65536;
// onThisThread: everything in order on the calling thread (which may be a pool task), same results.
std::vector<Distribution> measureArrays(const std::vector<MeasureJob>& jobs, int bins,
                                         const RunControl* control = nullptr, bool onThisThread = false);

}  // namespace initscope
