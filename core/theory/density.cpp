#include "theory/density.h"

#include <algorithm>
#include <cmath>

#include "common/types.h"
#include "nn/activation.h"

namespace initscope {

PredictedHistogram predictHistogram(const Activation* f, double variance, double lo, double hi, int bins) {
    PredictedHistogram out;
    if (bins < 1 || !(lo < hi)) return out;
    out.mass.assign(static_cast<std::size_t>(bins), 0.0);
    const double width = (hi - lo) / bins;
    // Adds mass m spread evenly over [u, v] (u ≤ v) to the bins, below and above.
    auto spread = [&](double u, double v, double m) {
        if (v - u <= 0.0) {  // one value
            if (u < lo) {
                out.below += m;
            } else if (u > hi) {
                out.above += m;
            } else {
                const auto k = std::min(static_cast<int>((u - lo) / width), bins - 1);
                out.mass[static_cast<std::size_t>(k)] += m;
            }
            return;
        }
        const double density = m / (v - u);
        if (u < lo) out.below += density * (std::min(v, lo) - u);
        if (v > hi) out.above += density * (v - std::max(u, hi));
        const double a = std::max(u, lo), b = std::min(v, hi);
        if (!(a < b)) return;
        const int first = std::min(static_cast<int>((a - lo) / width), bins - 1);
        const int last = std::min(static_cast<int>((b - lo) / width), bins - 1);
        for (int k = first; k <= last; ++k) {
            const double binLo = lo + width * k, binHi = k == bins - 1 ? hi : lo + width * (k + 1);
            const double overlap = std::min(b, binHi) - std::max(a, binLo);
            if (overlap > 0.0) out.mass[static_cast<std::size_t>(k)] += density * overlap;
        }
    };
    const double sigma = std::sqrt(std::max(variance, 0.0));
    if (!(sigma > 0.0)) {  // a point mass at f(0)
        const double a = f ? f->value(0.0) : 0.0;
        if (f && a == 0.0 && f->hasDeadUnits()) {
            out.pointMass = 1.0;
        } else {
            spread(a, a, 1.0);
        }
        return out;
    }
    if (!f) {  // the normal itself: exact masses, Φ(b/σ) − Φ(a/σ) per bin
        auto cdf = [&](double x) { return 0.5 * std::erfc(-x / (sigma * std::sqrt(2.0))); };
        out.below = cdf(lo);
        double previous = out.below;
        for (int k = 0; k < bins; ++k) {
            const double next = cdf(k + 1 == bins ? hi : lo + width * (k + 1));
            out.mass[static_cast<std::size_t>(k)] = next - previous;
            previous = next;
        }
        out.above = 1.0 - previous;
        return out;
    }
    constexpr double kT = 8.5;
    const int n = kDensitySteps;
    MatrixT<double> z(n + 1, 1), a;
    for (int i = 0; i <= n; ++i) z(i) = sigma * (-kT + 2.0 * kT * i / n);
    f->forward(z, a);
    auto cdf = [&](int i) { return 0.5 * std::erfc(-(-kT + 2.0 * kT * i / n) / std::sqrt(2.0)); };  // Φ(tᵢ)
    double previous = cdf(0);
    spread(a(0), a(0), previous);  // the tail below −8.5σ
    for (int i = 0; i < n; ++i) {
        const double next = cdf(i + 1), m = next - previous;
        previous = next;
        const double u = a(i), v = a(i + 1);
        if (u == v && u == 0.0 && f->hasDeadUnits()) {
            out.pointMass += m;  // a flat piece at exactly 0: ReLU's dead units
            continue;
        }
        spread(std::min(u, v), std::max(u, v), m);
    }
    spread(a(n), a(n), 1.0 - previous);  // the tail above 8.5σ
    if (out.pointMass > 0.0) out.pointAt = 0.0;
    return out;
}

}  // namespace initscope
