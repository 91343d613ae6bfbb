#include "nn/network.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

#include "common/errors.h"

namespace initscope {

template <typename S>
void BasicSequential<S>::add(std::unique_ptr<Layer> layer) {
    if (!m_layers.empty() && m_layers.back()->outputWidth() != layer->inputWidth()) {
        throw std::invalid_argument("Sequential: " + layer->name() + " does not fit the layer before it");
    }
    if (layer->kind() == LayerKind::Dense) m_dense.push_back(static_cast<BasicDense<S>*>(layer.get()));
    const int index = size();
    if (layer->kind() == LayerKind::Activation) {
        const auto b = static_cast<std::size_t>(layer->block());
        if (m_hiddenEnds.size() < b) m_hiddenEnds.resize(b, -1);
        m_hiddenEnds[b - 1] = index;
    }
    m_layers.push_back(std::move(layer));
    m_grad.resize(m_layers.size());
}

template <typename S>
void BasicSequential<S>::setMode(LayerMode mode) {
    for (auto& l : m_layers) l->setMode(mode);
}

template <typename S>
const typename BasicSequential<S>::Mat& BasicSequential<S>::forward(const Mat& x) {
    const Mat* in = &x;
    for (auto& l : m_layers) in = &l->forward(*in);  // output of layer i = layer i(output of i − 1)
    return *in;
}

template <typename S>
void BasicSequential<S>::backward(const Mat& x, const Mat& dOutput, Mat* dInput) {
    const int last = size() - 1;
    m_grad[static_cast<std::size_t>(last)] = dOutput;
    for (int i = last; i >= 0; --i) {
        const Mat& in = i == 0 ? x : output(i - 1);
        // dL/d(input of i) = dL/d(output of i − 1); the network's input only when asked
        layer(i).backward(in, m_grad[static_cast<std::size_t>(i)],
                          i > 0 ? &m_grad[static_cast<std::size_t>(i - 1)] : dInput);
    }
}

template <typename S>
std::vector<BasicParam<S>> BasicSequential<S>::params(bool withUpdates) {
    std::vector<BasicParam<S>> all;
    for (auto& l : m_layers) {
        for (const BasicParam<S>& p : l->params()) all.push_back(p);
    }
    m_updates.assign(withUpdates ? all.size() : 0, {});
    for (std::size_t k = 0; k < m_updates.size(); ++k) {
        m_updates[k] = Eigen::Matrix<S, Eigen::Dynamic, 1>::Zero(all[k].size);
        all[k].update = m_updates[k].data();
    }
    return all;
}

template <typename S>
bool BasicSequential<S>::allFinite() const {
    for (const auto& l : m_layers) {
        if (!l->allFinite()) return false;
    }
    return true;
}

template <typename S>
BasicSequential<S> buildNetwork(const NetworkSpec& spec) {
    if (spec.sizes.size() < 2) throw std::invalid_argument("buildNetwork: needs at least one layer");
    if (!spec.activation) throw std::invalid_argument("buildNetwork: no activation");
    BasicSequential<S> net;
    const int layers = static_cast<int>(spec.sizes.size()) - 1;
    for (int l = 0; l < layers; ++l) {
        const int in = spec.sizes[static_cast<std::size_t>(l)], out = spec.sizes[static_cast<std::size_t>(l) + 1];
        const int block = l + 1;
        net.add(std::make_unique<BasicDense<S>>(in, out, spec.bias, block, !spec.sharedWeights));
        if (spec.linearOutput && l + 1 == layers) break;
        if (spec.batchNorm) net.add(std::make_unique<BasicBatchNorm<S>>(out, block));
        net.add(std::make_unique<BasicActivationLayer<S>>(*spec.activation, out, block));
    }
    return net;
}

std::string BiasInit::spec() const { return sigma == 0.0 ? "zeros" : "normal=" + formatNumber(sigma, 6); }

BiasInit parseBiasInit(std::string_view spec, const std::string& field) {
    if (spec == "zeros") return {};
    constexpr std::string_view prefix = "normal=";
    if (spec.substr(0, prefix.size()) == prefix) {
        const std::string_view number = spec.substr(prefix.size());
        double sigma = 0.0;
        const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), sigma);
        if (ec == std::errc() && end == number.data() + number.size() && std::isfinite(sigma) && sigma >= 0.0 &&
            sigma <= 1e3) {
            return {sigma};
        }
        throw ConfigError(field, "normal=<σ_b> needs a number from 0 to 1000, got '" + quoteForMessage(number) + "'",
                          {"bias.sigma", {quoteForMessage(number)}});
    }
    throw ConfigError(field, "unknown bias initializer '" + quoteForMessage(spec) + "' (choose zeros or normal=<σ_b>)",
                      {"bias.unknown", {quoteForMessage(spec)}});
}

