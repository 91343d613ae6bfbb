#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "common/types.h"
#include "nn/activation.h"
#include "nn/initializer.h"

namespace initscope {

// One trainable tensor and its gradient, as flat arrays (for the optimizers).
struct ParamSlot {
    float* value;
    const float* grad;
    Eigen::Index size;
};

// A fully-connected network: sizes = [n₀, n₁, …, n_L] gives L dense layers, layer l mapping
// n_{l−1} → n_l as Z_l = A_{l−1}·W_l (+ b_l), A_l = f(Z_l). With a linear output the last layer
// has no activation (its Z is the logits). Every layer's Z, A and, after backward(), dL/dZ, dL/dA
// and the parameter gradients are kept: the UI shows them all. Buffers are reused between calls
// with the same batch size, so the training loop does not allocate.
template <typename S>
class BasicMlp {
public:
    using Mat = MatrixT<S>;
    using Row = RowVectorT<S>;

    BasicMlp(std::vector<int> sizes, const Activation& activation, bool bias, bool linearOutput);

    int layerCount() const { return static_cast<int>(m_w.size()); }
    const std::vector<int>& sizes() const { return m_sizes; }
    const Activation& activation() const { return *m_activation; }
    bool hasBias() const { return m_bias; }
    bool isActivated(int layer) const { return !m_linearOutput || layer + 1 < layerCount(); }

    // Weights of layer l from its own stream of `seed` (stream l + 1), biases zero. Two
    // initializers with the same base distribution therefore draw the same base numbers.
    void initialize(const Initializer& init, std::uint64_t seed);

    Mat& weight(int l) { return m_w[l]; }
    const Mat& weight(int l) const { return m_w[l]; }
    Row& bias(int l) { return m_b[l]; }
    const Row& bias(int l) const { return m_b[l]; }

    // Forward pass; returns the output (A_L, or Z_L with a linear output).
    const Mat& forward(const Mat& x);
    const Mat& preActivation(int l) const { return m_z[l]; }
    const Mat& output(int l) const { return isActivated(l) ? m_a[l] : m_z[l]; }
    const Mat& output() const { return output(layerCount() - 1); }

    // Backward pass from dL/d(output) (N × n_L) through the stored forward pass.
    void backward(const Mat& x, const Mat& dOutput);
    const Mat& gradWeight(int l) const { return m_dw[l]; }
    const Row& gradBias(int l) const { return m_db[l]; }
    const Mat& gradOutput(int l) const { return m_da[l]; }  // dL/dA_l
    const Mat& gradPre(int l) const { return m_dz[l]; }     // dL/dZ_l

    // Weights and (if any) biases with their gradients, for an optimizer (float only).
    std::vector<ParamSlot> paramSlots();
    // True when every weight and bias is finite.
    bool allFinite() const;

private:
    std::vector<int> m_sizes;
    const Activation* m_activation;
    bool m_bias;
    bool m_linearOutput;
    std::vector<Mat> m_w, m_dw, m_z, m_a, m_dz, m_da;
    std::vector<Row> m_b, m_db;
};

using Mlp = BasicMlp<float>;

// Mean softmax cross-entropy of logits (N × C) against integer labels:
//   L = (1/N) Σᵢ [log Σⱼ e^{zᵢⱼ} − zᵢ,tᵢ]   (log-sum-exp, shifted by the row maximum).
// If dLogits is given it receives dL/dZ = (softmax(Z) − onehot(t)) / N.
template <typename S>
double softmaxCrossEntropy(const MatrixT<S>& logits, std::span<const std::uint8_t> labels,
                           MatrixT<S>* dLogits);

// Number of rows whose arg-max equals the label.
template <typename S>
int countCorrect(const MatrixT<S>& logits, std::span<const std::uint8_t> labels);

extern template class BasicMlp<float>;
extern template class BasicMlp<double>;

}  // namespace initscope
