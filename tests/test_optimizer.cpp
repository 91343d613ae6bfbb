#include <catch2/catch.hpp>
#include <cmath>

#include "common/errors.h"
#include "nn/optimizer.h"

using namespace initscope;

namespace {
// One parameter vector p with gradient g; applies `steps` updates of the optimizer.
std::vector<float> run(OptimizerKind kind, double lr, std::vector<float> p, const std::vector<float>& g,
                       int steps) {
    auto opt = makeOptimizer(kind, lr);
    const std::vector<ParamSlot> slots = {{p.data(), g.data(), static_cast<Eigen::Index>(p.size())}};
    for (int i = 0; i < steps; ++i) opt->step(slots);
    return p;
}
}  // namespace

TEST_CASE("SGD: W ← W − η·g", "[optimizer]") {
    const auto p = run(OptimizerKind::Sgd, 0.1, {1.0f, -2.0f}, {0.5f, -1.0f}, 2);
    CHECK(p[0] == Approx(1.0 - 2 * 0.1 * 0.5));
    CHECK(p[1] == Approx(-2.0 + 2 * 0.1 * 1.0));
}

TEST_CASE("Momentum: v ← 0.9v − η·g; W ← W + v", "[optimizer]") {
    const auto p = run(OptimizerKind::Momentum, 0.1, {1.0f}, {1.0f}, 2);
    // v₁ = −0.1, W₁ = 0.9; v₂ = −0.09 − 0.1 = −0.19, W₂ = 0.71
    CHECK(p[0] == Approx(0.71));
}

TEST_CASE("AdaGrad: h ← h + g²; W ← W − η·g/(√h + ε)", "[optimizer]") {
    const auto p = run(OptimizerKind::AdaGrad, 0.1, {1.0f}, {2.0f}, 2);
    // h₁ = 4: W₁ = 1 − 0.1·2/2 = 0.9; h₂ = 8: W₂ = 0.9 − 0.1·2/√8
    CHECK(p[0] == Approx(0.9 - 0.2 / std::sqrt(8.0)).epsilon(1e-5));
}

TEST_CASE("Adam: bias-corrected first step moves each weight by about η", "[optimizer]") {
    const auto p = run(OptimizerKind::Adam, 0.001, {1.0f, 1.0f}, {5.0f, -0.01f}, 1);
    CHECK(p[0] == Approx(1.0 - 0.001).epsilon(1e-4));
    CHECK(p[1] == Approx(1.0 + 0.001).epsilon(1e-4));
}

TEST_CASE("every optimizer descends a quadratic bowl", "[optimizer]") {
    for (OptimizerKind kind : allOptimizers()) {
        INFO(optimizerName(kind));
        auto opt = makeOptimizer(kind, kind == OptimizerKind::AdaGrad ? 0.5 : 0.05);
        std::vector<float> p = {3.0f, -2.0f}, g(2);
        const std::vector<ParamSlot> slots = {{p.data(), g.data(), 2}};
        for (int i = 0; i < 300; ++i) {
            g[0] = 2 * p[0];  // ∂(x² + y²)/∂x
            g[1] = 2 * p[1];
            opt->step(slots);
        }
        CHECK(p[0] * p[0] + p[1] * p[1] < 13.0 * 0.05);
        CHECK(optimizerByName(optimizerName(kind)) == kind);
    }
    CHECK_THROWS_AS(optimizerByName("rmsprop"), ConfigError);
}
