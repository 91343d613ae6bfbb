#include "nn/network.h"

#include <cmath>
#include <stdexcept>

namespace initscope {

template <typename S>
BasicMlp<S>::BasicMlp(std::vector<int> sizes, const Activation& activation, bool bias,
                      bool linearOutput)
    : m_sizes(std::move(sizes)),
      m_activation(&activation),
      m_bias(bias),
      m_linearOutput(linearOutput) {
    if (m_sizes.size() < 2) throw std::invalid_argument("BasicMlp: needs at least one layer");
    const std::size_t layers = m_sizes.size() - 1;
    m_w.resize(layers);
    m_dw.resize(layers);
    m_b.resize(layers);
    m_db.resize(layers);
    m_z.resize(layers);
    m_a.resize(layers);
    m_dz.resize(layers);
    m_da.resize(layers);
    for (std::size_t l = 0; l < layers; ++l) {
        m_w[l] = Mat::Zero(m_sizes[l], m_sizes[l + 1]);
        m_dw[l] = Mat::Zero(m_sizes[l], m_sizes[l + 1]);
        m_b[l] = Row::Zero(m_sizes[l + 1]);
        m_db[l] = Row::Zero(m_sizes[l + 1]);
    }
}

template <typename S>
void BasicMlp<S>::initialize(const Initializer& init, std::uint64_t seed) {
    for (int l = 0; l < layerCount(); ++l) {
        Rng rng = Rng::stream(seed, static_cast<std::uint64_t>(l) + 1);
        m_w[l] = init.draw(m_sizes[l], m_sizes[l + 1], rng).template cast<S>();
        m_b[l].setZero();
    }
}

template <typename S>
const typename BasicMlp<S>::Mat& BasicMlp<S>::forward(const Mat& x) {
    const Mat* in = &x;
    for (int l = 0; l < layerCount(); ++l) {
        m_z[l].noalias() = *in * m_w[l];  // Z_l = A_{l−1}·W_l
        if (m_bias) m_z[l].rowwise() += m_b[l];  // Z_l += b_l
        if (isActivated(l)) {
            m_activation->forward(m_z[l], m_a[l]);  // A_l = f(Z_l)
            in = &m_a[l];
        } else {
            in = &m_z[l];
        }
    }
    return *in;
}

template <typename S>
void BasicMlp<S>::backward(const Mat& x, const Mat& dOutput) {
    const int last = layerCount() - 1;
    m_da[last] = dOutput;
    for (int l = last; l >= 0; --l) {
        m_dz[l] = m_da[l];
        if (isActivated(l)) m_activation->backward(m_z[l], m_a[l], m_dz[l]);  // δ_l = dL/dA_l ⊙ f'(Z_l)
        const Mat& in = l == 0 ? x : output(l - 1);
        m_dw[l].noalias() = in.transpose() * m_dz[l];  // dL/dW_l = A_{l−1}ᵀ·δ_l
        if (m_bias) m_db[l].noalias() = m_dz[l].colwise().sum();  // dL/db_l = Σ_rows δ_l
        if (l > 0) m_da[l - 1].noalias() = m_dz[l] * m_w[l].transpose();  // dL/dA_{l−1} = δ_l·W_lᵀ
    }
}

template <typename S>
std::vector<ParamSlot> BasicMlp<S>::paramSlots() {
    std::vector<ParamSlot> slots;
    if constexpr (std::is_same_v<S, float>) {
        for (int l = 0; l < layerCount(); ++l) {
            slots.push_back({m_w[l].data(), m_dw[l].data(), m_w[l].size()});
            if (m_bias) slots.push_back({m_b[l].data(), m_db[l].data(), m_b[l].size()});
        }
    } else {
        throw std::logic_error("paramSlots: optimizers work on float networks");
    }
    return slots;
}

template <typename S>
bool BasicMlp<S>::allFinite() const {
    for (int l = 0; l < layerCount(); ++l) {
        if (!m_w[l].allFinite() || !m_b[l].allFinite()) return false;
    }
    return true;
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

template class BasicMlp<float>;
template class BasicMlp<double>;
template double softmaxCrossEntropy<float>(const MatrixT<float>&, std::span<const std::uint8_t>,
                                           MatrixT<float>*);
template double softmaxCrossEntropy<double>(const MatrixT<double>&, std::span<const std::uint8_t>,
                                            MatrixT<double>*);
template int countCorrect<float>(const MatrixT<float>&, std::span<const std::uint8_t>);
template int countCorrect<double>(const MatrixT<double>&, std::span<const std::uint8_t>);

}  // namespace initscope
