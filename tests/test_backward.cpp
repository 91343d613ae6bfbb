// The backward pass of the activations experiment, checked against numbers computed here: a plain
// double-precision network rebuilt from the experiment's input, output gradient and base draws,
// differentiated by central finite differences of L = Σ G ⊙ A_L.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

#include "experiments/activations.h"
#include "nn/activation.h"
#include "nn/initializer.h"
#include "common/errors.h"
#include <Eigen/SVD>
#include "stats/measure.h"

using namespace initscope;

namespace {

using Md = Eigen::MatrixXd;

// A_l = f(BN?(A_{l−1}·W_l)), written from the formulas (BatchNorm: batch mean, biased variance, ε 1e-6).
struct Reference {
    std::vector<Md> w;
    const Activation* f = nullptr;
    bool batchNorm = false;

    Md pre(int l, const Md& a) const {  // Z_l, the input of f
        Md z = a * w[static_cast<std::size_t>(l)];
        if (batchNorm) {
            const Eigen::RowVectorXd mean = z.colwise().mean();
            z = z.rowwise() - mean;
            const Eigen::RowVectorXd var = z.colwise().squaredNorm() / double(z.rows());
            for (Eigen::Index c = 0; c < z.cols(); ++c) z.col(c) /= std::sqrt(var(c) + 1e-6);
        }
        return z;
    }
    // A_L from the input of layer `from` (0-based).
    Md forwardFrom(int from, Md a) const {
        for (int l = from; l < static_cast<int>(w.size()); ++l) {
            Md out;
            f->forward(pre(l, a), out);
            a = std::move(out);
        }
        return a;
    }
};

double loss(const Reference& net, int from, const Md& a, const Md& g) {
    return (g.array() * net.forwardFrom(from, a).array()).sum();  // L = Σ G ⊙ A_L
}

// dL/dM by central differences, for M the input of layer `from` or (weights) W_l.
Md differences(Md& m, const std::function<double()>& lossNow) {
    Md grad(m.rows(), m.cols());
    for (Eigen::Index i = 0; i < m.size(); ++i) {
        const double keep = m(i), h = 1e-6 * std::max(1.0, std::abs(keep));
        m(i) = keep + h;
        const double up = lossNow();
        m(i) = keep - h;
        const double down = lossNow();
        m(i) = keep;
        grad(i) = (up - down) / (2.0 * h);
    }
    return grad;
}

// The measured statistics of `values` against those computed here in double.
void checkStats(const LayerStats& s, const Md& values, const char* what) {
    INFO(what);
    const double mean = values.mean();
    const double sd = std::sqrt((values.array() - mean).square().mean());
    const double scale = values.cwiseAbs().maxCoeff();
    const double tol = 2e-4 * scale + 1e-12;
    CHECK(s.count == values.size());
    CHECK(s.nonfinite == 0);
    CHECK(s.mean == Approx(mean).margin(tol));
    CHECK(s.std == Approx(sd).epsilon(2e-3).margin(tol));
    CHECK(s.min == Approx(values.minCoeff()).margin(tol));
    CHECK(s.max == Approx(values.maxCoeff()).margin(tol));
    CHECK_FALSE(s.saturated.has_value());
    CHECK_FALSE(s.dead.has_value());
}

void checkHistogram(const Histogram& h, const Md& values) {
    // Symmetric around 0, holding every value.
    const double m = values.cwiseAbs().maxCoeff();
    CHECK(h.lo == -h.hi);
    CHECK(h.hi == Approx(m).epsilon(1e-4));
    CHECK(h.below == 0);
    CHECK(h.above == 0);
    CHECK(h.inRange() == values.size());
}

}  // namespace

