#include "nn/activation.h"

#include <cmath>
#include <numbers>

#include "common/errors.h"

namespace initscope {
namespace {

// Each activation is a struct with templated element-wise kernels, wrapped by ActivationImpl into
// the virtual interface for float (the engine) and double (gradient checks).
//   fwd(z, a): a = f(z)         bwd(z, a, g): g ⊙= f'(z)
template <class K>
class ActivationImpl final : public Activation {
public:
    ActivationKind kind() const override { return K::kKind; }
    std::string_view name() const override { return K::kName; }
    std::string_view displayName() const override { return K::kDisplay; }
    std::string_view formula() const override { return K::kFormula; }
    double gain() const override { return K::gain(); }
    std::string_view gainFormula() const override { return K::kGainFormula; }

    void forward(const Eigen::Ref<const MatrixT<float>>& z, MatrixT<float>& a) const override { run(z, a); }
    void forward(const Eigen::Ref<const MatrixT<double>>& z, MatrixT<double>& a) const override { run(z, a); }
    void backward(const MatrixT<float>& z, const MatrixT<float>& a,
                  MatrixT<float>& g) const override {
        K::bwd(z.array(), a.array(), g.array());
    }
    void backward(const MatrixT<double>& z, const MatrixT<double>& a,
                  MatrixT<double>& g) const override {
        K::bwd(z.array(), a.array(), g.array());
    }

