#include "nn/layers.h"

#include <cmath>
#include <stdexcept>

namespace initscope {

// ---------------------------------------------------------------- shared pieces

std::string_view layerKindName(LayerKind kind) {
    switch (kind) {
        case LayerKind::Dense:
            return "dense";
        case LayerKind::Activation:
            return "activation";
        case LayerKind::BatchNorm:
            return "batchnorm";
    }
    return "layer";
}

template <typename S>
std::string BasicLayer<S>::name() const {
    return std::string(layerKindName(kind())) + " " + std::to_string(m_block);
}

template <typename S>
ColumnMoments ColumnMoments::of(const MatrixT<S>& rows) {
    ColumnMoments m;
    m.count = static_cast<double>(rows.rows());
    const MatrixT<double> x = rows.template cast<double>();
    m.mean = x.colwise().mean().transpose().array();
    m.m2 = (x.rowwise() - m.mean.matrix().transpose()).colwise().squaredNorm().transpose().array();
    return m;
}
template ColumnMoments ColumnMoments::of<float>(const MatrixT<float>&);
template ColumnMoments ColumnMoments::of<double>(const MatrixT<double>&);

void ColumnMoments::merge(const ColumnMoments& o) {
    if (o.count == 0.0) return;
    if (count == 0.0) {
        *this = o;
        return;
    }
    const double n = count + o.count;
    const Eigen::ArrayXd delta = o.mean - mean;
    mean += delta * (o.count / n);                          // μ = μ_a + δ·n_b/n
    m2 += o.m2 + delta.square() * (count * o.count / n);    // M₂ = M₂a + M₂b + δ²·n_a·n_b/n
    count = n;
}

Eigen::ArrayXd ColumnMoments::variance() const {
    return count > 0.0 ? Eigen::ArrayXd(m2 / count) : Eigen::ArrayXd::Zero(mean.size());
}

// ---------------------------------------------------------------- Dense

template <typename S>
BasicDense<S>::BasicDense(int fanIn, int fanOut, bool bias, int block, bool ownWeights)
    : BasicLayer<S>(block),
      m_fanIn(fanIn),
      m_fanOut(fanOut),
      m_hasBias(bias),
      m_b(Row::Zero(fanOut)),
      m_db(Row::Zero(fanOut)) {
    if (fanIn < 1 || fanOut < 1) throw std::invalid_argument("Dense: fans must be positive");
    if (ownWeights) {
        m_w = Mat::Zero(fanIn, fanOut);
        m_dw = Mat::Zero(fanIn, fanOut);
    }
}

template <typename S>
void BasicDense<S>::shareScaledWeights(const Mat* base, double scale, double baseStd) {
    if (!base || base->rows() != m_fanIn || base->cols() != m_fanOut) {
        throw std::invalid_argument("Dense::shareScaledWeights: base of the wrong shape");
    }
    m_base = base;
    m_scale = static_cast<S>(scale);
    m_baseStd = baseStd;
    m_w.resize(0, 0);  // never formed
    m_dw.resize(0, 0);
}

template <typename S>
void BasicDense<S>::scaleWeights(double factor) {
    if (m_base) {
        m_scale = static_cast<S>(double(m_scale) * factor);
    } else {
        m_w *= static_cast<S>(factor);
    }
}

template <typename S>
double BasicDense<S>::weightStd() const {
    if (m_base && m_baseStd >= 0.0) return std::abs(double(m_scale)) * m_baseStd;
    const Mat& w = m_base ? *m_base : m_w;
    if (w.size() == 0) return 0.0;
    const auto x = w.template cast<double>().array();
    const double mean = x.mean();
    const double sd = std::sqrt((x - mean).square().mean());  // σ = √(Σ(w − μ)²/n)
    return m_base ? std::abs(double(m_scale)) * sd : sd;      // std(s·B) = |s|·std(B)
}

template <typename S>
const typename BasicDense<S>::Mat& BasicDense<S>::forward(const Mat& x) {
    forwardRows(x, this->m_out);
    return this->m_out;
}

template <typename S>
void BasicDense<S>::forwardRows(const Eigen::Ref<const Mat>& in, Mat& out) const {
    if (!m_base && m_w.size() == 0) throw std::logic_error("Dense: weights were never given (shareScaledWeights)");
    if (m_base) {
        out.noalias() = m_scale * (in * *m_base);  // Z = X·(s·B) = s·(X·B), one GEMM, no W
    } else {
        out.noalias() = in * m_w;  // Z = X·W
    }
    if (m_hasBias) out.rowwise() += m_b;  // Z += b
}

template <typename S>
void BasicDense<S>::backward(const Mat& x, const Mat& dy, Mat* dx) {
    m_dw.noalias() = x.transpose() * dy;                 // dL/dW = Xᵀ·dL/dZ
    if (m_hasBias) m_db.noalias() = dy.colwise().sum();  // dL/db = Σ_rows dL/dZ
    if (!dx) return;
    if (m_base) {
        dx->noalias() = m_scale * (dy * m_base->transpose());  // dL/dX = dL/dZ·(s·B)ᵀ
    } else {
        dx->noalias() = dy * m_w.transpose();  // dL/dX = dL/dZ·Wᵀ
    }
}

template <typename S>
std::vector<BasicParam<S>> BasicDense<S>::params() {
    if (m_base) throw std::logic_error("Dense: shared scaled weights are not trainable");
    std::vector<BasicParam<S>> p{{m_w.data(), m_dw.data(), m_w.size(), nullptr}};
    if (m_hasBias) p.push_back({m_b.data(), m_db.data(), m_b.size(), nullptr});
    return p;
}

template <typename S>
bool BasicDense<S>::allFinite() const {
    return (m_base ? std::isfinite(double(m_scale)) : m_w.allFinite()) && m_b.allFinite();
}

// ---------------------------------------------------------------- Activation

template <typename S>
BasicActivationLayer<S>::BasicActivationLayer(const Activation& activation, int width, int block)
    : BasicLayer<S>(block), m_activation(&activation), m_width(width) {}

template <typename S>
std::string BasicActivationLayer<S>::name() const {
    return std::string(m_activation->name()) + " " + std::to_string(this->m_block);
}

template <typename S>
const typename BasicActivationLayer<S>::Mat& BasicActivationLayer<S>::forward(const Mat& x) {
    m_activation->forward(x, this->m_out);  // A = f(Z)
    return this->m_out;
}

template <typename S>
void BasicActivationLayer<S>::forwardRows(const Eigen::Ref<const Mat>& in, Mat& out) const {
    m_activation->forward(in, out);
}

template <typename S>
void BasicActivationLayer<S>::backward(const Mat& x, const Mat& dy, Mat* dx) {
    if (!dx) return;
    *dx = dy;
    m_activation->backward(x, this->m_out, *dx);  // dL/dZ = dL/dA ⊙ f'(Z)
}

// ---------------------------------------------------------------- BatchNorm

template <typename S>
BasicBatchNorm<S>::BasicBatchNorm(int width, int block, double epsilon, double momentum)
    : BasicLayer<S>(block), m_eps(epsilon), m_momentum(momentum) {
    if (width < 1) throw std::invalid_argument("BatchNorm: width must be positive");
    m_gamma.resize(width);
    m_beta.resize(width);
    m_dgamma = Row::Zero(width);
    m_dbeta = Row::Zero(width);
    m_runningMean.resize(width);
    m_runningVar.resize(width);
    m_blockMean = Row::Zero(width);
    m_blockInvStd = Row::Ones(width);
    reset();
}

template <typename S>
void BasicBatchNorm<S>::reset() {
    m_gamma.setOnes();
    m_beta.setZero();
    m_runningMean.setZero();
    m_runningVar.setZero();
}

template <typename S>
const typename BasicBatchNorm<S>::Mat& BasicBatchNorm<S>::forward(const Mat& x) {
    const S eps = static_cast<S>(m_eps);
    if (this->training()) {
        const S n = static_cast<S>(x.rows());
        m_mean.noalias() = x.colwise().sum() / n;                 // μ_B = (1/N) Σᵢ xᵢ
        m_xhat.noalias() = x.rowwise() - m_mean;                  // xᵢ − μ_B
        m_rowA.noalias() = m_xhat.colwise().squaredNorm() / n;    // σ²_B = (1/N) Σᵢ (xᵢ − μ_B)²
        m_invStd = (m_rowA.array() + eps).rsqrt().matrix();       // 1/√(σ²_B + ε)
        if (this->mode() == LayerMode::Train) {
            const S m = static_cast<S>(m_momentum);
            m_runningMean = m * m_runningMean + (1 - m) * m_mean;  // running μ ← m·μ + (1−m)·μ_B
            m_runningVar = m * m_runningVar + (1 - m) * m_rowA;    // running σ² ← m·σ² + (1−m)·σ²_B
        }
    } else {
        m_mean = m_runningMean;
        m_xhat.noalias() = x.rowwise() - m_mean;                           // x − running μ
        m_invStd = (m_runningVar.array() + eps).rsqrt().matrix();          // 1/√(running σ² + ε)
    }
    m_xhat.array().rowwise() *= m_invStd.array();  // x̂ = (x − μ)/√(σ² + ε)
    this->m_out.resize(x.rows(), x.cols());
    this->m_out.array() = (m_xhat.array().rowwise() * m_gamma.array()).rowwise() + m_beta.array();  // y = γ·x̂ + β
    return this->m_out;
}

template <typename S>
void BasicBatchNorm<S>::backward(const Mat& /*x*/, const Mat& dy, Mat* dx) {
    m_dbeta.noalias() = dy.colwise().sum();                           // dL/dβ = Σᵢ dyᵢ
    m_dgamma.noalias() = dy.cwiseProduct(m_xhat).colwise().sum();     // dL/dγ = Σᵢ dyᵢ·x̂ᵢ
    if (!dx) return;
    m_dxhat.resize(dy.rows(), dy.cols());
    m_dxhat.array() = dy.array().rowwise() * m_gamma.array();         // dL/dx̂ = dy·γ
    if (this->training()) {
        // μ and σ² depend on every xᵢ of the batch; with s = 1/√(σ²_B + ε):
        //   dL/dxᵢ = s·(dx̂ᵢ − mean_j(dx̂ⱼ) − x̂ᵢ·mean_j(dx̂ⱼ·x̂ⱼ))
        const S n = static_cast<S>(dy.rows());
        m_rowA.noalias() = m_dxhat.colwise().sum() / n;                          // mean(dx̂)
        m_rowB.noalias() = m_dxhat.cwiseProduct(m_xhat).colwise().sum() / n;    // mean(dx̂·x̂)
        dx->resize(dy.rows(), dy.cols());
        dx->array() = ((m_dxhat.array() - m_xhat.array().rowwise() * m_rowB.array()).rowwise() -
                       m_rowA.array()).rowwise() *
                      m_invStd.array();
    } else {
        // Running statistics are constants here: dL/dx = dx̂·s
        dx->resize(dy.rows(), dy.cols());
        dx->array() = m_dxhat.array().rowwise() * m_invStd.array();
    }
}

template <typename S>
void BasicBatchNorm<S>::useBatchStatistics(const ColumnMoments& input) {
    if (input.mean.size() != m_gamma.size()) throw std::invalid_argument("BatchNorm: statistics of the wrong width");
    m_blockMean = input.mean.transpose().template cast<S>().matrix();
    m_blockInvStd = (input.variance() + m_eps).rsqrt().transpose().template cast<S>().matrix();
}

template <typename S>
void BasicBatchNorm<S>::forwardRows(const Eigen::Ref<const Mat>& in, Mat& out) const {
    const Row& mean = this->training() ? m_blockMean : m_runningMean;
    const Row invStd = this->training()
                           ? m_blockInvStd
                           : Row((m_runningVar.array() + static_cast<S>(m_eps)).rsqrt().matrix());
    const Row scale = (invStd.array() * m_gamma.array()).matrix();  // γ/√(σ² + ε)
    out.resize(in.rows(), in.cols());
    out.array() = ((in.rowwise() - mean).array().rowwise() * scale.array()).rowwise() + m_beta.array();
}

template <typename S>
std::vector<BasicParam<S>> BasicBatchNorm<S>::params() {
    return {{m_gamma.data(), m_dgamma.data(), m_gamma.size(), nullptr},
            {m_beta.data(), m_dbeta.data(), m_beta.size(), nullptr}};
}

template <typename S>
bool BasicBatchNorm<S>::allFinite() const {
    return m_gamma.allFinite() && m_beta.allFinite() && m_runningMean.allFinite() && m_runningVar.allFinite();
}

template class BasicLayer<float>;
template class BasicLayer<double>;
template class BasicDense<float>;
template class BasicDense<double>;
template class BasicActivationLayer<float>;
template class BasicActivationLayer<double>;
template class BasicBatchNorm<float>;
template class BasicBatchNorm<double>;

}  // namespace initscope
