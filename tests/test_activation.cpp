#include <catch2/catch.hpp>
#include <cmath>

#include "common/errors.h"
#include "nn/activation.h"

using namespace initscope;

TEST_CASE("every activation's derivative matches central differences", "[activation][gradcheck]") {
    for (const Activation* act : allActivations()) {
        INFO(act->name());
        for (double x = -6.0; x <= 6.0; x += 0.0625 * 1.37) {
            const bool kinked = act->kind() == ActivationKind::Relu ||
                                act->kind() == ActivationKind::LeakyRelu ||
                                act->kind() == ActivationKind::Elu ||
                                act->kind() == ActivationKind::Selu;
            if (kinked && std::abs(x) < 1e-3) continue;
            const double h = 1e-5;
            const double numeric = (act->value(x + h) - act->value(x - h)) / (2 * h);  // f'(x) ≈ Δf/2h
            INFO("x = " << x);
            REQUIRE(act->derivative(x) == Approx(numeric).epsilon(1e-6).margin(1e-8));
        }
    }
}

TEST_CASE("activation values match their definitions", "[activation]") {
    const auto& sigmoid = activationByName("sigmoid");
    CHECK(sigmoid.value(0.0) == Approx(0.5));
    CHECK(sigmoid.value(2.0) == Approx(1.0 / (1.0 + std::exp(-2.0))));
    CHECK(activationByName("tanh").value(0.7) == Approx(std::tanh(0.7)));
    CHECK(activationByName("relu").value(-3.0) == 0.0);
    CHECK(activationByName("relu").value(3.0) == 3.0);
    CHECK(activationByName("leaky-relu").value(-2.0) == Approx(-0.02));
    CHECK(activationByName("elu").value(-1.0) == Approx(std::exp(-1.0) - 1.0));
    CHECK(activationByName("selu").value(1.0) == Approx(1.0507009873554805));
    CHECK(activationByName("selu").value(-1.0) ==
          Approx(1.0507009873554805 * 1.6732632423543772 * (std::exp(-1.0) - 1.0)));
    CHECK(activationByName("gelu").value(1.0) == Approx(0.8411919906).epsilon(1e-6));
    CHECK(activationByName("softplus").value(0.0) == Approx(std::log(2.0)));
    CHECK(activationByName("softplus").value(50.0) == Approx(50.0));
    CHECK(activationByName("softplus").value(-50.0) == Approx(std::exp(-50.0)).epsilon(1e-6));
    CHECK(activationByName("linear").value(-4.25) == -4.25);
}

TEST_CASE("recommended gains", "[activation]") {
    CHECK(activationByName("linear").gain() == 1.0);
    CHECK(activationByName("sigmoid").gain() == 1.0);
    CHECK(activationByName("tanh").gain() == Approx(5.0 / 3.0));
    CHECK(activationByName("relu").gain() == Approx(std::sqrt(2.0)));
    CHECK(activationByName("leaky-relu").gain() == Approx(std::sqrt(2.0 / (1.0 + 0.01 * 0.01))));
    CHECK(activationByName("selu").gain() == Approx(0.75));
}

TEST_CASE("float and double kernels agree; extreme inputs stay finite", "[activation]") {
    MatrixT<float> zf(1, 7);
    zf << -100.f, -10.f, -1.f, 0.f, 1.f, 10.f, 100.f;
    const MatrixT<double> zd = zf.cast<double>();
    for (const Activation* act : allActivations()) {
        INFO(act->name());
        MatrixT<float> af;
        MatrixT<double> ad;
        act->forward(zf, af);
        act->forward(zd, ad);
        REQUIRE(af.allFinite());
        for (int j = 0; j < 7; ++j) {
            CHECK(af(0, j) == Approx(ad(0, j)).epsilon(1e-5).margin(1e-6));
        }
        MatrixT<float> g = MatrixT<float>::Ones(1, 7);
        act->backward(zf, af, g);
        CHECK(g.allFinite());
    }
}

TEST_CASE("saturation and dead-unit definitions", "[activation]") {
    const auto& sigmoid = activationByName("sigmoid");
    CHECK(sigmoid.hasSaturation());
    CHECK(sigmoid.isSaturated(0.005));
    CHECK(sigmoid.isSaturated(0.995));
    CHECK_FALSE(sigmoid.isSaturated(0.5));
    const auto& tanh = activationByName("tanh");
    CHECK(tanh.isSaturated(-0.98));
    CHECK_FALSE(tanh.isSaturated(0.96));
    CHECK(activationByName("relu").hasDeadUnits());
    CHECK_FALSE(activationByName("relu").hasSaturation());
    CHECK_FALSE(activationByName("gelu").hasDeadUnits());
    CHECK(sigmoid.outputRange() == std::optional<std::pair<double, double>>({0.0, 1.0}));
    CHECK(tanh.outputRange() == std::optional<std::pair<double, double>>({-1.0, 1.0}));
    CHECK_FALSE(activationByName("relu").outputRange().has_value());
}

TEST_CASE("unknown activation names the field and the choices", "[activation]") {
    try {
        activationByName("swish", "activations.activation");
        FAIL("no exception");
    } catch (const ConfigError& e) {
        CHECK(e.field() == "activations.activation");
        CHECK(std::string(e.what()).find("sigmoid") != std::string::npos);
    }
    CHECK(allActivations().size() == 9);
}

TEST_CASE("forward in place gives the same values as into another matrix", "[activation]") {
    Matrix z(37, 11);
    for (Eigen::Index i = 0; i < z.size(); ++i) z.data()[i] = -6.0f + 12.0f * float(i) / float(z.size());
    for (const Activation* act : allActivations()) {
        Matrix out, inPlace = z;
        act->forward(z, out);
        act->forward(inPlace, inPlace);
        INFO(act->name());
        CHECK(inPlace == out);
    }
}

TEST_CASE("ELU and SELU derivatives keep their precision far below zero", "[activation]") {
    // f'(z) = e^z (ELU) and λ·α·e^z (SELU) for z < 0: computed as f(z) + 1 in float they become
    // 0 or noise below z ≈ −10 (f(z) + 1 = 1 − 1 + e^z loses every digit).
    for (const char* name : {"elu", "selu"}) {
        const Activation& act = activationByName(name);
        const double scale = std::string(name) == "elu" ? 1.0 : 1.0507009873554804934193349852946 * 1.6732632423543772848170429916717;
        for (float z : {-5.0f, -12.0f, -20.0f, -40.0f, -80.0f}) {
            MatrixT<float> zf(1, 1), af, g(1, 1);
            zf(0, 0) = z;
            act.forward(zf, af);
            g(0, 0) = 1.0f;
            act.backward(zf, af, g);
            const double want = scale * std::exp(double(z));
            INFO(name << " at z = " << z << ": got " << g(0, 0) << ", want " << want);
            CHECK(double(g(0, 0)) == Approx(want).epsilon(1e-5));
        }
    }
}
