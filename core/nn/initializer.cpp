#include "nn/initializer.h"

#include "common/run_control.h"

#include <Eigen/QR>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>

#include "common/errors.h"

namespace initscope {
namespace {

// N(0, σ²) or U(−a, a) with a fixed σ or a, independent of the layer's size.
class FixedScale final : public Initializer {
public:
    FixedScale(BaseDistribution distribution, double value)
        : m_distribution(distribution), m_value(value) {}
    std::string spec() const override {
        return (m_distribution == BaseDistribution::Normal ? "std=" : "uniform=") +
               formatNumber(m_value, 6);
    }
    std::string displayName() const override {
        return (m_distribution == BaseDistribution::Normal ? "std = " : "uniform ±") +
               formatNumber(m_value, 6);
    }
    std::string formula() const override {
        return m_distribution == BaseDistribution::Normal ? "σ fixed" : "a fixed";
    }
    BaseDistribution distribution() const override { return m_distribution; }
    double scale(int, int) const override { return m_value; }

private:
    BaseDistribution m_distribution;
    double m_value;
};

// A scale computed from the layer's fans (Xavier, He, Glorot, LeCun).
class FanScaled final : public Initializer {
public:
    using ScaleFn = double (*)(int fanIn, int fanOut);
    FanScaled(std::string spec, std::string display, std::string formula,
              BaseDistribution distribution, ScaleFn fn)
        : m_spec(std::move(spec)),
          m_display(std::move(display)),
          m_formula(std::move(formula)),
          m_distribution(distribution),
          m_fn(fn) {}
    std::string spec() const override { return m_spec; }
    std::string displayName() const override { return m_display; }
    std::string formula() const override { return m_formula; }
    BaseDistribution distribution() const override { return m_distribution; }
    double scale(int fanIn, int fanOut) const override { return m_fn(fanIn, fanOut); }

private:
    std::string m_spec, m_display, m_formula;
    BaseDistribution m_distribution;
    ScaleFn m_fn;
};

class Orthogonal final : public Initializer {
public:
    explicit Orthogonal(double gain) : m_gain(gain) {}
    std::string spec() const override {
        return m_gain == 1.0 ? "orthogonal" : "orthogonal=" + formatNumber(m_gain, 6);
    }
    std::string displayName() const override {
        return m_gain == 1.0 ? "Orthogonal" : "Orthogonal ×" + formatNumber(m_gain, 6);
    }
    std::string formula() const override { return "W = gain·Q, QR of a Gaussian matrix"; }
    BaseDistribution distribution() const override { return BaseDistribution::Orthogonal; }
    double scale(int, int) const override { return m_gain; }

private:
    double m_gain;
};

// LSUV (Mishkin & Matas 2015): an orthonormal start (gain 1) that lsuvInitialize() then rescales
// layer by layer on data until each layer's output has unit variance.
class Lsuv final : public Initializer {
public:
    std::string spec() const override { return "lsuv"; }
    std::string displayName() const override { return "LSUV"; }
    std::string formula() const override { return "orthonormal, then Var(Z) = 1 on data"; }
    BaseDistribution distribution() const override { return BaseDistribution::Orthogonal; }
    double scale(int, int) const override { return 1.0; }
    bool needsData() const override { return true; }
};

class Zeros final : public Initializer {
public:
    std::string spec() const override { return "zeros"; }
    std::string displayName() const override { return "Zeros"; }
    std::string formula() const override { return "W = 0"; }
    BaseDistribution distribution() const override { return BaseDistribution::Zeros; }
    double scale(int, int) const override { return 0.0; }
};

double parsePositive(std::string_view text, std::string_view spec, const std::string& field,
                     bool allowZero) {
    double value = 0.0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(value)) {
        throw ConfigError(field, "'" + quoteForMessage(spec) + "': '" + quoteForMessage(text) + "' is not a number",
                          {"init.not_number", {quoteForMessage(spec), quoteForMessage(text)}});
    }
    if (value < 0.0 || (!allowZero && value == 0.0)) {
        throw ConfigError(field, "'" + quoteForMessage(spec) + "': the value must be " + (allowZero ? "≥ 0" : "> 0"),
                          {allowZero ? "init.value_nonnegative" : "init.value_positive", {quoteForMessage(spec)}});
    }
    if (value > 1e6) {
        throw ConfigError(field, "'" + quoteForMessage(spec) + "': the value must be ≤ 1e6",
                          {"init.value_max", {quoteForMessage(spec)}});
    }
    return value;
}

}  // namespace

