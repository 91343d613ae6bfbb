#include "experiments/jacobian.h"

#include <Eigen/SVD>

#include "common/errors.h"
#include "nn/activation.h"
#include "nn/lsuv.h"
#include "nn/network.h"

namespace initscope {

std::optional<JacobianRefusal> jacobianUnavailable(const ActivationsConfig& c) {
    if (c.batchNorm) {
        return JacobianRefusal{"batch norm couples the batch: one input has no Jacobian of its own", {"jacobian.batch_norm", {}}};
    }
    double work = 0.0;
    for (int l = 0; l < c.depth(); ++l) {
        const double in = l == 0 ? c.inputWidth() : c.hidden[static_cast<std::size_t>(l) - 1];
        work += in * c.hidden[static_cast<std::size_t>(l)];
    }
    work *= c.hidden.back();
    if (work > kJacobianWorkLimit) {
        return JacobianRefusal{"too large for an interactive view (width² × depth)", {"jacobian.too_large", {}}};
    }
    return std::nullopt;
}

std::vector<JacobianSpectrum> jacobianSpectra(const ActivationsExperiment& experiment, const ActivationsConfig& c) {
    if (auto why = jacobianUnavailable(c)) throw ConfigError("jacobian", why->message, why->problem);
    const Activation& act = activationByName(c.activation);
    const BiasInit bias = parseBiasInit(c.biasInit);
    NetworkSpec shape{{c.inputWidth()}, &act, c.bias, false, /*linearOutput=*/false, /*sharedWeights=*/false};
    shape.sizes.insert(shape.sizes.end(), c.hidden.begin(), c.hidden.end());
    const Eigen::MatrixXd input = experiment.input().cast<double>();
    const int outputs = c.hidden.back();
    std::vector<JacobianSpectrum> out;
    for (const std::string& spec : c.initializers) {
        const auto init = makeInitializer(spec);
        BasicSequential<double> net = buildNetwork<double>(shape);
        for (int l = 0; l < net.denseCount(); ++l) {
            BasicDense<double>& d = net.dense(l);
            d.weight() = init->scale(d.fanIn(), d.fanOut()) * experiment.base(init->distribution(), l).cast<double>();
            initializeBias(d, bias, c.seed, l);
        }
        net.setMode(LayerMode::Measure);
        if (init->needsData()) lsuvInitialize(net, input);  // fitted on the whole input, as the experiment does
        // The first input row, once per output unit: backward from the identity gives every row of
        // ∂A_L/∂A_0 transposed at once (dL/dX = I·Jᵀ).
        const Eigen::MatrixXd x = input.row(0).replicate(outputs, 1);
        net.forward(x);
        Eigen::MatrixXd jacobianT;
        net.backward(x, Eigen::MatrixXd::Identity(outputs, outputs), &jacobianT);
        JacobianSpectrum s{spec, init->displayName(), {}};
        const Eigen::VectorXd sv = Eigen::BDCSVD<Eigen::MatrixXd>(jacobianT).singularValues();
        s.singularValues.assign(sv.data(), sv.data() + sv.size());
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace initscope
