#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/errors.h"
#include "experiments/activations.h"

namespace initscope {

// Dynamical isometry (Pennington et al. 2017): for one input — the experiment's first input row —
// the singular values of the input–output Jacobian ∂A_L/∂A_0 = W_1·D_1·W_2·D_2·…·W_L·D_L with
// D_l = diag f'(Z_l), per initializer, in double precision from the experiment's own weights
// (the same base draws and scales, biases and LSUV). A network whose Jacobian stays well
// conditioned (singular values near 1) passes gradients of every direction alike: orthogonal
// weights at criticality do, Gaussian ones spread them over decades.
struct JacobianSpectrum {
    std::string initializer;
    std::string displayName;
    std::vector<double> singularValues;  // descending
};

// Why no spectrum: batch norm couples the batch's rows (a one-input Jacobian does not exist);
// or the computation would be too large for an interactive view (`width²·depth` above the limit).
inline constexpr double kJacobianWorkLimit = 2e8;  // n_L·Σ_l n_{l−1}·n_l multiply-adds
// The reason in English (the command line) and as a code for the window's words.
struct JacobianRefusal {
    std::string message;
    Problem problem;
};
std::optional<JacobianRefusal> jacobianUnavailable(const ActivationsConfig& config);

// Throws ConfigError when jacobianUnavailable() says why.
std::vector<JacobianSpectrum> jacobianSpectra(const ActivationsExperiment& experiment,
                                              const ActivationsConfig& config);

}  // namespace initscope
