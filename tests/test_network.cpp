#include <catch2/catch.hpp>
#include <cmath>

#include "nn/lsuv.h"
#include "nn/network.h"
#include "nn/optimizer.h"

using namespace initscope;
using MatD = MatrixT<double>;
using SeqD = BasicSequential<double>;

namespace {

MatD randomMatrix(int rows, int cols, Rng& rng, double scale = 1.0) {
    MatD m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = scale * rng.normal();
    return m;
}

// L = softmax cross-entropy of the network's output.
double lossOf(SeqD& net, const MatD& x, const std::vector<std::uint8_t>& t) {
    return softmaxCrossEntropy<double>(net.forward(x), t, nullptr);
}

// Compares every parameter's analytic dL/dθ with (L(θ+h) − L(θ−h)) / 2h, in double precision.
// Returns how many parameters were checked.
int checkGradients(SeqD& net, const MatD& x, const std::vector<std::uint8_t>& t) {
    MatD dOut;
    softmaxCrossEntropy<double>(net.forward(x), t, &dOut);
    net.backward(x, dOut);
    const std::vector<BasicParam<double>> params = net.params();
    // The analytic gradients, copied before the probing forward passes touch anything.
    std::vector<std::vector<double>> analytic;
    for (const auto& p : params) analytic.emplace_back(p.grad, p.grad + p.size);
    const double h = 1e-6;
    int checked = 0;
    for (std::size_t k = 0; k < params.size(); ++k) {
        for (Eigen::Index i = 0; i < params[k].size; ++i) {
            double& param = params[k].value[i];
            const double saved = param;
            param = saved + h;
            const double up = lossOf(net, x, t);
            param = saved - h;
            const double down = lossOf(net, x, t);
            param = saved;
            const double numeric = (up - down) / (2 * h);
            INFO("parameter tensor " << k << " element " << i);
            REQUIRE(analytic[k][static_cast<std::size_t>(i)] == Approx(numeric).epsilon(1e-5).margin(1e-8));
            ++checked;
        }
    }
    return checked;
}

std::vector<std::uint8_t> labelsFor(int n, int classes, Rng& rng) {
    std::vector<std::uint8_t> t;
    for (int i = 0; i < n; ++i) t.push_back(static_cast<std::uint8_t>(rng.below(static_cast<std::uint64_t>(classes))));
    return t;
}

SeqD randomNet(const NetworkSpec& spec, Rng& rng, double scale) {
    SeqD net = buildNetwork<double>(spec);
    for (int k = 0; k < net.denseCount(); ++k) {
        BasicDense<double>& d = net.dense(k);
        d.weight() = randomMatrix(d.fanIn(), d.fanOut(), rng, scale);
        if (d.hasBias()) d.bias() = randomMatrix(1, d.fanOut(), rng, 0.3);
    }
    return net;
}

}  // namespace

TEST_CASE("layers: names, shapes and blocks", "[network]") {
    const NetworkSpec spec{{8, 6, 4, 3}, &activationByName("relu"), true, true, true};
    const Sequential net = buildNetwork<float>(spec);
    REQUIRE(net.size() == 7);  // dense 1, batchnorm 1, relu 1, dense 2, batchnorm 2, relu 2, dense 3
    CHECK(net.layer(0).name() == "dense 1");
    CHECK(net.layer(1).name() == "batchnorm 1");
    CHECK(net.layer(2).name() == "relu 1");
    CHECK(net.layer(6).name() == "dense 3");
    CHECK(net.hiddenCount() == 2);
    CHECK(net.hiddenEnd(0) == 2);
    CHECK(net.hiddenEnd(1) == 5);
    CHECK(net.dense(1).fanIn() == 6);
    CHECK(net.dense(1).fanOut() == 4);
    CHECK(net.denseCount() == 3);
    // A layer that does not fit the one before is refused.
    Sequential bad;
    bad.add(std::make_unique<Dense>(4, 5, false, 1));
    CHECK_THROWS_AS(bad.add(std::make_unique<Dense>(6, 2, false, 2)), std::invalid_argument);
}

