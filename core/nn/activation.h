#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/types.h"

namespace initscope {

enum class ActivationKind { Sigmoid, Tanh, Relu, LeakyRelu, Elu, Selu, Gelu, Softplus, Linear };

// An element-wise activation function: forward, derivative, recommended gain and the facts the
// statistics need (natural output range, saturation, dead units). Stateless; obtain instances from
// activationByName() / activationByKind().
class Activation {
public:
    virtual ~Activation() = default;

    virtual ActivationKind kind() const = 0;
    virtual std::string_view name() const = 0;         // "leaky-relu": used in files and the CLI
    virtual std::string_view displayName() const = 0;  // "Leaky ReLU": used in the UI
    virtual std::string_view formula() const = 0;      // "f(x) = max(x, 0)"
    // Recommended gain for variance-preserving initialisation (PyTorch's calculate_gain).
    virtual double gain() const = 0;
    virtual std::string_view gainFormula() const = 0;

    // a = f(z), element-wise; a is resized to z's shape and may be z itself (every kernel is one
    // element-wise expression). z may be a block of rows of a larger matrix (no copy is made).
    virtual void forward(const Eigen::Ref<const MatrixT<float>>& z, MatrixT<float>& a) const = 0;
    virtual void forward(const Eigen::Ref<const MatrixT<double>>& z, MatrixT<double>& a) const = 0;
    // g ← g ⊙ f'(z): turns dL/da into dL/dz. a = f(z) is passed so f' may reuse it.
    virtual void backward(const MatrixT<float>& z, const MatrixT<float>& a,
                          MatrixT<float>& g) const = 0;
    virtual void backward(const MatrixT<double>& z, const MatrixT<double>& a,
                          MatrixT<double>& g) const = 0;

    double value(double x) const;
    double derivative(double x) const;

    // The function's output range when bounded (sigmoid (0, 1), tanh (−1, 1)): the automatic
    // histogram range. nullopt: unbounded, the range is fitted to the data.
    virtual std::optional<std::pair<double, double>> outputRange() const { return std::nullopt; }
    // Saturation is defined for sigmoid (a < 0.01 or a > 0.99) and tanh (|a| > 0.97): a value is
    // saturated when it lies outside the open interval saturationBounds().
    virtual bool hasSaturation() const { return false; }
    virtual std::pair<double, double> saturationBounds() const { return {0.0, 0.0}; }
    bool isSaturated(double a) const {
        const auto [lo, hi] = saturationBounds();
        return hasSaturation() && (a < lo || a > hi);
    }
    // A "dead" unit output is exactly 0 (ReLU).
    virtual bool hasDeadUnits() const { return false; }
};

// Throws ConfigError(field, ...) listing the valid names when `name` is unknown.
const Activation& activationByName(std::string_view name, const std::string& field = "activation");
const Activation& activationByKind(ActivationKind kind);
// Every activation, in menu order.
std::vector<const Activation*> allActivations();
std::string activationNameList();  // "sigmoid, tanh, ..." for error messages and help

}  // namespace initscope
