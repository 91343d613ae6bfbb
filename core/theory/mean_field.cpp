#include "theory/mean_field.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "common/errors.h"
#include "common/types.h"
#include "nn/activation.h"
#include "nn/initializer.h"
#include "theory/gaussian.h"

namespace initscope {

namespace {
constexpr double kBatchNormEpsilon = 1e-6;  // the book's, as BatchNorm uses
constexpr double kTiny = 1e-24, kHuge = 1e24;  // where q* = 0 or ∞ is evaluated (its limit)

double clampQ(double q) { return std::clamp(q, kTiny, kHuge); }

// E[g(u₁)·g(u₂)] for (u₁, u₂) normal, each of variance q*, correlation c: u₁ = √q·t₁,
// u₂ = √q·(c·t₁ + √(1 − c²)·t₂), over the product of two one-dimensional rules; g = f, or f' with
// `slopes`.
double correlatedExpectation(const Activation& f, double c, const GaussianRule& rule, bool slopes) {
    const auto n = static_cast<Eigen::Index>(rule.nodes().size());
    const double s = std::sqrt(std::max(0.0, 1.0 - c * c));
    const MatrixT<double> u1 = Eigen::Map<const MatrixT<double>>(rule.nodes().data(), n, 1);
    MatrixT<double> u2(n, n), g1, g2;
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < n; ++j) u2(j, i) = c * u1(i) + s * u1(j);  // nodes are √q·t already
    }
    f.forward(u1, g1);
    f.forward(u2, g2);
    if (slopes) {
        MatrixT<double> d1 = MatrixT<double>::Ones(n, 1), d2 = MatrixT<double>::Ones(n, n);
        f.backward(u1, g1, d1);
        f.backward(u2, g2, d2);
        g1 = std::move(d1);
        g2 = std::move(d2);
    }
    double sum = 0.0;
    for (Eigen::Index i = 0; i < n; ++i) {
        double inner = 0.0;
        for (Eigen::Index j = 0; j < n; ++j) inner += rule.weights()[static_cast<std::size_t>(j)] * g2(j, i);
        sum += rule.weights()[static_cast<std::size_t>(i)] * g1(i) * inner;
    }
    return sum;
}
}  // namespace

