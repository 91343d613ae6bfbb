#include "stats/smoothing.h"

#include <algorithm>
#include <cmath>

namespace initscope {
namespace {

// Modified Bessel function of the first kind, order 0 (power series), for the Kaiser window.
double besselI0(double x) {
    double sum = 1.0, term = 1.0;
    for (int k = 1; k < 50; ++k) {
        term *= (x / (2.0 * k)) * (x / (2.0 * k));
        sum += term;
        if (term < sum * 1e-17) break;
    }
    return sum;
}

}  // namespace

std::vector<double> smoothCurve(const std::vector<double>& x, int window, double beta) {
    std::vector<double> y;
    smoothCurveTail(x, y, 0, window, beta);
    return y;
}

void smoothCurveTail(const std::vector<double>& x, std::vector<double>& y, std::size_t from,
                     int window, double beta) {
    const int n = static_cast<int>(x.size());
    y.resize(x.size());
    if (window <= 1 || n <= 1) {
        std::copy(x.begin() + static_cast<std::ptrdiff_t>(std::min(from, x.size())), x.end(),
                  y.begin() + static_cast<std::ptrdiff_t>(std::min(from, x.size())));
        return;
    }
    if (window % 2 == 0) ++window;
    // w_k = I₀(β·√(1 − (2k/(N−1) − 1)²)) / I₀(β), normalised to sum 1 (numpy.kaiser)
    std::vector<double> w(static_cast<std::size_t>(window));
    double total = 0.0;
    for (int k = 0; k < window; ++k) {
        const double r = 2.0 * k / (window - 1) - 1.0;
        w[static_cast<std::size_t>(k)] = besselI0(beta * std::sqrt(std::max(0.0, 1.0 - r * r))) / besselI0(beta);
        total += w[static_cast<std::size_t>(k)];
    }
    for (double& v : w) v /= total;
    const int half = window / 2;
    // Reflect without repeating the end point: index −i ↦ i, n−1+i ↦ n−1−i (clamped for short series).
    auto at = [&](int i) {
        while (i < 0 || i >= n) {
            if (i < 0) i = -i;
            if (i >= n) i = 2 * (n - 1) - i;
        }
        return x[static_cast<std::size_t>(i)];
    };
    for (int i = static_cast<int>(std::min<std::size_t>(from, x.size())); i < n; ++i) {
        double s = 0.0;
        for (int k = -half; k <= half; ++k) s += w[static_cast<std::size_t>(k + half)] * at(i + k);  // y_i = Σ w_k·x_{i+k}
        y[static_cast<std::size_t>(i)] = s;
    }
}

}  // namespace initscope
