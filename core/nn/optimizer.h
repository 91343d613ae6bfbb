#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nn/network.h"

namespace initscope {

enum class OptimizerKind { Sgd, Momentum, AdaGrad, Adam };

// An update rule (the chapter's SGD, Momentum, AdaGrad, Adam). Keeps per-parameter state, sized
// on the first step, so steady-state steps do not allocate. A parameter whose `update` is set also
// receives the step ΔW it was given (W_new = W_old + ΔW), written in the same loop.
class Optimizer {
public:
    virtual ~Optimizer() = default;
    virtual OptimizerKind kind() const = 0;
    virtual void step(std::span<const ParamSlot> params) = 0;
    double learningRate() const { return m_lr; }

protected:
    explicit Optimizer(double lr) : m_lr(lr) {}
    double m_lr;
};

std::unique_ptr<Optimizer> makeOptimizer(OptimizerKind kind, double learningRate);

// The book's learning rate for each optimizer (chapter 6's comparison): SGD, Momentum and AdaGrad
// 0.01, Adam 0.001. Used when the user sets none.
double defaultLearningRate(OptimizerKind kind);

inline constexpr double kMaxLearningRate = 1000.0;
std::string_view optimizerName(OptimizerKind kind);  // "sgd", "momentum", "adagrad", "adam"
OptimizerKind optimizerByName(std::string_view name, const std::string& field = "optimizer");
std::vector<OptimizerKind> allOptimizers();

}  // namespace initscope