std::string formatNumber(double value, int significant) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*g", significant, value);
    return buffer;
}

double Initializer::weightStd(int fanIn, int fanOut) const {
    const double s = scale(fanIn, fanOut);
    switch (distribution()) {
        case BaseDistribution::Normal:
            return s;
        case BaseDistribution::Uniform:
            return s / std::sqrt(3.0);  // Var U(−a, a) = a²/3
        case BaseDistribution::Orthogonal:
            return s / std::sqrt(static_cast<double>(std::max(fanIn, fanOut)));
        case BaseDistribution::Zeros:
            return 0.0;
    }
    return 0.0;
}

std::string Initializer::describe(int fanIn, int fanOut) const {
    const double s = scale(fanIn, fanOut);
    std::string symbol;
    switch (distribution()) {
        case BaseDistribution::Normal:
            symbol = "σ";
            break;
        case BaseDistribution::Uniform:
            symbol = "a";
            break;
        case BaseDistribution::Orthogonal:
            symbol = "gain";
            break;
        case BaseDistribution::Zeros:
            return displayName() + ": W = 0";
    }
    const std::string f = formula();
    if (f.rfind(symbol + " = ", 0) == 0) {
        return displayName() + ": " + f + " = " + formatNumber(s);
    }
    return displayName() + ": " + symbol + " = " + formatNumber(s);
}

namespace {

// Q of the thin QR of g with diag(R) > 0, for matrices too large to factor without a chance to
// cancel: block Gram–Schmidt, each panel of 64 columns projected twice against the columns
// before it ("twice is enough", Giraud et al. 2005) and then factored by Householder, with a
// checkpoint between panels. In exact arithmetic this is the same Q as the sign-fixed
// Householder QR below (the QR with a positive diagonal is unique).
MatrixT<double> orthonormalColumns(const MatrixT<double>& g, const RunControl* control) {
    const Eigen::Index rows = g.rows(), cols = g.cols();
    constexpr Eigen::Index kPanel = 64;
    MatrixT<double> q(rows, cols);
    for (Eigen::Index j0 = 0; j0 < cols; j0 += kPanel) {
        if (control) control->checkpoint();
        const Eigen::Index width = std::min(kPanel, cols - j0);
        MatrixT<double> panel = g.middleCols(j0, width);
        for (int pass = 0; pass < 2 && j0 > 0; ++pass) {
            const auto before = q.leftCols(j0);
            panel.noalias() -= before * (before.transpose() * panel);  // P −= Q·(Qᵀ·P)
        }
        Eigen::HouseholderQR<MatrixT<double>> qr(panel);
        MatrixT<double> qp = qr.householderQ() * MatrixT<double>::Identity(rows, width);
        for (Eigen::Index j = 0; j < width; ++j) {
            if (qr.matrixQR()(j, j) < 0) qp.col(j) = -qp.col(j);
        }
        q.middleCols(j0, width) = qp;
    }
    return q;
}

}  // namespace

Matrix Initializer::drawBase(BaseDistribution distribution, int fanIn, int fanOut, Rng& rng,
                             const RunControl* control) {
    Matrix w(fanIn, fanOut);
    switch (distribution) {
        case BaseDistribution::Normal:
            rng.fillNormal(w.data(), static_cast<std::size_t>(w.size()));
            break;
        case BaseDistribution::Uniform:
            for (Eigen::Index i = 0; i < w.size(); ++i) {
                w.data()[i] = static_cast<float>(rng.uniformSymmetric());
            }
            break;
        case BaseDistribution::Orthogonal: {
            // Q from the QR of a tall Gaussian matrix, with the signs of diag(R) folded in so
            // that Q is uniformly (Haar) distributed; transposed when fan_in < fan_out.
            const int rows = std::max(fanIn, fanOut), cols = std::min(fanIn, fanOut);
            MatrixT<double> g(rows, cols);
            for (Eigen::Index i = 0; i < g.size(); ++i) g.data()[i] = rng.normal();
            if (control && std::int64_t(rows) * cols * cols > std::int64_t(512) * 512 * 512) {
                const MatrixT<double> q = orthonormalColumns(g, control);
                w = fanIn >= fanOut ? Matrix(q.cast<float>()) : Matrix(q.transpose().cast<float>());
                break;
            }
            Eigen::HouseholderQR<MatrixT<double>> qr(g);
            MatrixT<double> q = qr.householderQ() * MatrixT<double>::Identity(rows, cols);
            const MatrixT<double> r = qr.matrixQR().topRows(cols).triangularView<Eigen::Upper>();
            for (int j = 0; j < cols; ++j) {
                if (r(j, j) < 0) q.col(j) = -q.col(j);
            }
            if (fanIn >= fanOut) {
                w = q.cast<float>();
            } else {
                w = q.transpose().cast<float>();
            }
            break;
        }
        case BaseDistribution::Zeros:
            w.setZero();
            break;
    }
    return w;
}

