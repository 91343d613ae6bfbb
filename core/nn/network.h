#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "common/rng.h"
#include "common/types.h"
#include "nn/activation.h"
#include "nn/initializer.h"
#include "nn/layer.h"
#include "nn/layers.h"

namespace initscope {

// A network as a sequence of layers that it owns. forward() chains the layers' forward passes;
// backward() runs them in reverse from dL/d(output), keeping dL/d(output of layer i) for every i
// (the views draw them). Buffers are reused between calls with the same batch size, so a training
// loop does not allocate.
template <typename S>
class BasicSequential {
public:
    using Mat = MatrixT<S>;
    using Layer = BasicLayer<S>;

    void add(std::unique_ptr<Layer> layer);
    int size() const { return static_cast<int>(m_layers.size()); }
    Layer& layer(int i) { return *m_layers[static_cast<std::size_t>(i)]; }
    const Layer& layer(int i) const { return *m_layers[static_cast<std::size_t>(i)]; }
    int inputWidth() const { return m_layers.front()->inputWidth(); }
    int outputWidth() const { return m_layers.back()->outputWidth(); }

    // Hidden blocks (dense → [batchnorm] → activation, numbered from 1): the index of each block's
    // last layer, whose output the views show as "layer b". The dense output layer of a classifier
    // is a block without an activation and is not counted as hidden.
    int hiddenCount() const { return static_cast<int>(m_hiddenEnds.size()); }
    int hiddenEnd(int b) const { return m_hiddenEnds[static_cast<std::size_t>(b)]; }  // b from 0
    const std::vector<int>& hiddenEnds() const { return m_hiddenEnds; }
    // The Dense layer of hidden block b (from 0), or of the output block b = hiddenCount().
    BasicDense<S>& dense(int b) { return *m_dense[static_cast<std::size_t>(b)]; }
    const BasicDense<S>& dense(int b) const { return *m_dense[static_cast<std::size_t>(b)]; }
    int denseCount() const { return static_cast<int>(m_dense.size()); }

    void setMode(LayerMode mode);
    const Mat& forward(const Mat& x);
    const Mat& output(int i) const { return layer(i).output(); }
    const Mat& output() const { return m_layers.back()->output(); }
    // dInput, when given, receives dL/dx, the gradient the first layer sends to the input.
    void backward(const Mat& x, const Mat& dOutput, Mat* dInput = nullptr);
    const Mat& gradOutput(int i) const { return m_grad[static_cast<std::size_t>(i)]; }  // dL/d(output of i)

    // Every layer's parameters, in layer order; with `withUpdates` each also gets a buffer that the
    // optimizer fills with its step (see updateOf()).
    std::vector<BasicParam<S>> params(bool withUpdates = false);
    // The step the optimizer last wrote for params()[k] (empty unless asked for).
    const Eigen::Matrix<S, Eigen::Dynamic, 1>& updateOf(std::size_t k) const { return m_updates[k]; }
    bool allFinite() const;

private:
    std::vector<std::unique_ptr<Layer>> m_layers;
    std::vector<BasicDense<S>*> m_dense;
    std::vector<int> m_hiddenEnds;
    std::vector<Mat> m_grad;
    std::vector<Eigen::Matrix<S, Eigen::Dynamic, 1>> m_updates;
};

using Sequential = BasicSequential<float>;

// The shape of a multilayer perceptron: sizes = [n₀, n₁, …, n_L] gives L dense layers; every
// hidden one (all of them without a linear output) is followed by an optional BatchNorm and the
// activation: dense l → [batchnorm l] → f l.
struct NetworkSpec {
    std::vector<int> sizes;
    const Activation* activation = nullptr;
    bool bias = true;
    bool batchNorm = false;
    bool linearOutput = true;  // the last dense layer gives logits
    bool sharedWeights = false;  // dense weights come later from shareScaledWeights (not trainable)

    bool operator==(const NetworkSpec&) const = default;
};

template <typename S>
BasicSequential<S> buildNetwork(const NetworkSpec& spec);

// How biases start: all zero (the book) or N(0, σ_b²). Spec "zeros" or "normal=<σ_b>".
struct BiasInit {
    double sigma = 0.0;  // 0: zeros
    std::string spec() const;
    bool operator==(const BiasInit&) const = default;
};
BiasInit parseBiasInit(std::string_view spec, const std::string& field = "bias_init");

// Initialises every Dense layer: dense layer k (from 0) draws its weights from stream k + 1 of
// `seed` with its own fan-in/fan-out, and a normal bias from stream 2⁴⁰ + k; BatchNorm layers
// reset (γ = 1, β = 0, running statistics 0). Records each dense layer's description and scale.
// A data-dependent initializer (LSUV) is only given its orthonormal start here: see lsuv.h.
template <typename S>
void initializeNetwork(BasicSequential<S>& net, const Initializer& init, const BiasInit& bias,
                       std::uint64_t seed);

// The pieces of initializeNetwork(), for a network whose weights are drawn elsewhere (shared):
// the description and scale `init` gives this layer's shape, and dense layer k's bias.
template <typename S>
void describeInitialization(BasicDense<S>& dense, const Initializer& init);
template <typename S>
void initializeBias(BasicDense<S>& dense, const BiasInit& bias, std::uint64_t seed, int k);

// Mean softmax cross-entropy of logits (N × C) against integer labels:
//   L = (1/N) Σᵢ [log Σⱼ e^{zᵢⱼ} − zᵢ,tᵢ]   (log-sum-exp, shifted by the row maximum).
// If dLogits is given it receives dL/dZ = (softmax(Z) − onehot(t)) / N.
template <typename S>
double softmaxCrossEntropy(const MatrixT<S>& logits, std::span<const std::uint8_t> labels,
                           MatrixT<S>* dLogits);

// Number of rows whose arg-max equals the label.
template <typename S>
int countCorrect(const MatrixT<S>& logits, std::span<const std::uint8_t> labels);

extern template class BasicSequential<float>;
extern template class BasicSequential<double>;

}  // namespace initscope
