#pragma once

#include <memory>
#include <string>

#include "nn/activation.h"
#include "nn/layer.h"

namespace initscope {

// Z = X·W (+ b): W is fan_in × fan_out (rows = inputs), b a row added to every sample.
template <typename S>
class BasicDense final : public BasicLayer<S> {
public:
    using Mat = MatrixT<S>;
    using Row = RowVectorT<S>;

    // With `ownWeights` false the weights are given later by shareScaledWeights() and no
    // fan_in × fan_out matrix is allocated here.
    BasicDense(int fanIn, int fanOut, bool bias, int block, bool ownWeights = true);
    LayerKind kind() const override { return LayerKind::Dense; }
    int inputWidth() const override { return m_fanIn; }
    int outputWidth() const override { return m_fanOut; }
    bool hasBias() const { return m_hasBias; }

    Mat& weight() { return m_w; }
    const Mat& weight() const { return m_w; }
    Row& bias() { return m_b; }
    const Row& bias() const { return m_b; }
    const Mat& gradWeight() const { return m_dw; }
    const Row& gradBias() const { return m_db; }

    // Weights given as scale × a base matrix owned elsewhere (the activations experiment keeps one
    // base draw per distribution and layer for every initializer): Z = scale·(X·B), W never formed.
    // Such a layer has no trainable parameters. `base` must outlive the layer's use.
    // `baseStd`, when known (≥ 0), is std(base): weightStd() then need not read the matrix.
    void shareScaledWeights(const Mat* base, double scale, double baseStd = -1.0);
    bool sharesWeights() const { return m_base != nullptr; }
    const Mat* sharedBase() const { return m_base; }
    double weightScale() const { return double(m_scale); }  // of shared weights
    // The standard deviation of the weights as they are (population, over all fan_in × fan_out).
    double weightStd() const;
    // W ← factor·W (LSUV's rescaling); for shared weights, the scale.
    void scaleWeights(double factor);

    const Mat& forward(const Mat& x) override;
    void backward(const Mat& x, const Mat& dy, Mat* dx) override;
    void forwardRows(const Eigen::Ref<const Mat>& in, Mat& out) const override;
    std::vector<BasicParam<S>> params() override;
    bool allFinite() const override;

    // What initialised the weights, for the per-layer description ("He: σ = √(2/n_in) = 0.1414",
    // "LSUV: orthonormal × 1.41, 2 passes, Var(Z) = 1.00") and the scale (σ, bound or gain).
    std::string initDescription;
    double initScale = 0.0;  // σ, bound a or gain
    double initStd = 0.0;    // the weights' standard deviation that follows from it

private:
    int m_fanIn, m_fanOut;
    bool m_hasBias;
    Mat m_w, m_dw;
    Row m_b, m_db;
    const Mat* m_base = nullptr;
    S m_scale = 1;
    double m_baseStd = -1.0;
};

// A = f(Z), element by element, with one of the nine activations.
template <typename S>
class BasicActivationLayer final : public BasicLayer<S> {
public:
    using Mat = MatrixT<S>;
    BasicActivationLayer(const Activation& activation, int width, int block);
    LayerKind kind() const override { return LayerKind::Activation; }
    std::string name() const override;
    int inputWidth() const override { return m_width; }
    int outputWidth() const override { return m_width; }
    const Activation& activation() const { return *m_activation; }
    bool worksInPlace() const override { return true; }

    const Mat& forward(const Mat& x) override;
    void backward(const Mat& x, const Mat& dy, Mat* dx) override;
    void forwardRows(const Eigen::Ref<const Mat>& in, Mat& out) const override;

private:
    const Activation* m_activation;
    int m_width;
};

// Batch normalization (Ioffe & Szegedy 2015), as the book's layer: per feature,
//   training:   x̂ = (x − μ_B)/√(σ²_B + ε), y = γ·x̂ + β, with the batch's mean and biased variance,
//               and running ← m·running + (1 − m)·batch statistic;
//   evaluation: x̂ = (x − running mean)/√(running var + ε).
// γ starts at 1, β at 0, the running statistics at 0 (the book's choice, not PyTorch's var = 1).
template <typename S>
class BasicBatchNorm final : public BasicLayer<S> {
public:
    using Mat = MatrixT<S>;
    using Row = RowVectorT<S>;
    static constexpr double kBookEpsilon = 10e-7;  // the book's literal: 1e-6
    static constexpr double kBookMomentum = 0.9;

    BasicBatchNorm(int width, int block, double epsilon = kBookEpsilon,
                   double momentum = kBookMomentum);
    LayerKind kind() const override { return LayerKind::BatchNorm; }
    int inputWidth() const override { return static_cast<int>(m_gamma.size()); }
    int outputWidth() const override { return static_cast<int>(m_gamma.size()); }
    double epsilon() const { return m_eps; }
    double momentum() const { return m_momentum; }

    Row& gamma() { return m_gamma; }
    Row& beta() { return m_beta; }
    const Row& gradGamma() const { return m_dgamma; }
    const Row& gradBeta() const { return m_dbeta; }
    Row& runningMean() { return m_runningMean; }
    Row& runningVar() { return m_runningVar; }
    const Row& runningMean() const { return m_runningMean; }
    const Row& runningVar() const { return m_runningVar; }
    // Resets γ = 1, β = 0 and the running statistics to 0.
    void reset();

    const Mat& forward(const Mat& x) override;
    void backward(const Mat& x, const Mat& dy, Mat* dx) override;
    void forwardRows(const Eigen::Ref<const Mat>& in, Mat& out) const override;
    bool worksInPlace() const override { return true; }
    bool needsBatchStatistics() const override { return this->training(); }
    void useBatchStatistics(const ColumnMoments& input) override;
    std::vector<BasicParam<S>> params() override;
    bool allFinite() const override;

private:
    double m_eps, m_momentum;
    Row m_gamma, m_beta, m_dgamma, m_dbeta, m_runningMean, m_runningVar;
    Row m_mean, m_invStd;           // of the last forward (batch or running statistics)
    Row m_blockMean, m_blockInvStd; // given by useBatchStatistics, for forwardRows
    Row m_rowA, m_rowB;             // backward's per-feature means
    Mat m_xhat, m_dxhat;
};

using Dense = BasicDense<float>;
using ActivationLayer = BasicActivationLayer<float>;
using BatchNorm = BasicBatchNorm<float>;

extern template class BasicDense<float>;
extern template class BasicDense<double>;
extern template class BasicActivationLayer<float>;
extern template class BasicActivationLayer<double>;
extern template class BasicBatchNorm<float>;
extern template class BasicBatchNorm<double>;

}  // namespace initscope
