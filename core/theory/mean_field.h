#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace initscope {

class Activation;

// Mean-field signal propagation (Poole et al. 2016, Schoenholz et al. 2017) for the activations
// experiment's networks: dense layers of widths `hidden` on an input of variance q⁰ per entry,
// weights of variance Var(W_l) (σ_w² = n_in·Var(W_l)), biases N(0, σ_b²), each followed by f.
//   q¹ = σ_w²·q⁰ + σ_b²,  qˡ = σ_w²·E_{z∼N(0, qˡ⁻¹)}[f(z)²] + σ_b²     (pre-activation variance)
//   E[Aˡ] = E[f(z)], std(Aˡ) = √(E[f²] − E[f]²) at z ∼ N(0, qˡ)        (pooled over samples and units)
//   χˡ = n_out·Var(W_l)·E[f'(z)²] at z ∼ N(0, qˡ)  (= σ_w²·E[f'²] for square layers): the factor
//        by which E[(dL/dA)²] grows from A_l back to A_{l−1}; with dL/dA_L ∼ N(0, 1),
//        std(dL/dA_{l−1}) = √(χˡ·χˡ⁺¹·…·χᴸ)
//   E[(dL/dW_l)²] = samples·E[A_{l−1}²]·E[f'(zˡ)²]·E[(dL/dA_l)²]
struct TheoryConfig {
    std::string activation = "sigmoid";
    std::vector<std::string> initializers = {"std=1", "std=0.01", "xavier", "he"};
    std::vector<int> hidden = std::vector<int>(5, 100);
    int samples = 1000;          // for the weight gradients' size (they sum over the samples)
    double biasStd = 0.0;        // σ_b
    double inputVariance = 1.0;  // q⁰
    bool batchNorm = false;      // each Z normalised to mean 0, variance q/(q + ε) with ε = 1e-6
    bool withCorrelation = true; // ξ_c in the chaotic phase too (see fixedPoint)

    int depth() const { return static_cast<int>(hidden.size()); }
};

struct LayerPrediction {
    int layer = 0;            // 1-based
    double sigmaW2 = 0.0;     // n_in·Var(W)
    double q = 0.0;           // Var(Z_l) (after batch norm when there is one)
    double activationMean = 0.0, activationStd = 0.0;
    double chi = 0.0;         // χˡ
    double chiProduct = 0.0;  // χˡ·…·χᴸ = E[(dL/dA_{l−1})²] / E[(dL/dA_L)²]
    double gradInputStd = 0.0;   // predicted std(dL/dA_{l−1}) for dL/dA_L ∼ N(0, 1)
    double gradWeightStd = 0.0;  // predicted std(dL/dW_l)
};

// Where iterating the variance map q ← σ_w²·E[f(z)²] + σ_b² from q⁰ leads, and what it means.
struct FixedPoint {
    enum class Kind { Finite, Zero, Infinite, Marginal };
    Kind kind = Kind::Finite;
    double q = 0.0;      // q* (Finite; Marginal: q⁰, every q is fixed; Zero: 0; Infinite: +∞)
    double chi1 = 0.0;   // χ₁ = σ_w²·E[f'(z)²] at q* (its limit for q* = 0 or ∞)
    std::optional<double> depthScaleQ;  // ξ_q = −1/ln χ_q, χ_q = σ_w²·E[z f f']/q*, when 0 < χ_q < 1
    std::optional<double> depthScaleC;  // ξ_c = −1/ln χ_c at the correlation fixed point, when 0 < χ_c < 1
    double correlation = 1.0;           // c* (1 in the ordered phase)
};
// `withCorrelation`: also ξ_c in the chaotic phase (χ₁ > 1), which needs the correlation map's fixed
// point c* by two-dimensional quadrature (tens of milliseconds; the ordered phase costs nothing).
FixedPoint fixedPoint(const Activation& f, double sigmaW2, double sigmaB2, double q0 = 1.0,
                      bool withCorrelation = true);

struct TheoryRun {
    std::string initializer;
    std::string displayName;
    std::vector<LayerPrediction> layers;
    std::optional<FixedPoint> fixedPoint;  // of the first layer's σ_w² (nullopt: data-dependent, LSUV)
};

struct TheoryResult {
    TheoryConfig config;
    std::vector<TheoryRun> runs;
};

// Throws ConfigError naming the field, as the experiments do.
void validate(const TheoryConfig& config, const std::string& prefix = "");
TheoryResult predictTheory(const TheoryConfig& config);

}  // namespace initscope