TEST_CASE("the backward pass equals finite differences of Σ G ⊙ A_L, for every activation",
          "[activations][backward]") {
    for (const Activation* act : allActivations()) {
        for (const bool batchNorm : {false, true}) {
            ActivationsConfig c;
            c.activation = std::string(act->name());
            c.initializers = {"he", "glorot-uniform", "orthogonal"};
            c.hidden = {9, 8, 7};
            c.samples = 6;
            c.bins = 10;
            c.seed = 17;
            c.batchNorm = batchNorm;
            c.backward = true;
            c.range = {true, 0, 0};
            ActivationsExperiment experiment;
            const ActivationsResult r = experiment.run(c);
            const Md x = experiment.input().cast<double>();
            const Md g = experiment.outputGradient().cast<double>();
            REQUIRE(g.rows() == 6);
            REQUIRE(g.cols() == 7);
            for (const InitializerRun& run : r.runs) {
                INFO(c.activation << (batchNorm ? " + batch norm, " : ", ") << run.initializer);
                const auto init = makeInitializer(run.initializer);
                Reference net{{}, act, batchNorm};
                for (int l = 0; l < c.depth(); ++l) {
                    net.w.push_back(run.layers[static_cast<std::size_t>(l)].scale *
                                    experiment.base(init->distribution(), l).cast<double>());
                }
                // The inputs of every layer, A_0 = X … A_{L−1}.
                std::vector<Md> inputs{x};
                for (int l = 0; l + 1 < c.depth(); ++l) {
                    Md a;
                    act->forward(net.pre(l, inputs.back()), a);
                    inputs.push_back(std::move(a));
                }
                for (int l = 0; l < c.depth(); ++l) {
                    const LayerResult& layer = run.layers[static_cast<std::size_t>(l)];
                    INFO("layer " << l + 1);
                    REQUIRE(layer.preActivation);
                    REQUIRE(layer.gradInput);
                    REQUIRE(layer.gradWeight);
                    Md a = inputs[static_cast<std::size_t>(l)];
                    const Md z = net.pre(l, a);
                    // At a pre-activation of exactly 0 (a sample whose every ReLU unit below is
                    // dead) a central difference straddles the kink and gives f'(0) = ½, not the
                    // 0 that backpropagation uses: these sizes and this seed have none.
                    REQUIRE((z.array() != 0.0).all());
                    checkStats(layer.preActivation->stats, z, "Z_l");
                    checkHistogram(layer.preActivation->histogram, z);
                    const Md dA = differences(a, [&] { return loss(net, l, a, g); });
                    checkStats(layer.gradInput->stats, dA, "dL/dA_{l-1}");
                    checkHistogram(layer.gradInput->histogram, dA);
                    Md& w = net.w[static_cast<std::size_t>(l)];
                    const Md dW = differences(w, [&] { return loss(net, 0, x, g); });
                    checkStats(layer.gradWeight->stats, dW, "dL/dW_l");
                    checkHistogram(layer.gradWeight->histogram, dW);
                    const double wStd = std::sqrt((w.array() - w.mean()).square().mean());
                    const double dwStd = std::sqrt((dW.array() - dW.mean()).square().mean());
                    CHECK(layer.gradWeightRatio == Approx(dwStd / wStd).epsilon(2e-3));
                }
            }
        }
    }
}

TEST_CASE("without backward nothing of it is measured, and the forward results do not change",
          "[activations][backward]") {
    ActivationsConfig c;
    c.hidden = {60, 40, 40};
    c.samples = 700;
    const ActivationsResult plain = runActivations(c);
    c.backward = true;
    const ActivationsResult both = runActivations(c);
    for (std::size_t r = 0; r < plain.runs.size(); ++r) {
        for (std::size_t l = 0; l < plain.runs[r].layers.size(); ++l) {
            const LayerResult& p = plain.runs[r].layers[l];
            const LayerResult& b = both.runs[r].layers[l];
            CHECK_FALSE(p.preActivation);
            CHECK_FALSE(p.gradInput);
            CHECK_FALSE(p.gradWeight);
            CHECK_FALSE(p.has(Quantity::GradInput));
            CHECK(p.statsOf(Quantity::GradWeight) == nullptr);
            CHECK(b.has(Quantity::PreActivations));
            CHECK(b.statsOf(Quantity::GradInput) == &b.gradInput->stats);
            CHECK(b.histogramOf(Quantity::Activations) == &b.histogram);
            CHECK(p.histogram.counts == b.histogram.counts);
            CHECK(p.stats.std == b.stats.std);
        }
    }
}

TEST_CASE("large layers: chunked measurement equals the whole array's statistics", "[activations][backward]") {
    // 1000 × 300 pre-activations (several chunks, bucketed percentiles) against computeStats and a
    // histogram made here on the symmetric range, from Z computed here in float.
    ActivationsConfig c;
    c.activation = "tanh";
    c.initializers = {"xavier"};
    c.hidden = {300, 300};
    c.samples = 1000;
    c.bins = 25;
    c.backward = true;
    ActivationsExperiment experiment;
    const ActivationsResult r = experiment.run(c);
    const LayerResult& layer = r.runs[0].layers[0];
    const Matrix z = float(layer.scale) * (experiment.input() * experiment.base(BaseDistribution::Normal, 0));
    const std::span<const float> values(z.data(), static_cast<std::size_t>(z.size()));
    REQUIRE(values.size() > 4 * kMeasureChunk);
    const LayerStats whole = computeStats(values, nullptr);
    const LayerStats& s = layer.preActivation->stats;
    CHECK(s.mean == Approx(whole.mean).margin(1e-5));
    CHECK(s.std == Approx(whole.std).epsilon(1e-4));
    CHECK(s.min == Approx(whole.min).epsilon(1e-5));
    CHECK(s.max == Approx(whole.max).epsilon(1e-5));
    const double spread = whole.max - whole.min;
    for (std::size_t k = 0; k < whole.percentiles.size(); ++k) {
        CHECK(s.percentiles[k] == Approx(whole.percentiles[k]).margin(spread / 8192 + 1e-5));
    }
    const double m = std::max(-whole.min, whole.max);
    const Histogram h = makeHistogram(values, 25, -m, m);
    std::int64_t moved = 0;
    for (int k = 0; k < 25; ++k) {
        moved += std::abs(h.counts[static_cast<std::size_t>(k)] -
                          layer.preActivation->histogram.counts[static_cast<std::size_t>(k)]);
    }
    CHECK(moved <= 20);  // a GEMM blocked differently may round a few values across an edge
}

