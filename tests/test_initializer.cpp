#include <catch2/catch.hpp>
#include <cmath>

#include "common/errors.h"
#include "nn/initializer.h"

using namespace initscope;

namespace {
struct Moments {
    double mean, std;
};
Moments moments(const Matrix& w) {
    const double n = static_cast<double>(w.size());
    const double mean = w.cast<double>().sum() / n;
    const double var = (w.cast<double>().array() - mean).square().sum() / n;
    return {mean, std::sqrt(var)};
}
}  // namespace

TEST_CASE("each initializer's σ matches its formula within sampling error", "[initializer]") {
    const std::vector<std::pair<int, int>> fans = {{100, 100}, {784, 100}, {100, 10}, {300, 50}};
    struct Expect {
        std::string spec;
        double (*stdOf)(int in, int out);
    };
    const std::vector<Expect> expectations = {
        {"std=1", [](int, int) { return 1.0; }},
        {"std=0.01", [](int, int) { return 0.01; }},
        {"uniform=0.05", [](int, int) { return 0.05 / std::sqrt(3.0); }},
        {"xavier", [](int in, int) { return 1.0 / std::sqrt(double(in)); }},
        {"he", [](int in, int) { return std::sqrt(2.0 / in); }},
        {"he-uniform", [](int in, int) { return std::sqrt(6.0 / in) / std::sqrt(3.0); }},
        {"glorot-normal", [](int in, int out) { return std::sqrt(2.0 / (in + out)); }},
        {"glorot-uniform", [](int in, int out) { return std::sqrt(6.0 / (in + out)) / std::sqrt(3.0); }},
        {"lecun-normal", [](int in, int) { return std::sqrt(1.0 / in); }},
        {"lecun-uniform", [](int in, int) { return std::sqrt(3.0 / in) / std::sqrt(3.0); }},
        {"orthogonal", [](int in, int out) { return 1.0 / std::sqrt(double(std::max(in, out))); }},
    };
    for (const auto& e : expectations) {
        const auto init = makeInitializer(e.spec);
        for (auto [in, out] : fans) {
            INFO(e.spec << " " << in << "x" << out);
            Rng rng(42 + in + out);
            const Matrix w = init->draw(in, out, rng);
            REQUIRE(w.rows() == in);
            REQUIRE(w.cols() == out);
            const double expected = e.stdOf(in, out);
            CHECK(init->weightStd(in, out) == Approx(expected));
            const Moments m = moments(w);
            const double n = static_cast<double>(w.size());
            // sample std has standard error ≈ σ/√(2n) (normal; smaller for uniform); allow 5 SE.
            CHECK(std::abs(m.std - expected) < 5.0 * expected / std::sqrt(2.0 * n) + 1e-12);
            CHECK(std::abs(m.mean) < 5.0 * expected / std::sqrt(n) + 1e-12);
        }
    }
}

TEST_CASE("the book's Xavier and He versus Glorot", "[initializer]") {
    CHECK(makeInitializer("xavier")->scale(100, 100) == Approx(0.1));
    CHECK(makeInitializer("he")->scale(100, 100) == Approx(0.1414213562));
    // Glorot differs from the book's "Xavier" whenever n_in ≠ n_out.
    CHECK(makeInitializer("glorot-normal")->scale(100, 100) == Approx(0.1));
    CHECK(makeInitializer("glorot-normal")->scale(784, 100) == Approx(std::sqrt(2.0 / 884)));
    CHECK(makeInitializer("xavier")->scale(784, 100) == Approx(1.0 / 28.0));
    CHECK(makeInitializer("he")->describe(100, 100) == "He: σ = √(2/n_in) = 0.1414");
    CHECK(makeInitializer("xavier")->describe(100, 100) == "Xavier: σ = 1/√n_in = 0.1");
    CHECK(makeInitializer("std=0.01")->describe(100, 100) == "std = 0.01: σ = 0.01");
    CHECK(makeInitializer("glorot-uniform")->describe(100, 100) ==
          "Glorot uniform: a = √(6/(n_in+n_out)) = 0.1732");
}

TEST_CASE("orthogonal initializer gives orthonormal columns or rows", "[initializer]") {
    Rng rng(7);
    const Matrix tall = makeInitializer("orthogonal")->draw(120, 40, rng);
    CHECK((tall.transpose() * tall - Matrix::Identity(40, 40)).cwiseAbs().maxCoeff() < 1e-5);
    const Matrix wide = makeInitializer("orthogonal=2")->draw(30, 90, rng);
    CHECK((wide * wide.transpose() - 4 * Matrix::Identity(30, 30)).cwiseAbs().maxCoeff() < 1e-4);
}

TEST_CASE("zeros are zero; specs round-trip", "[initializer]") {
    Rng rng(1);
    CHECK(makeInitializer("zeros")->draw(10, 10, rng).isZero());
    for (const std::string& spec : namedInitializerSpecs()) {
        CHECK(makeInitializer(spec)->spec() == spec);
    }
    CHECK(makeInitializer("std=0.0100")->spec() == "std=0.01");
    CHECK(makeInitializer("uniform=0.5")->spec() == "uniform=0.5");
}

TEST_CASE("invalid initializer specs are rejected with the field named", "[initializer]") {
    for (const std::string bad : {"std=", "std=-1", "std=0", "std=abc", "std=nan", "std=inf",
                                  "uniform=-0.1", "he=2", "xavier=1", "kaiming", "", "std=1e9"}) {
        INFO(bad);
        try {
            makeInitializer(bad, "training.initializers");
            FAIL("accepted");
        } catch (const ConfigError& e) {
            CHECK(e.field() == "training.initializers");
        }
    }
}

TEST_CASE("draws are deterministic per seed and share base numbers across σ", "[initializer]") {
    Rng a(5), b(5), c(6);
    const Matrix w1 = makeInitializer("std=1")->draw(20, 30, a);
    const Matrix w2 = makeInitializer("std=0.01")->draw(20, 30, b);
    const Matrix w3 = makeInitializer("std=1")->draw(20, 30, c);
    CHECK((w1 * 0.01f - w2).cwiseAbs().maxCoeff() < 1e-7);
    CHECK_FALSE(w1.isApprox(w3));
}

TEST_CASE("fillNormal draws standard normals", "[rng]") {
    Rng rng(17);
    std::vector<float> v(200001);
    rng.fillNormal(v.data(), v.size());
    double sum = 0, sq = 0, tail = 0;
    for (float x : v) {
        REQUIRE(std::isfinite(x));
        sum += x;
        sq += double(x) * x;
        tail += std::abs(x) > 1.959964 ? 1 : 0;
    }
    const double n = double(v.size());
    CHECK(std::abs(sum / n) < 0.01);
    CHECK(std::sqrt(sq / n) == Approx(1.0).margin(0.01));
    CHECK(tail / n == Approx(0.05).margin(0.003));  // 5 % beyond ±1.96
    // Odd lengths and the same seed give the same numbers.
    Rng again(17);
    std::vector<float> w(7);
    again.fillNormal(w.data(), w.size());
    Rng third(17);
    std::vector<float> x(7);
    third.fillNormal(x.data(), x.size());
    CHECK(w == x);
}
