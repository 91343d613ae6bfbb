#include "theory/gaussian.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <mutex>
#include <numbers>

#include "common/types.h"
#include "nn/activation.h"

namespace initscope {

void gaussLegendre(int n, std::vector<double>& nodes, std::vector<double>& weights) {
    nodes.assign(static_cast<std::size_t>(n), 0.0);
    weights.assign(static_cast<std::size_t>(n), 0.0);
    for (int i = 0; i < (n + 1) / 2; ++i) {
        double x = std::cos(std::numbers::pi * (i + 0.75) / (n + 0.5));  // a start near the i-th root
        double dp = 0.0;
        for (int iter = 0; iter < 100; ++iter) {
            // P₀ = 1, P₁ = x, (k+1)·P_{k+1} = (2k+1)·x·P_k − k·P_{k−1}
            double p0 = 1.0, p1 = x;
            for (int k = 1; k < n; ++k) {
                const double p2 = ((2.0 * k + 1.0) * x * p1 - k * p0) / (k + 1.0);
                p0 = p1;
                p1 = p2;
            }
            dp = n * (x * p1 - p0) / (x * x - 1.0);  // Pₙ'(x) = n·(x·Pₙ − Pₙ₋₁)/(x² − 1)
            const double dx = p1 / dp;
            x -= dx;
            if (std::abs(dx) < 1e-16) break;
        }
        nodes[static_cast<std::size_t>(i)] = -x;
        nodes[static_cast<std::size_t>(n - 1 - i)] = x;
        const double w = 2.0 / ((1.0 - x * x) * dp * dp);  // wᵢ = 2/((1 − xᵢ²)·Pₙ'(xᵢ)²)
        weights[static_cast<std::size_t>(i)] = w;
        weights[static_cast<std::size_t>(n - 1 - i)] = w;
    }
}

GaussianRule::GaussianRule(double q, bool refine) : m_q(q) {
    if (!(q > 0.0) || !std::isfinite(q)) {  // a point mass at 0
        m_z = {0.0};
        m_w = {1.0};
        return;
    }
    constexpr double kT = 10.0;
    const double root = std::sqrt(q);
    std::vector<double> cuts{0.0};
    for (double t = 0.5; t <= kT; t += 0.5) cuts.push_back(t);
    for (double z = 0.25; z <= 64.0; z *= 2.0) {
        if (z / root < kT) cuts.push_back(z / root);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end(), [](double a, double b) { return b - a < 1e-12; }), cuts.end());
    if (refine) {
        const std::size_t n = cuts.size();
        for (std::size_t i = 0; i + 1 < n; ++i) cuts.push_back(0.5 * (cuts[i] + cuts[i + 1]));
        std::sort(cuts.begin(), cuts.end());
    }
    std::vector<double> x, w;
    gaussLegendre(refine ? 2 * kNodesPerPanel : kNodesPerPanel, x, w);
    const double norm = 1.0 / std::sqrt(2.0 * std::numbers::pi);
    for (const double sign : {-1.0, 1.0}) {
        for (std::size_t p = 0; p + 1 < cuts.size(); ++p) {
            const double a = cuts[p], b = cuts[p + 1], half = 0.5 * (b - a), mid = 0.5 * (a + b);
            for (std::size_t k = 0; k < x.size(); ++k) {
                const double t = sign * (mid + half * x[k]);
                m_z.push_back(root * t);
                m_w.push_back(half * w[k] * norm * std::exp(-0.5 * t * t));  // φ(t) dt
            }
        }
    }
}

GaussianMoments gaussianMoments(const Activation& f, double q, bool refine) {
    const GaussianRule rule(q, refine);
    const auto n = static_cast<Eigen::Index>(rule.nodes().size());
    const MatrixT<double> z = Eigen::Map<const MatrixT<double>>(rule.nodes().data(), n, 1);
    MatrixT<double> a, slope = MatrixT<double>::Ones(n, 1);
    f.forward(z, a);
    f.backward(z, a, slope);  // f'(z)
    GaussianMoments m;
    for (Eigen::Index i = 0; i < n; ++i) {
        const double w = rule.weights()[static_cast<std::size_t>(i)];
        m.mean += w * a(i);
        m.meanSquare += w * a(i) * a(i);
        m.slopeSquare += w * slope(i) * slope(i);
        m.zfSlope += w * z(i) * a(i) * slope(i);
    }
    return m;
}

MomentTable::MomentTable(const Activation& f) {
    const int n = static_cast<int>(std::lround(std::log10(kMaxQ / kMinQ) * kPerDecade)) + 1;
    m_values.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        m_values[static_cast<std::size_t>(i)] = gaussianMoments(f, kMinQ * std::pow(10.0, double(i) / kPerDecade));
    }
}

const MomentTable& MomentTable::of(const Activation& f) {
    static std::mutex mutex;
    static std::array<std::unique_ptr<MomentTable>, 16> tables;
    const auto k = static_cast<std::size_t>(f.kind());
    std::lock_guard lock(mutex);
    if (!tables[k]) tables[k].reset(new MomentTable(f));
    return *tables[k];
}

GaussianMoments MomentTable::at(double q) const {
    const double x = std::clamp(std::log10(std::max(q, kMinQ) / kMinQ) * kPerDecade, 0.0,
                                double(m_values.size() - 1));
    const auto i = std::min(static_cast<std::size_t>(x), m_values.size() - 2);
    const double t = x - double(i);
    // Catmull–Rom (cubic Hermite, slopes from the neighbours; one-sided at the ends).
    auto value = [&](auto member) {
        auto v = [&](std::ptrdiff_t k) {
            k = std::clamp<std::ptrdiff_t>(k, 0, static_cast<std::ptrdiff_t>(m_values.size()) - 1);
            return m_values[static_cast<std::size_t>(k)].*member;
        };
        const auto j = static_cast<std::ptrdiff_t>(i);
        const double p0 = v(j - 1), p1 = v(j), p2 = v(j + 1), p3 = v(j + 2);
        const double m1 = j > 0 ? 0.5 * (p2 - p0) : p2 - p1;
        const double m2 = j + 2 < static_cast<std::ptrdiff_t>(m_values.size()) ? 0.5 * (p3 - p1) : p2 - p1;
        const double t2 = t * t, t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * p1 + (t3 - 2 * t2 + t) * m1 + (-2 * t3 + 3 * t2) * p2 + (t3 - t2) * m2;
    };
    GaussianMoments m;
    m.mean = value(&GaussianMoments::mean);
    m.meanSquare = value(&GaussianMoments::meanSquare);
    m.slopeSquare = value(&GaussianMoments::slopeSquare);
    m.zfSlope = value(&GaussianMoments::zfSlope);
    return m;
}

}  // namespace initscope