FixedPoint fixedPoint(const Activation& f, double sigmaW2, double sigmaB2, double q0, bool withCorrelation) {
    const MomentTable& table = MomentTable::of(f);
    auto exactMap = [&](double q) { return sigmaW2 * gaussianMoments(f, q).meanSquare + sigmaB2; };  // q ← σ_w²·E[f²] + σ_b²
    auto fastMap = [&](double q) { return sigmaW2 * table.at(q).meanSquare + sigmaB2; };
    FixedPoint p;
    // A map that leaves every q where it is (ReLU with σ_w² = 2 and no bias): marginal.
    const double at1 = exactMap(q0), at2 = exactMap(2.0 * q0);
    if (std::abs(at1 - q0) <= 1e-12 * q0 && std::abs(at2 - 2.0 * q0) <= 2e-12 * q0) {
        p.kind = FixedPoint::Kind::Marginal;
        p.q = q0;
    } else {
        // Where the map leads from q⁰, on the tabulated moments (cheap), then polished on the
        // quadrature itself by Newton's method on M(q) − q.
        double q = q0, previous = q0;
        bool settled = false;
        for (int k = 0; k < 20000 && !settled; ++k) {
            previous = q;
            q = fastMap(q);
            settled = !(q < MomentTable::kMaxQ) || !(q > MomentTable::kMinQ) ||
                      std::abs(q - previous) <= 1e-12 * std::max(q, previous);
        }
        if (!(q < MomentTable::kMaxQ) || (!settled && q > previous)) {
            p.kind = FixedPoint::Kind::Infinite;
            p.q = std::numeric_limits<double>::infinity();
        } else if (!(q > MomentTable::kMinQ) || (!settled && q < previous && sigmaB2 == 0.0)) {
            p.kind = FixedPoint::Kind::Zero;  // (still falling towards 0 after 20000 layers: the limit)
            p.q = 0.0;
        } else {
            for (int k = 0; k < 8; ++k) {
                const double h = 1e-6 * q;
                const double g = exactMap(q) - q;
                const double slope = (fastMap(q + h) - fastMap(q - h)) / (2.0 * h) - 1.0;
                if (!(std::abs(slope) > 1e-12)) break;
                const double next = q - g / slope;
                if (!(next > 0.0) || !std::isfinite(next)) break;
                const bool done = std::abs(next - q) <= 1e-14 * q;
                q = next;
                if (done) break;
            }
            p.q = q;
        }
    }
    const double qEval = clampQ(p.q);
    const GaussianMoments m = gaussianMoments(f, qEval);
    p.chi1 = sigmaW2 * m.slopeSquare;  // χ₁ = σ_w²·E[f'(z)²]
    if (p.kind == FixedPoint::Kind::Finite && p.q > 0.0) {
        const double chiQ = sigmaW2 * m.zfSlope / p.q;  // χ_q = σ_w²·E[f''f + f'²] = σ_w²·E[z f f']/q*
        if (chiQ > 0.0 && chiQ < 1.0) p.depthScaleQ = -1.0 / std::log(chiQ);
    }
    if (p.chi1 < 1.0) {  // ordered: inputs' correlation flows to c* = 1, at the rate χ₁
        p.correlation = 1.0;
        if (p.chi1 > 0.0) p.depthScaleC = -1.0 / std::log(p.chi1);
    } else if (withCorrelation && p.kind == FixedPoint::Kind::Finite && p.q > 0.0) {
        // Chaotic: c ← (σ_w²·E[f(u₁)f(u₂)] + σ_b²)/q* from c = ½ to its fixed point c* < 1
        // (Steffensen's acceleration of the plain iteration); then χ_c = σ_w²·E[f'(u₁)f'(u₂)] at c*.
        const GaussianRule rule(p.q);
        auto cMap = [&](double c) {
            return std::clamp((sigmaW2 * correlatedExpectation(f, c, rule, false) + sigmaB2) / p.q, -1.0, 1.0);
        };
        double c = 0.5;
        for (int k = 0; k < 50; ++k) {
            const double c1 = cMap(c), c2 = cMap(c1);
            const double denominator = c2 - 2.0 * c1 + c;
            double next = std::abs(denominator) > 1e-300 ? c - (c1 - c) * (c1 - c) / denominator : c2;
            if (!(next >= -1.0 && next < 1.0)) next = c2;
            const bool done = std::abs(next - c) < 1e-12;
            c = next;
            if (done) break;
        }
        p.correlation = c;
        const double chiC = sigmaW2 * correlatedExpectation(f, c, rule, true);
        if (chiC > 0.0 && chiC < 1.0) p.depthScaleC = -1.0 / std::log(chiC);
    }
    return p;
}

void validate(const TheoryConfig& c, const std::string& prefix) {
    auto field = [&](const char* key) { return prefix + key; };
    activationByName(c.activation, field("activation"));
    if (c.initializers.empty()) throw ConfigError(field("initializers"), "give at least one", {"value.at_least_one", {}});
    for (const auto& spec : c.initializers) makeInitializer(spec, field("initializers"));
    if (c.hidden.empty() || c.depth() > 1000) throw ConfigError(field("hidden"), "give 1 to 1000 layer widths", {"value.layer_count_max", {"1000"}});
    for (int w : c.hidden) {
        if (w < 1 || w > 1'000'000) {
            throw ConfigError(field("hidden"), "each width must be 1 to 1000000, got " + std::to_string(w),
                              {"value.layer_width", {"1000000", std::to_string(w)}});
        }
    }
    if (c.samples < 1) throw ConfigError(field("samples"), "must be at least 1", {"value.at_least", {"1"}});
    if (!(c.biasStd >= 0.0) || !std::isfinite(c.biasStd)) throw ConfigError(field("bias_std"), "must be a finite σ_b ≥ 0", {"value.bias_std", {}});
    if (!(c.inputVariance > 0.0) || !std::isfinite(c.inputVariance)) {
        throw ConfigError(field("input_variance"), "must be a finite variance > 0", {"value.input_variance", {}});
    }
}