Matrix Initializer::draw(int fanIn, int fanOut, Rng& rng) const {
    Matrix w = drawBase(distribution(), fanIn, fanOut, rng);
    w *= static_cast<float>(scale(fanIn, fanOut));
    return w;
}

std::unique_ptr<Initializer> makeInitializer(std::string_view spec, const std::string& field) {
    using B = BaseDistribution;
    const auto eq = spec.find('=');
    const std::string_view key = spec.substr(0, eq);
    const std::string_view arg = eq == std::string_view::npos ? "" : spec.substr(eq + 1);
    const bool hasArg = eq != std::string_view::npos;
    auto noArg = [&] {
        if (hasArg) {
            throw ConfigError(field, "'" + quoteForMessage(spec) + "': " + std::string(key) + " takes no value",
                              {"init.no_value", {quoteForMessage(spec), std::string(key)}});
        }
    };
    if (key == "std") {
        return std::make_unique<FixedScale>(B::Normal, parsePositive(arg, spec, field, false));
    }
    if (key == "uniform") {
        return std::make_unique<FixedScale>(B::Uniform, parsePositive(arg, spec, field, false));
    }
    if (key == "orthogonal") {
        return std::make_unique<Orthogonal>(hasArg ? parsePositive(arg, spec, field, false) : 1.0);
    }
    if (key == "zeros") {
        noArg();
        return std::make_unique<Zeros>();
    }
    if (key == "lsuv") {
        noArg();
        return std::make_unique<Lsuv>();
    }
    struct Named {
        std::string_view spec, display, formula;
        B distribution;
        FanScaled::ScaleFn fn;
    };
    static const Named kNamed[] = {
        {"xavier", "Xavier", "σ = 1/√n_in", B::Normal,
         [](int in, int) { return 1.0 / std::sqrt(double(in)); }},
        {"he", "He", "σ = √(2/n_in)", B::Normal,
         [](int in, int) { return std::sqrt(2.0 / in); }},
        {"he-uniform", "He uniform", "a = √(6/n_in)", B::Uniform,
         [](int in, int) { return std::sqrt(6.0 / in); }},
        {"glorot-normal", "Glorot normal", "σ = √(2/(n_in+n_out))", B::Normal,
         [](int in, int out) { return std::sqrt(2.0 / (in + out)); }},
        {"glorot-uniform", "Glorot uniform", "a = √(6/(n_in+n_out))", B::Uniform,
         [](int in, int out) { return std::sqrt(6.0 / (in + out)); }},
        {"lecun-normal", "LeCun normal", "σ = √(1/n_in)", B::Normal,
         [](int in, int) { return std::sqrt(1.0 / in); }},
        {"lecun-uniform", "LeCun uniform", "a = √(3/n_in)", B::Uniform,
         [](int in, int) { return std::sqrt(3.0 / in); }},
    };
    for (const Named& n : kNamed) {
        if (key == n.spec) {
            noArg();
            return std::make_unique<FanScaled>(std::string(n.spec), std::string(n.display),
                                               std::string(n.formula), n.distribution, n.fn);
        }
    }
    throw ConfigError(field, "unknown initializer '" + quoteForMessage(spec) + "' (" + initializerSpecHelp() + ")",
                      {"init.unknown", {quoteForMessage(spec)}});
}

std::vector<std::string> namedInitializerSpecs() {
    return {"std=1",          "std=0.01",      "xavier",        "he",
            "glorot-normal",  "glorot-uniform", "he-uniform",   "lecun-normal",
            "lecun-uniform",  "orthogonal",    "lsuv",          "zeros"};
}

std::string initializerSpecHelp() {
    return "choose std=<σ>, uniform=<a>, xavier, he, he-uniform, glorot-normal, glorot-uniform, "
           "lecun-normal, lecun-uniform, orthogonal[=<gain>], lsuv or zeros";
}

}  // namespace initscope
