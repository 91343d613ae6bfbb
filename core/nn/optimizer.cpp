#include "nn/optimizer.h"

#include <cmath>

#include "common/errors.h"

namespace initscope {
namespace {

using ArrayMap = Eigen::Map<Eigen::ArrayXf>;
using ConstArrayMap = Eigen::Map<const Eigen::ArrayXf>;

class Sgd final : public Optimizer {
public:
    explicit Sgd(double lr) : Optimizer(lr) {}
    OptimizerKind kind() const override { return OptimizerKind::Sgd; }
    void step(std::span<const ParamSlot> params) override {
        const float lr = static_cast<float>(m_lr);
        for (const ParamSlot& p : params) {
            // The step as one expression either way (the compiler may fuse it): the same weights
            // whether or not anybody watches the update.
            if (p.update) ArrayMap(p.update, p.size) = -lr * ConstArrayMap(p.grad, p.size);  // ΔW = −η·∂L/∂W
            ArrayMap(p.value, p.size) -= lr * ConstArrayMap(p.grad, p.size);  // W ← W − η·∂L/∂W
        }
    }
};

// Keeps one state array per parameter (and two for Adam).
class Stateful : public Optimizer {
protected:
    explicit Stateful(double lr) : Optimizer(lr) {}
    Eigen::ArrayXf& state(std::vector<Eigen::ArrayXf>& states, std::size_t i, Eigen::Index size) {
        if (states.size() <= i) states.resize(i + 1);
        if (states[i].size() != size) states[i] = Eigen::ArrayXf::Zero(size);
        return states[i];
    }
};

class Momentum final : public Stateful {
public:
    static constexpr float kMomentum = 0.9f;
    explicit Momentum(double lr) : Stateful(lr) {}
    OptimizerKind kind() const override { return OptimizerKind::Momentum; }
    void step(std::span<const ParamSlot> params) override {
        const float lr = static_cast<float>(m_lr);
        for (std::size_t i = 0; i < params.size(); ++i) {
            const ParamSlot& p = params[i];
            Eigen::ArrayXf& v = state(m_v, i, p.size);
            v = kMomentum * v - lr * ConstArrayMap(p.grad, p.size);  // v ← αv − η·∂L/∂W
            ArrayMap(p.value, p.size) += v;                           // W ← W + v
            if (p.update) ArrayMap(p.update, p.size) = v;             // ΔW = v
        }
    }

private:
    std::vector<Eigen::ArrayXf> m_v;
};

class AdaGrad final : public Stateful {
public:
    explicit AdaGrad(double lr) : Stateful(lr) {}
    OptimizerKind kind() const override { return OptimizerKind::AdaGrad; }
    void step(std::span<const ParamSlot> params) override {
        const float lr = static_cast<float>(m_lr);
        for (std::size_t i = 0; i < params.size(); ++i) {
            const ParamSlot& p = params[i];
            Eigen::ArrayXf& h = state(m_h, i, p.size);
            const ConstArrayMap g(p.grad, p.size);
            h += g.square();  // h ← h + (∂L/∂W)²
            if (p.update) ArrayMap(p.update, p.size) = -lr * g / (h.sqrt() + 1e-7f);  // ΔW = −η·g/(√h + ε)
            ArrayMap(p.value, p.size) -= lr * g / (h.sqrt() + 1e-7f);  // W ← W − η·g/(√h + ε)
        }
    }

private:
    std::vector<Eigen::ArrayXf> m_h;
};

class Adam final : public Stateful {
public:
    static constexpr double kBeta1 = 0.9, kBeta2 = 0.999;
    explicit Adam(double lr) : Stateful(lr) {}
    OptimizerKind kind() const override { return OptimizerKind::Adam; }
    void step(std::span<const ParamSlot> params) override {
        ++m_t;
        // η_t = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ)  (bias correction folded into the step, as in the book)
        const float lrT = static_cast<float>(m_lr * std::sqrt(1.0 - std::pow(kBeta2, m_t)) /
                                             (1.0 - std::pow(kBeta1, m_t)));
        for (std::size_t i = 0; i < params.size(); ++i) {
            const ParamSlot& p = params[i];
            Eigen::ArrayXf& m = state(m_m, i, p.size);
            Eigen::ArrayXf& v = state(m_v, i, p.size);
            const ConstArrayMap g(p.grad, p.size);
            m += float(1 - kBeta1) * (g - m);           // m ← m + (1−β₁)(g − m)
            v += float(1 - kBeta2) * (g.square() - v);  // v ← v + (1−β₂)(g² − v)
            if (p.update) ArrayMap(p.update, p.size) = -lrT * m / (v.sqrt() + 1e-7f);  // ΔW = −η_t·m/(√v + ε)
            ArrayMap(p.value, p.size) -= lrT * m / (v.sqrt() + 1e-7f);  // W ← W − η_t·m/(√v + ε)
        }
    }

private:
    long m_t = 0;
    std::vector<Eigen::ArrayXf> m_m, m_v;
};

}  // namespace

std::unique_ptr<Optimizer> makeOptimizer(OptimizerKind kind, double learningRate) {
    switch (kind) {
        case OptimizerKind::Sgd:
            return std::make_unique<Sgd>(learningRate);
        case OptimizerKind::Momentum:
            return std::make_unique<Momentum>(learningRate);
        case OptimizerKind::AdaGrad:
            return std::make_unique<AdaGrad>(learningRate);
        case OptimizerKind::Adam:
            return std::make_unique<Adam>(learningRate);
    }
    return std::make_unique<Sgd>(learningRate);
}

std::string_view optimizerName(OptimizerKind kind) {
    switch (kind) {
        case OptimizerKind::Sgd:
            return "sgd";
        case OptimizerKind::Momentum:
            return "momentum";
        case OptimizerKind::AdaGrad:
            return "adagrad";
        case OptimizerKind::Adam:
            return "adam";
    }
    return "sgd";
}

std::vector<OptimizerKind> allOptimizers() {
    return {OptimizerKind::Sgd, OptimizerKind::Momentum, OptimizerKind::AdaGrad,
            OptimizerKind::Adam};
}

OptimizerKind optimizerByName(std::string_view name, const std::string& field) {
    for (OptimizerKind k : allOptimizers()) {
        if (optimizerName(k) == name) return k;
    }
    throw ConfigError(field, "unknown optimizer '" + quoteForMessage(name) + "' (choose sgd, momentum, adagrad or adam)",
                      {"optimizer.unknown", {quoteForMessage(name)}});
}

double defaultLearningRate(OptimizerKind kind) { return kind == OptimizerKind::Adam ? 0.001 : 0.01; }

}  // namespace initscope
