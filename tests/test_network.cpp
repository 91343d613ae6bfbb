#include <catch2/catch.hpp>
#include <cmath>

#include "nn/network.h"

using namespace initscope;
using MatD = MatrixT<double>;

namespace {

MatD randomMatrix(int rows, int cols, Rng& rng, double scale = 1.0) {
    MatD m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = scale * rng.normal();
    return m;
}

// L = softmax cross-entropy of the network's output.
double lossOf(BasicMlp<double>& net, const MatD& x, const std::vector<std::uint8_t>& t) {
    return softmaxCrossEntropy<double>(net.forward(x), t, nullptr);
}

// Compares the analytic dL/dθ with (L(θ+h) − L(θ−h)) / 2h for every weight and bias.
void checkGradients(BasicMlp<double>& net, const MatD& x, const std::vector<std::uint8_t>& t) {
    MatD dOut;
    softmaxCrossEntropy<double>(net.forward(x), t, &dOut);
    net.backward(x, dOut);
    const double h = 1e-6;
    double worst = 0.0;
    // dL/dθ ≈ (L(θ + h) − L(θ − h)) / 2h for one parameter, compared with the analytic value.
    auto check = [&](double& param, double analytic, const char* what, int layer, Eigen::Index i) {
        const double saved = param;
        param = saved + h;
        const double up = lossOf(net, x, t);
        param = saved - h;
        const double down = lossOf(net, x, t);
        param = saved;
        const double numeric = (up - down) / (2 * h);
        worst = std::max(worst, std::abs(numeric - analytic) / std::max(1e-7, std::abs(numeric) + std::abs(analytic)));
        INFO("layer " << layer << " " << what << " " << i);
        REQUIRE(analytic == Approx(numeric).epsilon(1e-5).margin(1e-9));
    };
    for (int l = 0; l < net.layerCount(); ++l) {
        const MatD dW = net.gradWeight(l);
        const RowVectorT<double> db = net.gradBias(l);
        for (Eigen::Index i = 0; i < net.weight(l).size(); ++i) check(net.weight(l).data()[i], dW.data()[i], "weight", l, i);
        if (net.hasBias()) {
            for (Eigen::Index i = 0; i < net.bias(l).size(); ++i) check(net.bias(l)(i), db(i), "bias", l, i);
        }
    }
    CHECK(worst < 1e-4);
}

}  // namespace

TEST_CASE("dense layers: backprop matches central differences for every activation",
          "[network][gradcheck]") {
    for (const Activation* act : allActivations()) {
        for (bool bias : {false, true}) {
            INFO(act->name() << (bias ? " with bias" : " without bias"));
            Rng rng(11);
            BasicMlp<double> net({6, 5, 4, 3}, *act, bias, /*linearOutput=*/true);
            for (int l = 0; l < net.layerCount(); ++l) {
                net.weight(l) = randomMatrix(net.sizes()[l], net.sizes()[l + 1], rng, 0.8);
                if (bias) net.bias(l) = randomMatrix(1, net.sizes()[l + 1], rng, 0.3);
            }
            const MatD x = randomMatrix(7, 6, rng);
            std::vector<std::uint8_t> t;
            for (int i = 0; i < 7; ++i) t.push_back(static_cast<std::uint8_t>(rng.below(3)));
            checkGradients(net, x, t);
        }
    }
}

TEST_CASE("activated output layer: backprop matches central differences", "[network][gradcheck]") {
    Rng rng(3);
    BasicMlp<double> net({4, 4, 3}, activationByName("tanh"), true, /*linearOutput=*/false);
    for (int l = 0; l < net.layerCount(); ++l) {
        net.weight(l) = randomMatrix(net.sizes()[l], net.sizes()[l + 1], rng);
    }
    const MatD x = randomMatrix(5, 4, rng);
    checkGradients(net, x, {0, 1, 2, 1, 0});
}

TEST_CASE("activation gradients dL/dA and dL/dZ are consistent", "[network]") {
    Rng rng(9);
    BasicMlp<double> net({5, 6, 6, 3}, activationByName("sigmoid"), false, true);
    net.initialize(*makeInitializer("xavier"), 4);
    const MatD x = randomMatrix(8, 5, rng);
    const std::vector<std::uint8_t> t = {0, 1, 2, 0, 1, 2, 0, 1};
    MatD dOut;
    softmaxCrossEntropy<double>(net.forward(x), t, &dOut);
    net.backward(x, dOut);
    for (int l = 0; l < 2; ++l) {
        const MatD& a = net.output(l);
        // δ_l = dL/dA_l ⊙ σ'(Z_l) = dL/dA_l ⊙ A_l(1 − A_l)
        const MatD expected = net.gradOutput(l).array() * a.array() * (1 - a.array());
        CHECK(net.gradPre(l).isApprox(expected));
    }
    // dL/dA_0 = δ_1 · W_1ᵀ
    CHECK(net.gradOutput(0).isApprox(net.gradPre(1) * net.weight(1).transpose()));
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
    Mlp f({20, 16, 16, 10}, activationByName("relu"), true, true);
    BasicMlp<double> d({20, 16, 16, 10}, activationByName("relu"), true, true);
    f.initialize(*makeInitializer("he"), 1);
    d.initialize(*makeInitializer("he"), 1);
    Rng rng(2);
    const MatD x = randomMatrix(12, 20, rng);
    const Matrix xf = x.cast<float>();
    CHECK(f.forward(xf).cast<double>().isApprox(d.forward(x), 1e-4));
    CHECK(countCorrect<float>(f.output(), std::vector<std::uint8_t>(12, 0)) ==
          countCorrect<double>(d.output(), std::vector<std::uint8_t>(12, 0)));
}

TEST_CASE("initialize: per-layer streams, biases zero, same base numbers across σ", "[network]") {
    Mlp a({10, 8, 8}, activationByName("relu"), true, true);
    Mlp b({10, 8, 8}, activationByName("relu"), true, true);
    a.initialize(*makeInitializer("std=1"), 3);
    b.initialize(*makeInitializer("std=0.5"), 3);
    for (int l = 0; l < 2; ++l) {
        CHECK((a.weight(l) * 0.5f).isApprox(b.weight(l)));
        CHECK(a.bias(l).isZero());
    }
    CHECK_FALSE(a.weight(0).isApprox(a.weight(1).topRows(8)));
    CHECK(a.allFinite());
    a.weight(1)(0, 0) = std::numeric_limits<float>::quiet_NaN();
    CHECK_FALSE(a.allFinite());
}