TheoryResult predictTheory(const TheoryConfig& config) {
    validate(config);
    const Activation& f = activationByName(config.activation);
    const double sigmaB2 = config.biasStd * config.biasStd;
    TheoryResult result;
    result.config = config;
    for (const std::string& spec : config.initializers) {
        const auto init = makeInitializer(spec);
        TheoryRun run;
        run.initializer = spec;
        run.displayName = init->displayName();
        double previousSquare = config.inputVariance;  // E[A_{l−1}²]; E[x²] = q⁰ for the input
        std::vector<double> slopeFactor;               // E[δ_l²]/E[(dL/dA_l)²]
        for (int l = 0; l < config.depth(); ++l) {
            const int nIn = l == 0 ? config.hidden.front() : config.hidden[static_cast<std::size_t>(l) - 1];
            const int nOut = config.hidden[static_cast<std::size_t>(l)];
            double varW = std::pow(init->weightStd(nIn, nOut), 2.0);
            // LSUV rescales each layer until Var(Z) = 1 (no bias): σ_w² = 1/E[A_{l−1}²].
            if (init->needsData()) varW = previousSquare > 0.0 ? 1.0 / (nIn * previousSquare) : 0.0;
            LayerPrediction p;
            p.layer = l + 1;
            p.sigmaW2 = nIn * varW;
            const double rawQ = p.sigmaW2 * previousSquare + sigmaB2;  // qˡ = σ_w²·E[A²] + σ_b²
            // Batch norm: each unit's Z to mean 0 and variance q/(q + ε); dL/dZ is divided by √(q + ε).
            p.q = config.batchNorm ? rawQ / (rawQ + kBatchNormEpsilon) : rawQ;
            const double backScale = config.batchNorm ? 1.0 / (rawQ + kBatchNormEpsilon) : 1.0;
            const GaussianMoments m = gaussianMoments(f, p.q);
            p.activationMean = m.mean;
            p.activationStd = std::sqrt(std::max(0.0, m.meanSquare - m.mean * m.mean));
            p.chi = nOut * varW * m.slopeSquare * backScale;  // χˡ = n_out·Var(W)·E[f'²]
            slopeFactor.push_back(m.slopeSquare * backScale);
            run.layers.push_back(p);
            previousSquare = m.meanSquare;
        }
        // Backward from dL/dA_L ∼ N(0, 1): E[(dL/dA_{l−1})²] = χˡ·E[(dL/dA_l)²].
        double arriving = 1.0;  // E[(dL/dA_l)²]
        for (int l = config.depth() - 1; l >= 0; --l) {
            LayerPrediction& p = run.layers[static_cast<std::size_t>(l)];
            const double inputSquare = l == 0 ? config.inputVariance
                                              : gaussianMoments(f, run.layers[static_cast<std::size_t>(l) - 1].q).meanSquare;
            // dL/dW_l = A_{l−1}ᵀ·δ_l sums `samples` independent products: E[dW²] = N·E[A²]·E[δ²]
            p.gradWeightStd = std::sqrt(config.samples * inputSquare * slopeFactor[static_cast<std::size_t>(l)] * arriving);
            arriving *= p.chi;
            p.chiProduct = arriving;
            p.gradInputStd = std::sqrt(arriving);
        }
        if (!init->needsData() && !config.batchNorm) {
            run.fixedPoint = fixedPoint(f, run.layers.front().sigmaW2, sigmaB2, config.inputVariance,
                                        config.withCorrelation);
        }
        result.runs.push_back(std::move(run));
    }
    return result;
}

}  // namespace initscope