TEST_CASE("symmetric ranges", "[activations][backward]") {
    CHECK(symmetricRange(-2.0f, 1.0f) == std::pair{-2.0, 2.0});
    CHECK(symmetricRange(0.5f, 3.0f) == std::pair{-3.0, 3.0});
    CHECK(symmetricRange(0.0f, 0.0f) == std::pair{-0.5, 0.5});
    CHECK(symmetricRange(1.0f, -1.0f) == std::pair{-0.5, 0.5});  // nothing finite
}

TEST_CASE("the output gradient is the same for every initializer and follows the seed", "[activations][backward]") {
    ActivationsConfig c;
    c.hidden = {20, 10};
    c.samples = 50;
    c.backward = true;
    ActivationsExperiment a, b;
    a.run(c);
    c.initializers = {"he"};
    b.run(c);
    CHECK(a.outputGradient() == b.outputGradient());
    c.seed = 1;
    b.run(c);
    CHECK_FALSE(a.outputGradient() == b.outputGradient());
    CHECK(b.outputGradient().rows() == 50);
    CHECK(b.outputGradient().cols() == 10);
    // Standard normal values, independent of the input.
    const Eigen::ArrayXf v = b.outputGradient().reshaped().array();
    CHECK(std::abs(v.mean()) < 0.5);
    CHECK_FALSE(b.outputGradient() == b.input().rightCols(10));
}

#include "experiments/jacobian.h"

TEST_CASE("the input–output Jacobian's singular values", "[activations][jacobian]") {
    // Linear layers with orthogonal weights (gain 1): the Jacobian is orthogonal, every σᵢ = 1.
    ActivationsConfig c;
    c.activation = "linear";
    c.initializers = {"orthogonal", "xavier"};
    c.hidden = {40, 40, 40, 40};
    c.samples = 10;
    ActivationsExperiment experiment;
    experiment.run(c);
    const auto spectra = jacobianSpectra(experiment, c);
    REQUIRE(spectra.size() == 2);
    REQUIRE(spectra[0].singularValues.size() == 40);
    for (double s : spectra[0].singularValues) CHECK(s == Approx(1.0).epsilon(1e-6));  // float base draws
    // Gaussian weights spread them: the largest well above 1, the smallest well below.
    CHECK(spectra[1].singularValues.front() > 2.0);
    CHECK(spectra[1].singularValues.back() < 0.2);
    // tanh: against the chain W₁D₁·…·W_LD_L written out here from the first input row.
    c.activation = "tanh";
    c.initializers = {"he"};
    c.hidden = {30, 20, 10};
    experiment.run(c);
    const auto he = jacobianSpectra(experiment, c);
    const auto init = makeInitializer("he");
    Eigen::RowVectorXd a = experiment.input().row(0).cast<double>();
    Eigen::MatrixXd chain = Eigen::MatrixXd::Identity(30, 30);
    for (int l = 0; l < 3; ++l) {
        const Eigen::MatrixXd w = init->scale(int(a.size()), c.hidden[static_cast<std::size_t>(l)]) *
                                  experiment.base(init->distribution(), l).cast<double>();
        const Eigen::RowVectorXd z = a * w;
        const Eigen::ArrayXd slope = 1.0 - z.array().tanh().square();  // tanh'(z)
        chain = chain * w * slope.matrix().asDiagonal();
        a = z.array().tanh().matrix();
    }
    const Eigen::VectorXd want = Eigen::JacobiSVD<Eigen::MatrixXd>(chain).singularValues();
    REQUIRE(he[0].singularValues.size() == static_cast<std::size_t>(want.size()));
    for (Eigen::Index i = 0; i < want.size(); ++i) CHECK(he[0].singularValues[static_cast<std::size_t>(i)] == Approx(want(i)).epsilon(1e-9));
    // Batch norm has none.
    c.batchNorm = true;
    CHECK(jacobianUnavailable(c).has_value());
    CHECK_THROWS_AS(jacobianSpectra(experiment, c), ConfigError);
}
