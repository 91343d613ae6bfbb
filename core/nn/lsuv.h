#pragma once

#include <string>
#include <vector>

#include "common/run_control.h"
#include "nn/network.h"

namespace initscope {

// Layer-sequential unit-variance initialisation (Mishkin & Matas 2015, "All you need is a good
// init"): starting from orthonormal weights, for each dense layer in order, run the data batch up
// to that layer and rescale its weights by 1/√Var(Z) until the variance of its output Z over the
// batch is within kLsuvTolerance of 1, at most kLsuvMaxPasses times.
inline constexpr double kLsuvTolerance = 0.1;
inline constexpr int kLsuvMaxPasses = 10;

struct LsuvLayerReport {
    int passes = 0;          // rescalings done (0: the orthonormal start already had Var ≈ 1)
    double gain = 1.0;       // the orthonormal matrix's final factor
    double variance = 0.0;   // Var(Z) after the last rescaling
    bool converged = false;  // |Var(Z) − 1| < tolerance
};

// Rescales the dense layers of `net` (orthonormal at gain 1, see initializeNetwork) on `batch`, in
// the network's current mode (BatchNorm layers in training mode normalise with the batch's own
// statistics; running statistics are not touched). Every dense layer's initDescription and scale
// say what was done. `net` may share scaled weights (the activations experiment).
template <typename S>
std::vector<LsuvLayerReport> lsuvInitialize(BasicSequential<S>& net, const MatrixT<S>& batch,
                                            const RunControl* control = nullptr);

// "LSUV: orthonormal × 1.414, 1 pass, Var(Z) = 1"
std::string describeLsuv(const LsuvLayerReport& report);

}  // namespace initscope
