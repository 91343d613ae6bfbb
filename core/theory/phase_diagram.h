#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace initscope {

class Activation;

// The order/chaos phase diagram of one activation: χ₁ at the fixed point of the variance map over
// a grid of (σ_w², σ_b²), and the critical line χ₁ = 1 between the ordered phase (χ₁ < 1:
// gradients vanish with depth) and the chaotic one (χ₁ > 1: they explode). The fixed point is the
// one the map reaches from q⁰ = 1 (fixedPoint() semantics), found on the tabulated moments with
// Steffensen's acceleration; rows run side by side on the thread pool (results do not depend on
// the thread count). For ReLU the critical line is σ_w² = 2; for tanh it starts at (1, 0).
struct PhaseDiagram {
    double weightMax = 4.0, biasMax = 0.25;  // σ_w² over [weightMax/columns … weightMax], σ_b² over [0, biasMax]
    double weightMin = 0.0;                  // > 0: σ_w² log-spaced over [weightMin, weightMax] instead
    int columns = 0, rows = 0;               // σ_w² samples, σ_b² samples
    std::vector<double> chi1;                // rows × columns, row-major: χ₁ at (σ_w²(i), σ_b²(j))
    std::vector<double> q;                   // q* there (+∞: the variance explodes)
    std::vector<double> criticalWeight;      // per row: σ_w² where χ₁ = 1 (NaN: not within the range)

    double weightAt(int column) const {
        if (weightMin > 0.0) return weightMin * std::pow(weightMax / weightMin, double(column) / std::max(1, columns - 1));
        return weightMax * (column + 1) / columns;
    }
    double biasAt(int row) const { return rows > 1 ? biasMax * row / (rows - 1) : 0.0; }
    double chiAt(int column, int row) const { return chi1[static_cast<std::size_t>(row) * columns + column]; }
};

// weightMin > 0: log-spaced σ_w² from weightMin (the window's (10⁻³, 10³): every book initializer).
PhaseDiagram phaseDiagram(const Activation& f, double weightMax, double biasMax, int columns, int rows,
                          double weightMin = 0.0);

}  // namespace initscope
