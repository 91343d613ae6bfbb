#pragma once

#include <vector>

namespace initscope {

class Activation;

// The predicted histogram of f(z), z ∼ N(0, variance) (f = nullptr: z itself), on the grid of a
// measured histogram: `bins` equal bins on [lo, hi], half-open but the last (numpy's). Each entry
// is a probability; multiplied by the number of values it is the count a bar should reach.
// A flat piece of f (ReLU below 0) is a point mass, kept apart (pointMass at pointAt) as the grid
// draws ReLU's dead units apart.
struct PredictedHistogram {
    std::vector<double> mass;
    double below = 0.0, above = 0.0;
    double pointMass = 0.0, pointAt = 0.0;
    bool empty() const { return mass.empty(); }
};

// The push-forward of the normal through f on a fine grid of t = z/σ over [−8.5, 8.5] (beyond it
// the mass is below 2e-17): each of kDensitySteps slices carries its exact normal mass, spread
// evenly over the values f takes on it, so a bin's mass is off by at most ~5e-5 (tested against
// the exact laws of tanh and ReLU; a thousandth of a drawn bar). Non-monotonic f (GELU) is handled
// alike. f = nullptr (the normal itself) gets the exact Φ differences.
inline constexpr int kDensitySteps = 2000;
PredictedHistogram predictHistogram(const Activation* f, double variance, double lo, double hi, int bins);

}  // namespace initscope