TEST_CASE("dense layers: backprop matches central differences for every activation",
          "[network][gradcheck]") {
    for (const Activation* act : allActivations()) {
        for (bool bias : {false, true}) {
            INFO(act->name() << (bias ? " with bias" : " without bias"));
            Rng rng(11);
            SeqD net = randomNet({{6, 5, 4, 3}, act, bias, false, true}, rng, 0.8);
            const MatD x = randomMatrix(7, 6, rng);
            CHECK(checkGradients(net, x, labelsFor(7, 3, rng)) == (bias ? 74 : 62));
        }
    }
}

TEST_CASE("activated output layer: backprop matches central differences", "[network][gradcheck]") {
    Rng rng(3);
    SeqD net = randomNet({{4, 4, 3}, &activationByName("tanh"), true, false, false}, rng, 1.0);
    const MatD x = randomMatrix(5, 4, rng);
    checkGradients(net, x, {0, 1, 2, 1, 0});
}

TEST_CASE("BatchNorm in training mode: gradients of γ, β and everything before it", "[network][gradcheck][batchnorm]") {
    // The book's batch_norm_gradient_check: a whole network with BN, numeric against analytic.
    for (const char* act : {"relu", "tanh", "sigmoid"}) {
        INFO(act);
        Rng rng(5);
        SeqD net = randomNet({{5, 6, 4, 3}, &activationByName(act), true, true, true}, rng, 0.7);
        // γ and β away from 1 and 0, so their own gradients are exercised.
        for (int i = 0; i < net.size(); ++i) {
            if (net.layer(i).kind() != LayerKind::BatchNorm) continue;
            auto& bn = static_cast<BasicBatchNorm<double>&>(net.layer(i));
            bn.gamma() = (randomMatrix(1, bn.inputWidth(), rng, 0.3).array() + 1.0).matrix();
            bn.beta() = randomMatrix(1, bn.inputWidth(), rng, 0.3);
        }
        const MatD x = randomMatrix(9, 5, rng);
        checkGradients(net, x, labelsFor(9, 3, rng));
    }
}

TEST_CASE("BatchNorm in evaluation mode: gradients through the running statistics", "[network][gradcheck][batchnorm]") {
    Rng rng(8);
    SeqD net = randomNet({{5, 6, 6, 3}, &activationByName("tanh"), true, true, true}, rng, 0.7);
    for (int i = 0; i < net.size(); ++i) {
        if (net.layer(i).kind() != LayerKind::BatchNorm) continue;
        auto& bn = static_cast<BasicBatchNorm<double>&>(net.layer(i));
        bn.runningMean() = randomMatrix(1, bn.inputWidth(), rng, 0.5);
        bn.runningVar() = (randomMatrix(1, bn.inputWidth(), rng, 0.3).array().abs() + 0.5).matrix();
        bn.gamma() = (randomMatrix(1, bn.inputWidth(), rng, 0.3).array() + 1.0).matrix();
    }
    net.setMode(LayerMode::Eval);
    const MatD x = randomMatrix(6, 5, rng);
    checkGradients(net, x, labelsFor(6, 3, rng));
}

