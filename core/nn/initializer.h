#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/rng.h"
#include "common/types.h"

namespace initscope {

class RunControl;

// The random distribution an initializer scales: weights = scale(fan_in, fan_out) × base draw.
enum class BaseDistribution {
    Normal,      // base N(0, 1); scale is σ
    Uniform,     // base U(−1, 1); scale is the bound a
    Orthogonal,  // base: orthonormal rows/columns from the QR of a Gaussian matrix; scale is a gain
    Zeros,       // all zero; scale is 0
};

// A weight-initialisation strategy. Draws a fan_in × fan_out matrix (rows = inputs), so that a
// layer computes Z = X·W. Every initializer is "base distribution × scale": the σ slider and the
// experiments reuse one base draw and only rescale it.
class Initializer {
public:
    virtual ~Initializer() = default;

    // The canonical spec ("he", "std=0.01", "uniform=0.05"), parseable by makeInitializer().
    virtual std::string spec() const = 0;
    virtual std::string displayName() const = 0;  // "He", "std = 0.01"
    virtual std::string formula() const = 0;      // "σ = √(2/n_in)"
    virtual BaseDistribution distribution() const = 0;
    // σ (Normal), bound a (Uniform), gain (Orthogonal) or 0 (Zeros) for a fan_in × fan_out layer.
    virtual double scale(int fanIn, int fanOut) const = 0;
    // True when the scale is found on data after the draw (LSUV): see nn/lsuv.h.
    virtual bool needsData() const { return false; }

    // Standard deviation of the weights this draws: σ, a/√3, gain/√max(n_in, n_out), or 0.
    double weightStd(int fanIn, int fanOut) const;
    // "He: σ = √(2/n_in) = 0.1414"
    std::string describe(int fanIn, int fanOut) const;
    // Draws the base matrix then scales it.
    Matrix draw(int fanIn, int fanOut, Rng& rng) const;
    // The unscaled base draw for a distribution (shared by every initializer of that distribution).
    // `control`, when given, is checked while a large orthogonal matrix is built (a QR of
    // 4096² takes seconds): a cancelled draw throws Cancelled.
    static Matrix drawBase(BaseDistribution distribution, int fanIn, int fanOut, Rng& rng,
                           const RunControl* control = nullptr);
};

// Parses a spec: std=<σ>, uniform=<a>, xavier, he, he-uniform, glorot-normal, glorot-uniform,
// lecun-normal, lecun-uniform, orthogonal[=<gain>], lsuv, zeros. Throws ConfigError(field, ...).
std::unique_ptr<Initializer> makeInitializer(std::string_view spec,
                                             const std::string& field = "init");
// The named (parameter-free) specs in menu order, plus examples of the parametrised ones.
std::vector<std::string> namedInitializerSpecs();
std::string initializerSpecHelp();

// Formats a number the way labels show it: 4 significant digits, no trailing zeros.
std::string formatNumber(double value, int significant = 4);

}  // namespace initscope