    std::optional<std::pair<double, double>> outputRange() const override {
        return K::outputRange();
    }
    bool hasSaturation() const override { return K::kSaturates; }
    std::pair<double, double> saturationBounds() const override { return K::saturationBounds(); }
    bool hasDeadUnits() const override { return K::kDies; }

private:
    template <typename S>
    static void run(const Eigen::Ref<const MatrixT<S>>& z, MatrixT<S>& a) {
        a.resize(z.rows(), z.cols());
        K::fwd(z.array(), a.array());
    }
};

struct Defaults {
    static std::optional<std::pair<double, double>> outputRange() { return std::nullopt; }
    static constexpr bool kSaturates = false;
    static std::pair<double, double> saturationBounds() { return {0.0, 0.0}; }
    static constexpr bool kDies = false;
};

struct Sigmoid : Defaults {
    static constexpr ActivationKind kKind = ActivationKind::Sigmoid;
    static constexpr std::string_view kName = "sigmoid", kDisplay = "Sigmoid",
                                      kFormula = "f(x) = 1 / (1 + e^(-x))", kGainFormula = "1";
    static double gain() { return 1.0; }
    template <class Z, class A>
    static void fwd(const Z& z, A&& a) {
        a = ((-z).exp() + 1).inverse();  // σ(z) = 1/(1+e^(−z))
    }
    template <class Z, class A, class G>
    static void bwd(const Z&, const A& a, G&& g) {
        g *= a * (1 - a);  // σ'(z) = σ(z)(1−σ(z))
    }
    static std::optional<std::pair<double, double>> outputRange() { return {{0.0, 1.0}}; }
    static constexpr bool kSaturates = true;
    static std::pair<double, double> saturationBounds() { return {0.01, 0.99}; }
};

struct Tanh : Defaults {
    static constexpr ActivationKind kKind = ActivationKind::Tanh;
    static constexpr std::string_view kName = "tanh", kDisplay = "tanh",
                                      kFormula = "f(x) = tanh(x)", kGainFormula = "5/3";
    static double gain() { return 5.0 / 3.0; }
    template <class Z, class A>
    static void fwd(const Z& z, A&& a) {
        a = z.tanh();
    }
    template <class Z, class A, class G>
    static void bwd(const Z&, const A& a, G&& g) {
        g *= 1 - a.square();  // tanh'(z) = 1 − tanh²(z)
    }
    static std::optional<std::pair<double, double>> outputRange() { return {{-1.0, 1.0}}; }
    static constexpr bool kSaturates = true;
    static std::pair<double, double> saturationBounds() { return {-0.97, 0.97}; }
};

struct Relu : Defaults {
    static constexpr ActivationKind kKind = ActivationKind::Relu;
    static constexpr std::string_view kName = "relu", kDisplay = "ReLU",
                                      kFormula = "f(x) = max(x, 0)", kGainFormula = "√2";
    static double gain() { return std::numbers::sqrt2; }
    template <class Z, class A>
    static void fwd(const Z& z, A&& a) {
        using S = typename Z::Scalar;
        a = z.max(S(0));
    }
    template <class Z, class A, class G>
    static void bwd(const Z& z, const A&, G&& g) {
        using S = typename Z::Scalar;
        g = (z > S(0)).select(g, S(0));  // f'(z) = 1 if z > 0 else 0
    }
    static constexpr bool kDies = true;
};

struct LeakyRelu : Defaults {
    static constexpr double kSlope = 0.01;
    static constexpr ActivationKind kKind = ActivationKind::LeakyRelu;
    static constexpr std::string_view kName = "leaky-relu", kDisplay = "Leaky ReLU",
                                      kFormula = "f(x) = x if x > 0 else 0.01·x",
                                      kGainFormula = "√(2/(1+a²)), a = 0.01";
    static double gain() { return std::sqrt(2.0 / (1.0 + kSlope * kSlope)); }
    template <class Z, class A>
    static void fwd(const Z& z, A&& a) {
        using S = typename Z::Scalar;
        a = (z > S(0)).select(z, z * S(kSlope));
    }
    template <class Z, class A, class G>
    static void bwd(const Z& z, const A&, G&& g) {
        using S = typename Z::Scalar;
        g = (z > S(0)).select(g, g * S(kSlope));  // f'(z) = 1 if z > 0 else a
    }
};

struct Elu : Defaults {
    static constexpr ActivationKind kKind = ActivationKind::Elu;
    static constexpr std::string_view kName = "elu", kDisplay = "ELU",
                                      kFormula = "f(x) = x if x > 0 else e^x − 1",
                                      kGainFormula = "1 (no standard gain)";
    static double gain() { return 1.0; }
    template <class Z, class A>
    static void fwd(const Z& z, A&& a) {
        using S = typename Z::Scalar;
        a = (z > S(0)).select(z, z.min(S(0)).exp() - S(1));
    }
    template <class Z, class A, class G>
    static void bwd(const Z& z, const A&, G&& g) {
        using S = typename Z::Scalar;
        // f'(z) = 1 if z > 0 else e^z, from z itself: f(z) + 1 loses every digit for z < −10
        g = (z > S(0)).select(g, g * z.min(S(0)).exp());
    }
};

struct Selu : Defaults {
    static constexpr double kLambda = 1.0507009873554804934193349852946;
    static constexpr double kAlpha = 1.6732632423543772848170429916717;
    static constexpr ActivationKind kKind = ActivationKind::Selu;
    static constexpr std::string_view kName = "selu", kDisplay = "SELU",
                                      kFormula = "f(x) = λ·x if x > 0 else λ·α·(e^x − 1)",
                                      kGainFormula = "3/4";
    static double gain() { return 0.75; }
    template <class Z, class A>
    static void fwd(const Z& z, A&& a) {
        using S = typename Z::Scalar;
        a = S(kLambda) * (z > S(0)).select(z, S(kAlpha) * (z.min(S(0)).exp() - S(1)));
    }
    template <class Z, class A, class G>
    static void bwd(const Z& z, const A&, G&& g) {
        using S = typename Z::Scalar;
        // f'(z) = λ if z > 0 else λ·α·e^z, from z itself (f(z) + λ·α cancels for z < −10)
        g = (z > S(0)).select(g * S(kLambda), g * (S(kLambda * kAlpha) * z.min(S(0)).exp()));
    }
};

struct Gelu : Defaults {
    static constexpr double kC = 0.7978845608028654;  // √(2/π)
    static constexpr double kK = 0.044715;
    static constexpr ActivationKind kKind = ActivationKind::Gelu;
    static constexpr std::string_view kName = "gelu", kDisplay = "GELU",
                                      kFormula = "f(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))",
                                      kGainFormula = "1 (no standard gain)";
    static double gain() { return 1.0; }
    template <class Z, class A>
    static void fwd(const Z& z, A&& a) {
        using S = typename Z::Scalar;
        a = S(0.5) * z * (S(1) + (S(kC) * (z + S(kK) * z.cube())).tanh());
    }
    template <class Z, class A, class G>
    static void bwd(const Z& z, const A&, G&& g) {
        using S = typename Z::Scalar;
        // t = tanh(u), u = c(z + k z³): f'(z) = ½(1+t) + ½·z·(1−t²)·c·(1 + 3k z²)
        const auto t = (S(kC) * (z + S(kK) * z.cube())).tanh().eval();
        g *= S(0.5) * (S(1) + t) +
             S(0.5) * z * (S(1) - t.square()) * S(kC) * (S(1) + S(3 * kK) * z.square());
    }
};

struct Softplus : Defaults {
    static constexpr ActivationKind kKind = ActivationKind::Softplus;
    static constexpr std::string_view kName = "softplus", kDisplay = "Softplus",
                                      kFormula = "f(x) = ln(1 + e^x)",
                                      kGainFormula = "1 (no standard gain)";
    static double gain() { return 1.0; }
    template <class Z, class A>
    static void fwd(const Z& z, A&& a) {
        using S = typename Z::Scalar;
        a = z.max(S(0)) + (-z.abs()).exp().log1p();  // ln(1+eˣ) = max(x,0) + ln(1+e^(−|x|))
    }
    template <class Z, class A, class G>
    static void bwd(const Z& z, const A&, G&& g) {
        g *= ((-z).exp() + 1).inverse();  // f'(z) = σ(z)
    }
};

struct Linear : Defaults {
    static constexpr ActivationKind kKind = ActivationKind::Linear;
    static constexpr std::string_view kName = "linear", kDisplay = "Linear (identity)",
                                      kFormula = "f(x) = x", kGainFormula = "1";
    static double gain() { return 1.0; }
    template <class Z, class A>
    static void fwd(const Z& z, A&& a) {
        a = z;
    }
    template <class Z, class A, class G>
    static void bwd(const Z&, const A&, G&&) {}  // f'(z) = 1
};

const ActivationImpl<Sigmoid> kSigmoid;
const ActivationImpl<Tanh> kTanh;
const ActivationImpl<Relu> kRelu;
const ActivationImpl<LeakyRelu> kLeakyRelu;
const ActivationImpl<Elu> kElu;
const ActivationImpl<Selu> kSelu;
const ActivationImpl<Gelu> kGelu;
const ActivationImpl<Softplus> kSoftplus;
const ActivationImpl<Linear> kLinear;

}  // namespace

double Activation::value(double x) const {
    MatrixT<double> z(1, 1), a;
    z(0, 0) = x;
    forward(z, a);
    return a(0, 0);
}

double Activation::derivative(double x) const {
    MatrixT<double> z(1, 1), a, g(1, 1);
    z(0, 0) = x;
    g(0, 0) = 1.0;
    forward(z, a);
    backward(z, a, g);
    return g(0, 0);
}

std::vector<const Activation*> allActivations() {
    return {&kSigmoid, &kTanh, &kRelu, &kLeakyRelu, &kElu, &kSelu, &kGelu, &kSoftplus, &kLinear};
}

std::string activationNameList() {
    std::string list;
    for (const Activation* a : allActivations()) {
        if (!list.empty()) list += ", ";
        list += a->name();
    }
    return list;
}

const Activation& activationByName(std::string_view name, const std::string& field) {
    for (const Activation* a : allActivations()) {
        if (a->name() == name) return *a;
    }
    throw ConfigError(field, "unknown activation '" + quoteForMessage(name) + "' (choose one of: " + activationNameList() + ")",
                      {"activation.unknown", {quoteForMessage(name), activationNameList()}});
}

const Activation& activationByKind(ActivationKind kind) {
    for (const Activation* a : allActivations()) {
        if (a->kind() == kind) return *a;
    }
    return kLinear;
}

}  // namespace initscope