TEST_CASE("BatchNorm forward: normalised batch, running statistics, modes", "[network][batchnorm]") {
    Rng rng(2);
    BasicBatchNorm<double> bn(4, 1);
    const MatD x = (randomMatrix(50, 4, rng, 3.0).array() + 7.0).matrix();
    const MatD& y = bn.forward(x);
    // With γ = 1, β = 0 every feature has mean 0 and (biased) variance 1/(1 + ε/σ²) ≈ 1.
    for (int j = 0; j < 4; ++j) {
        CHECK(y.col(j).mean() == Approx(0.0).margin(1e-12));
        CHECK(y.col(j).squaredNorm() / 50.0 == Approx(1.0).epsilon(1e-6));
    }
    // Running statistics start at 0 (the book) and move 10% of the way: 0.9·0 + 0.1·batch.
    const RowVectorT<double> mean = x.colwise().mean();
    const RowVectorT<double> var = (x.rowwise() - mean).colwise().squaredNorm() / 50.0;
    CHECK(bn.runningMean().isApprox(0.1 * mean));
    CHECK(bn.runningVar().isApprox(0.1 * var));
    // Measure mode normalises the same way but learns nothing.
    bn.setMode(LayerMode::Measure);
    const MatD measured = bn.forward(x);
    CHECK(measured.isApprox(y));
    CHECK(bn.runningMean().isApprox(0.1 * mean));
    // Evaluation uses the running statistics: (x − 0.1μ)/√(0.1σ² + ε).
    bn.setMode(LayerMode::Eval);
    const MatD& e = bn.forward(x);
    const double expected = (x(3, 2) - 0.1 * mean(2)) / std::sqrt(0.1 * var(2) + 1e-6);
    CHECK(e(3, 2) == Approx(expected));
}

TEST_CASE("BatchNorm on blocks of rows equals BatchNorm on the whole batch", "[network][batchnorm]") {
    Rng rng(4);
    BasicBatchNorm<float> whole(5, 1), blocks(5, 1);
    const Matrix x = randomMatrix(300, 5, rng, 2.0).cast<float>();
    whole.setMode(LayerMode::Measure);
    blocks.setMode(LayerMode::Measure);
    REQUIRE(blocks.needsBatchStatistics());
    const Matrix& expected = whole.forward(x);
    // Statistics merged from three blocks in order, then each block normalised on its own.
    ColumnMoments merged;
    const int cuts[] = {0, 128, 256, 300};
    for (int b = 0; b < 3; ++b) merged.merge(ColumnMoments::of<float>(x.middleRows(cuts[b], cuts[b + 1] - cuts[b])));
    CHECK(merged.count == 300);
    blocks.useBatchStatistics(merged);
    for (int b = 0; b < 3; ++b) {
        Matrix out;
        blocks.forwardRows(x.middleRows(cuts[b], cuts[b + 1] - cuts[b]), out);
        CHECK(out.isApprox(expected.middleRows(cuts[b], cuts[b + 1] - cuts[b]), 1e-5f));
    }
}

TEST_CASE("softmax cross-entropy: value, gradient and stability", "[network]") {
    MatD logits(2, 3);
    logits << 1, 2, 3, 1000, 0, -1000;
    const std::vector<std::uint8_t> t = {2, 0};
    MatD d;
    const double loss = softmaxCrossEntropy<double>(logits, t, &d);
    const double l0 = std::log(std::exp(1.0) + std::exp(2.0) + std::exp(3.0)) - 3.0;
    CHECK(loss == Approx(l0 / 2.0));
    CHECK(std::isfinite(loss));
    CHECK(d.row(0).sum() == Approx(0.0).margin(1e-12));
    CHECK(d(1, 0) == Approx(0.0).margin(1e-12));
    // Ten equal logits: the loss is ln 10 — the book's "std=0.01 stays at 2.30".
    const MatD flat = MatD::Zero(4, 10);
    CHECK(softmaxCrossEntropy<double>(flat, std::vector<std::uint8_t>{1, 2, 3, 4}, nullptr) ==
          Approx(std::log(10.0)));
}

TEST_CASE("float network matches the double network", "[network]") {
    const NetworkSpec spec{{20, 16, 16, 10}, &activationByName("relu"), true, true, true};
    Sequential f = buildNetwork<float>(spec);
    SeqD d = buildNetwork<double>(spec);
    initializeNetwork(f, *makeInitializer("he"), BiasInit{0.1}, 1);
    initializeNetwork(d, *makeInitializer("he"), BiasInit{0.1}, 1);
    Rng rng(2);
    const MatD x = randomMatrix(12, 20, rng);
    const Matrix xf = x.cast<float>();
    CHECK(f.forward(xf).cast<double>().isApprox(d.forward(x), 1e-4));
    CHECK(countCorrect<float>(f.output(), std::vector<std::uint8_t>(12, 0)) ==
          countCorrect<double>(d.output(), std::vector<std::uint8_t>(12, 0)));
}

