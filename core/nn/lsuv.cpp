#include "nn/lsuv.h"

#include <algorithm>
#include <cmath>

namespace initscope {
namespace {

// Population variance of every value of a matrix, in double.
template <typename S>
double varianceOf(const MatrixT<S>& m) {
    const double n = static_cast<double>(m.size());
    if (n == 0.0) return 0.0;
    const double mean = m.template cast<double>().sum() / n;
    return (m.template cast<double>().array() - mean).square().sum() / n;
}

}  // namespace

std::string describeLsuv(const LsuvLayerReport& r) {
    return "LSUV: orthonormal × " + formatNumber(r.gain) + ", " + std::to_string(r.passes) +
           (r.passes == 1 ? " pass" : " passes") + ", Var(Z) = " + formatNumber(r.variance, 3) +
           (r.converged ? "" : " (not reached)");
}

template <typename S>
std::vector<LsuvLayerReport> lsuvInitialize(BasicSequential<S>& net, const MatrixT<S>& batch,
                                            const RunControl* control) {
    std::vector<LsuvLayerReport> reports;
    MatrixT<S> cur = batch, next;
    for (int i = 0; i < net.size(); ++i) {
        if (control) control->checkpoint();
        BasicLayer<S>& layer = net.layer(i);
        if (layer.kind() == LayerKind::Dense) {
            auto& dense = static_cast<BasicDense<S>&>(layer);
            LsuvLayerReport r;
            for (;;) {
                dense.forwardRows(cur, next);  // Z = X·(g·Q) (+ b)
                r.variance = varianceOf(next);
                r.converged = std::abs(r.variance - 1.0) < kLsuvTolerance;
                // A zero or non-finite variance cannot be scaled to 1: stop as it is.
                if (r.converged || r.passes == kLsuvMaxPasses || !(r.variance > 0.0) ||
                    !std::isfinite(r.variance)) {
                    break;
                }
                const double factor = 1.0 / std::sqrt(r.variance);  // W ← W/√Var(Z)
                dense.scaleWeights(factor);
                r.gain *= factor;
                ++r.passes;
            }
            dense.initScale = r.gain;
            dense.initStd = r.gain / std::sqrt(static_cast<double>(std::max(dense.fanIn(), dense.fanOut())));
            dense.initDescription = describeLsuv(r);
            reports.push_back(r);
        } else {
            if (layer.needsBatchStatistics()) layer.useBatchStatistics(ColumnMoments::of(cur));
            layer.forwardRows(cur, next);
        }
        std::swap(cur, next);
    }
    return reports;
}

template std::vector<LsuvLayerReport> lsuvInitialize<float>(BasicSequential<float>&, const MatrixT<float>&,
                                                             const RunControl*);
template std::vector<LsuvLayerReport> lsuvInitialize<double>(BasicSequential<double>&, const MatrixT<double>&,
                                                              const RunControl*);

}  // namespace initscope
