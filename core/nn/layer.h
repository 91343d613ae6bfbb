#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include "common/types.h"

namespace initscope {

// One trainable tensor and its gradient as flat arrays, for the optimizers. When `update` is
// set, the optimizer also writes there what it added to the values this step (ΔW), in the same
// loop: the update:data ratio costs nothing when nobody asks for it.
template <typename S>
struct BasicParam {
    S* value = nullptr;
    const S* grad = nullptr;
    Eigen::Index size = 0;
    S* update = nullptr;
};
using ParamSlot = BasicParam<float>;

// Per-column count, mean and sum of squared deviations of a batch, mergeable in a fixed order
// (Chan et al.): the batch statistics of a BatchNorm layer gathered block by block of rows give the
// same numbers for any number of threads.
struct ColumnMoments {
    double count = 0.0;
    Eigen::ArrayXd mean, m2;

    template <typename S>
    static ColumnMoments of(const MatrixT<S>& rows);
    void merge(const ColumnMoments& other);
    Eigen::ArrayXd variance() const;  // biased (÷ count), as batch normalization uses
};

enum class LayerKind { Dense, Activation, BatchNorm };

// Train: batch statistics, and what a layer learns from batches (running statistics) is updated.
// Measure: as Train, but nothing is learned (a probe batch, the loss recomputed after a step).
// Eval: inference (BatchNorm with its running statistics).
enum class LayerMode { Train, Measure, Eval };
std::string_view layerKindName(LayerKind kind);  // "dense", "activation", "batchnorm"

// A layer of a Sequential network: y = layer(x) on a batch (rows are samples).
//  - forward(x) keeps what backward needs; its output lives in the layer until the next forward.
//  - backward(x, dL/dy, dL/dx) sets the parameter gradients and, when asked, dL/dx.
//  - forwardRows(in, out) evaluates row blocks independently and keeps nothing, for experiments
//    that process a batch block by block on the thread pool. A layer whose training-mode output
//    depends on the whole batch (needsBatchStatistics(), BatchNorm) is first given the statistics
//    of its whole input, merged from the blocks (useBatchStatistics()).
// `block` is the 1-based number of the hidden layer this layer belongs to (dense 3, batchnorm 3
// and relu 3 form block 3); the last layer of a block is what the histograms show.
template <typename S>
class BasicLayer {
public:
    using Mat = MatrixT<S>;

    virtual ~BasicLayer() = default;
    virtual LayerKind kind() const = 0;
    // "dense 3", "batchnorm 3", "relu 3"
    virtual std::string name() const;
    int block() const { return m_block; }
    virtual int inputWidth() const = 0;
    virtual int outputWidth() const = 0;
    // The fans an initializer sees: the layer's own shape.
    int fanIn() const { return inputWidth(); }
    int fanOut() const { return outputWidth(); }

    LayerMode mode() const { return m_mode; }
    bool training() const { return m_mode != LayerMode::Eval; }
    void setMode(LayerMode mode) { m_mode = mode; }

    virtual const Mat& forward(const Mat& x) = 0;
    virtual void backward(const Mat& x, const Mat& dy, Mat* dx) = 0;
    const Mat& output() const { return m_out; }

    virtual void forwardRows(const Eigen::Ref<const Mat>& in, Mat& out) const = 0;
    // True when forwardRows(m, m) may write its output over its input (an element-wise layer).
    virtual bool worksInPlace() const { return false; }
    virtual bool needsBatchStatistics() const { return false; }
    virtual void useBatchStatistics(const ColumnMoments& /*input*/) {}

    // Parameters with their gradients (empty for a layer without any).
    virtual std::vector<BasicParam<S>> params() { return {}; }
    virtual bool allFinite() const { return true; }

protected:
    explicit BasicLayer(int block) : m_block(block) {}
    int m_block;
    LayerMode m_mode = LayerMode::Train;
    Mat m_out;
};

}  // namespace initscope