TEST_CASE("initialize: per-layer streams, real fans, biases, same base numbers across σ", "[network]") {
    const NetworkSpec spec{{10, 8, 6}, &activationByName("relu"), true, false, true};
    Sequential a = buildNetwork<float>(spec), b = buildNetwork<float>(spec), c = buildNetwork<float>(spec);
    initializeNetwork(a, *makeInitializer("std=1"), BiasInit{}, 3);
    initializeNetwork(b, *makeInitializer("std=0.5"), BiasInit{}, 3);
    initializeNetwork(c, *makeInitializer("he"), BiasInit{0.2}, 3);
    for (int l = 0; l < 2; ++l) {
        CHECK((a.dense(l).weight() * 0.5f).isApprox(b.dense(l).weight()));
        CHECK(a.dense(l).bias().isZero());
        // He's σ from this layer's own fan-in: √(2/10), then √(2/8).
        CHECK(c.dense(l).initScale == Approx(std::sqrt(2.0 / (l == 0 ? 10 : 8))));
        CHECK((a.dense(l).weight() * float(c.dense(l).initScale)).isApprox(c.dense(l).weight()));
        // normal=0.2 biases: non-zero, of about that spread.
        CHECK_FALSE(c.dense(l).bias().isZero());
    }
    CHECK(c.dense(0).weight().rows() == 10);
    CHECK(c.dense(1).weight().cols() == 6);
    CHECK(a.allFinite());
    a.dense(1).weight()(0, 0) = std::numeric_limits<float>::quiet_NaN();
    CHECK_FALSE(a.allFinite());
    CHECK(parseBiasInit("normal=0.25").sigma == 0.25);
    CHECK(parseBiasInit("zeros").sigma == 0.0);
    CHECK(BiasInit{0.25}.spec() == "normal=0.25");
    CHECK_THROWS_AS(parseBiasInit("normal=-1"), ConfigError);
    CHECK_THROWS_AS(parseBiasInit("ones"), ConfigError);
}

TEST_CASE("shared scaled weights give what owned weights give", "[network]") {
    const NetworkSpec spec{{12, 9, 7}, &activationByName("tanh"), true, false, false};
    Sequential owned = buildNetwork<float>(spec), shared = buildNetwork<float>(spec);
    initializeNetwork(owned, *makeInitializer("xavier"), BiasInit{0.1}, 5);
    std::vector<Matrix> bases;
    for (int k = 0; k < 2; ++k) {
        Rng rng = Rng::stream(5, static_cast<std::uint64_t>(k) + 1);
        bases.push_back(Initializer::drawBase(BaseDistribution::Normal, k == 0 ? 12 : 9, k == 0 ? 9 : 7, rng));
    }
    for (int k = 0; k < 2; ++k) {
        Dense& d = shared.dense(k);
        d.shareScaledWeights(&bases[static_cast<std::size_t>(k)], 1.0 / std::sqrt(double(d.fanIn())));
        initializeBias(d, BiasInit{0.1}, 5, k);
    }
    Rng rng(1);
    const Matrix x = randomMatrix(20, 12, rng).cast<float>();
    CHECK(owned.forward(x).isApprox(shared.forward(x), 1e-5f));
    CHECK_THROWS_AS(shared.params(), std::logic_error);  // shared weights are not trainable
}