template <typename S>
void describeInitialization(BasicDense<S>& d, const Initializer& init) {
    d.initScale = init.scale(d.fanIn(), d.fanOut());
    d.initStd = init.weightStd(d.fanIn(), d.fanOut());
    d.initDescription = init.describe(d.fanIn(), d.fanOut());
}

template <typename S>
void initializeBias(BasicDense<S>& d, const BiasInit& bias, std::uint64_t seed, int k) {
    if (bias.sigma > 0.0) {  // b ~ N(0, σ_b²), from stream 2⁴⁰ + k
        Rng rng = Rng::stream(seed, (std::uint64_t(1) << 40) + static_cast<std::uint64_t>(k));
        Eigen::VectorXf b(d.fanOut());
        rng.fillNormal(b.data(), static_cast<std::size_t>(b.size()));
        d.bias() = b.transpose().template cast<S>() * static_cast<S>(bias.sigma);
    } else {
        d.bias().setZero();
    }
}

template <typename S>
void initializeNetwork(BasicSequential<S>& net, const Initializer& init, const BiasInit& bias,
                       std::uint64_t seed) {
    for (int k = 0; k < net.denseCount(); ++k) {
        BasicDense<S>& d = net.dense(k);
        Rng rng = Rng::stream(seed, static_cast<std::uint64_t>(k) + 1);
        d.weight() = init.draw(d.fanIn(), d.fanOut(), rng).template cast<S>();
        describeInitialization(d, init);
        initializeBias(d, bias, seed, k);
    }
    for (int i = 0; i < net.size(); ++i) {
        if (net.layer(i).kind() == LayerKind::BatchNorm) static_cast<BasicBatchNorm<S>&>(net.layer(i)).reset();
    }
}

template <typename S>
double softmaxCrossEntropy(const MatrixT<S>& logits, std::span<const std::uint8_t> labels,
                           MatrixT<S>* dLogits) {
    const Eigen::Index n = logits.rows(), c = logits.cols();
    if (dLogits) dLogits->resize(n, c);
    double total = 0.0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const S m = logits.row(i).maxCoeff();
        double sum = 0.0;
        for (Eigen::Index j = 0; j < c; ++j) sum += std::exp(double(logits(i, j) - m));
        const int t = labels[static_cast<std::size_t>(i)];
        total += std::log(sum) - double(logits(i, t) - m);  // Lᵢ = log Σⱼ e^{zᵢⱼ−m} − (zᵢ,tᵢ − m)
        if (dLogits) {
            for (Eigen::Index j = 0; j < c; ++j) {
                // dLᵢ/dzᵢⱼ = softmaxᵢⱼ − [j = tᵢ], averaged over the batch
                const double p = std::exp(double(logits(i, j) - m)) / sum;
                (*dLogits)(i, j) = static_cast<S>((p - (j == t ? 1.0 : 0.0)) / double(n));
            }
        }
    }
    return total / double(n);
}

template <typename S>
int countCorrect(const MatrixT<S>& logits, std::span<const std::uint8_t> labels) {
    int correct = 0;
    for (Eigen::Index i = 0; i < logits.rows(); ++i) {
        Eigen::Index best = 0;
        logits.row(i).maxCoeff(&best);
        if (best == labels[static_cast<std::size_t>(i)]) ++correct;
    }
    return correct;
}

template class BasicSequential<float>;
template class BasicSequential<double>;
template BasicSequential<float> buildNetwork<float>(const NetworkSpec&);
template BasicSequential<double> buildNetwork<double>(const NetworkSpec&);
template void describeInitialization<float>(BasicDense<float>&, const Initializer&);
template void describeInitialization<double>(BasicDense<double>&, const Initializer&);
template void initializeBias<float>(BasicDense<float>&, const BiasInit&, std::uint64_t, int);
template void initializeBias<double>(BasicDense<double>&, const BiasInit&, std::uint64_t, int);
template void initializeNetwork<float>(BasicSequential<float>&, const Initializer&, const BiasInit&, std::uint64_t);
template void initializeNetwork<double>(BasicSequential<double>&, const Initializer&, const BiasInit&, std::uint64_t);
template double softmaxCrossEntropy<float>(const MatrixT<float>&, std::span<const std::uint8_t>,
                                           MatrixT<float>*);
template double softmaxCrossEntropy<double>(const MatrixT<double>&, std::span<const std::uint8_t>,
                                            MatrixT<double>*);
template int countCorrect<float>(const MatrixT<float>&, std::span<const std::uint8_t>);
template int countCorrect<double>(const MatrixT<double>&, std::span<const std::uint8_t>);

}  // namespace initscope
