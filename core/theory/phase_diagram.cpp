#include "theory/phase_diagram.h"

#include <cmath>
#include <limits>

#include "common/parallel.h"
#include "theory/gaussian.h"

namespace initscope {

namespace {
// q* reached from 1 by q ← σ_w²·E[f²](q) + σ_b², with Steffensen's acceleration (each step two map
// evaluations and an Aitken extrapolation, kept only where it stays between them and positive).
double fixedVariance(const MomentTable& table, double w, double b) {
    auto map = [&](double q) { return w * table.at(q).meanSquare + b; };
    double q = 1.0;
    for (int k = 0; k < 200; ++k) {
        const double q1 = map(q), q2 = map(q1);
        if (!(q2 < MomentTable::kMaxQ)) return std::numeric_limits<double>::infinity();
        if (!(q2 > MomentTable::kMinQ)) return 0.0;
        const double denominator = q2 - 2.0 * q1 + q;
        double next = q2;
        if (std::abs(denominator) > 1e-300) {
            const double aitken = q - (q1 - q) * (q1 - q) / denominator;
            if (aitken > 0.0 && std::isfinite(aitken)) next = aitken;
        }
        if (std::abs(next - q) <= 1e-10 * std::max(next, 1e-300)) return next;
        q = next;
    }
    return q;  // critical slowing down: where it got to (χ₁ there is within a hair of 1)
}

double chiOf(const MomentTable& table, double w, double b) {
    const double q = fixedVariance(table, w, b);
    return w * table.at(std::isfinite(q) ? q : MomentTable::kMaxQ).slopeSquare;  // χ₁ = σ_w²·E[f'²](q*)
}
}  // namespace

PhaseDiagram phaseDiagram(const Activation& f, double weightMax, double biasMax, int columns, int rows,
                          double weightMin) {
    PhaseDiagram d;
    d.weightMax = weightMax;
    d.weightMin = weightMin;
    d.biasMax = biasMax;
    d.columns = columns;
    d.rows = rows;
    d.chi1.assign(static_cast<std::size_t>(columns) * rows, 0.0);
    d.q.assign(d.chi1.size(), 0.0);
    d.criticalWeight.assign(static_cast<std::size_t>(rows), std::numeric_limits<double>::quiet_NaN());
    const MomentTable& table = MomentTable::of(f);
    ThreadPool::shared().parallelFor(rows, [&](int j) {
        const double b = d.biasAt(j);
        for (int i = 0; i < columns; ++i) {
            const double w = d.weightAt(i);
            const double q = fixedVariance(table, w, b);
            const std::size_t k = static_cast<std::size_t>(j) * columns + i;
            d.q[k] = q;
            d.chi1[k] = w * table.at(std::isfinite(q) ? q : MomentTable::kMaxQ).slopeSquare;
        }
        // The critical line: where χ₁ first crosses 1 along the row, refined by bisection.
        for (int i = 0; i + 1 < columns; ++i) {
            const double a = d.chi1[static_cast<std::size_t>(j) * columns + i] - 1.0;
            const double c = d.chi1[static_cast<std::size_t>(j) * columns + i + 1] - 1.0;
            if (a == 0.0) {
                d.criticalWeight[static_cast<std::size_t>(j)] = d.weightAt(i);
                break;
            }
            if ((a < 0.0) != (c < 0.0)) {
                double lo = d.weightAt(i), hi = d.weightAt(i + 1);
                for (int step = 0; step < 40; ++step) {
                    const double mid = weightMin > 0.0 ? std::sqrt(lo * hi) : 0.5 * (lo + hi);
                    ((chiOf(table, mid, b) < 1.0) == (a < 0.0) ? lo : hi) = mid;
                }
                d.criticalWeight[static_cast<std::size_t>(j)] = weightMin > 0.0 ? std::sqrt(lo * hi) : 0.5 * (lo + hi);
                break;
            }
        }
    });
    return d;
}

}  // namespace initscope