TEST_CASE("LSUV: every dense layer's output variance within 0.1 of 1", "[network][lsuv]") {
    for (const char* act : {"relu", "tanh", "sigmoid"}) {
        for (bool bn : {false, true}) {
            INFO(act << (bn ? " with batch norm" : ""));
            const NetworkSpec spec{{30, 40, 25, 20, 10}, &activationByName(act), true, bn, true};
            Sequential net = buildNetwork<float>(spec);
            const auto lsuv = makeInitializer("lsuv");
            REQUIRE(lsuv->needsData());
            initializeNetwork(net, *lsuv, BiasInit{0.5}, 2);
            Rng rng(3);
            const Matrix x = (randomMatrix(200, 30, rng, 4.0).array() + 1.0).matrix().cast<float>();
            const std::vector<LsuvLayerReport> reports = lsuvInitialize(net, x);
            REQUIRE(reports.size() == 4);
            // Measured independently: forward the batch (training mode) and take Var of each Z.
            net.setMode(LayerMode::Measure);
            net.forward(x);
            int index = 0;
            for (int i = 0; i < net.size(); ++i) {
                if (net.layer(i).kind() != LayerKind::Dense) continue;
                const Eigen::ArrayXd z = net.output(i).cast<double>().reshaped().array();
                const double var = (z - z.mean()).square().mean();
                const LsuvLayerReport& r = reports[static_cast<std::size_t>(index++)];
                CHECK(r.converged);
                CHECK(std::abs(var - 1.0) < kLsuvTolerance);
                CHECK(r.variance == Approx(var).epsilon(1e-4));
                CHECK(r.passes >= 1);
                CHECK(r.passes <= kLsuvMaxPasses);
                CHECK(net.dense(index - 1).initDescription.find("LSUV") != std::string::npos);
            }
        }
    }
}

TEST_CASE("LSUV stops when a layer's output cannot be scaled to unit variance", "[network][lsuv]") {
    const NetworkSpec spec{{6, 5, 4}, &activationByName("relu"), true, false, true};
    Sequential net = buildNetwork<float>(spec);
    initializeNetwork(net, *makeInitializer("lsuv"), BiasInit{}, 1);
    const Matrix zeros = Matrix::Zero(10, 6);  // every Z is 0: Var = 0, nothing to rescale
    const auto reports = lsuvInitialize(net, zeros);
    CHECK_FALSE(reports[0].converged);
    CHECK(reports[0].passes == 0);
    CHECK(reports[0].gain == 1.0);
    CHECK(describeLsuv(reports[0]).find("not reached") != std::string::npos);
}

TEST_CASE("optimizers expose each step's update without changing the step", "[network][optimizer]") {
    for (OptimizerKind kind : allOptimizers()) {
        INFO(optimizerName(kind));
        const NetworkSpec spec{{8, 6, 3}, &activationByName("relu"), true, true, true};
        Sequential plain = buildNetwork<float>(spec), watched = buildNetwork<float>(spec);
        initializeNetwork(plain, *makeInitializer("he"), BiasInit{}, 4);
        initializeNetwork(watched, *makeInitializer("he"), BiasInit{}, 4);
        auto a = makeOptimizer(kind, 0.05), b = makeOptimizer(kind, 0.05);
        const auto pa = plain.params();
        const auto pb = watched.params(/*withUpdates=*/true);
        REQUIRE(pb.size() == pa.size());
        Rng rng(6);
        for (int step = 0; step < 3; ++step) {
            const Matrix x = randomMatrix(16, 8, rng).cast<float>();
            const auto t = labelsFor(16, 3, rng);
            for (Sequential* net : {&plain, &watched}) {
                Matrix d;
                softmaxCrossEntropy(net->forward(x), t, &d);
                net->backward(x, d);
            }
            std::vector<Eigen::VectorXf> before;
            for (const auto& p : pb) before.push_back(Eigen::Map<const Eigen::VectorXf>(p.value, p.size));
            a->step(pa);
            b->step(pb);
            for (std::size_t k = 0; k < pb.size(); ++k) {
                const Eigen::Map<const Eigen::VectorXf> now(pb[k].value, pb[k].size);
                // ΔW = W_new − W_old, and the watched network steps exactly like the plain one.
                CHECK(watched.updateOf(k).isApprox(now - before[k], 1e-5f));
                CHECK((now.array() == Eigen::Map<const Eigen::VectorXf>(pa[k].value, pa[k].size).array()).all());
                CHECK(watched.updateOf(k).norm() > 0.0f);
            }
        }
    }
}
