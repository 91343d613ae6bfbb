// (1) one activation × one initializer, the book's 1000 × 100 input through 5 layers of 100,
//     30-bin histograms and the layer statistics included;
// (2) the default screen (4 initializers × 5 layers) recomputed after an activation change (every
//     row) and after a σ change (the custom-σ row only; the others are memoised).
#include <benchmark/benchmark.h>

#include <Eigen/Core>

#include "experiments/activations.h"
#include "experiments/activations_theory.h"
#include "theory/mean_field.h"
#include "theory/phase_diagram.h"
#include "nn/activation.h"
#include "nn/layers.h"

using namespace initscope;

namespace {

const char* kActivations[] = {"sigmoid", "tanh", "relu"};

// Drawing included (fresh input and weights every time), as numpy's "full".
void BM_OneComboFull(benchmark::State& state) {
    ActivationsConfig c;
    c.activation = kActivations[state.range(0)];
    c.initializers = {"xavier"};
    std::uint64_t seed = 1;
    for (auto _ : state) {
        c.seed = seed++;
        benchmark::DoNotOptimize(runActivations(c));
    }
}
BENCHMARK(BM_OneComboFull)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

// Input and weights already drawn, as numpy's "fwd+hist".
void BM_OneComboForwardHistogram(benchmark::State& state) {
    ActivationsConfig c;
    c.activation = kActivations[state.range(0)];
    c.initializers = {"xavier"};
    ActivationsExperiment experiment;
    experiment.run(c);
    for (auto _ : state) {
        experiment.forgetResults();
        benchmark::DoNotOptimize(experiment.run(c));
    }
}
BENCHMARK(BM_OneComboForwardHistogram)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

void BM_ScreenAfterActivationChange(benchmark::State& state) {
    ActivationsConfig c;  // sigmoid/tanh alternate: every row recomputes
    ActivationsExperiment experiment;
    experiment.run(c);
    int i = 0;
    for (auto _ : state) {
        c.activation = (i++ % 2) ? "sigmoid" : "tanh";
        benchmark::DoNotOptimize(experiment.run(c));
    }
}
BENCHMARK(BM_ScreenAfterActivationChange)->Unit(benchmark::kMillisecond);

void BM_ScreenAfterSigmaChange(benchmark::State& state) {
    ActivationsConfig c;
    c.initializers.push_back("std=0.05");
    ActivationsExperiment experiment;
    experiment.run(c);
    int i = 0;
    for (auto _ : state) {
        c.initializers.back() = "std=" + std::to_string(0.05 + 0.001 * (i++ % 100));  // the slider moves
        benchmark::DoNotOptimize(experiment.run(c));
    }
}
BENCHMARK(BM_ScreenAfterSigmaChange)->Unit(benchmark::kMillisecond);

// The same screens with the backward pass (as the window computes them): forward, a random
// gradient sent back, pre-activations, dL/dA and dL/dW measured in every layer.
void BM_ScreenAfterActivationChangeBackward(benchmark::State& state) {
    ActivationsConfig c;
    c.backward = true;
    ActivationsExperiment experiment;
    experiment.run(c);
    int i = 0;
    for (auto _ : state) {
        c.activation = (i++ % 2) ? "sigmoid" : "tanh";
        benchmark::DoNotOptimize(experiment.run(c));
    }
}
BENCHMARK(BM_ScreenAfterActivationChangeBackward)->Unit(benchmark::kMillisecond);

void BM_ScreenAfterSigmaChangeBackward(benchmark::State& state) {
    ActivationsConfig c;
    c.backward = true;
    c.initializers.push_back("std=0.05");
    ActivationsExperiment experiment;
    experiment.run(c);
    int i = 0;
    for (auto _ : state) {
        c.initializers.back() = "std=" + std::to_string(0.05 + 0.001 * (i++ % 100));
        benchmark::DoNotOptimize(experiment.run(c));
    }
}
BENCHMARK(BM_ScreenAfterSigmaChangeBackward)->Unit(benchmark::kMillisecond);

// Depth 50 × width 1000, He, forward and backward with every statistic (input and weights drawn
// once). Argument: the number of input samples.
void BM_Deep50x1000Backward(benchmark::State& state) {
    ActivationsConfig c;
    c.activation = "relu";
    c.initializers = {"he"};
    c.hidden.assign(50, 1000);
    c.samples = static_cast<int>(state.range(0));
    c.backward = true;
    ActivationsExperiment experiment;
    experiment.run(c);
    for (auto _ : state) {
        experiment.forgetResults();
        benchmark::DoNotOptimize(experiment.run(c));
    }
}
BENCHMARK(BM_Deep50x1000Backward)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

// The default screen repeated over 100 seeds (the window's "Repeat over 100 seeds"), with and
// without the backward pass: seed 0 with every histogram, seeds 1…99 statistics only. Each
// iteration recomputes all of it (a new experiment); argument 1 = with the backward pass.
void BM_DefaultScreen100Seeds(benchmark::State& state) {
    ActivationsConfig c;
    c.backward = state.range(0) != 0;
    c.repeats = 100;
    ActivationsExperiment experiment;
    experiment.run(c);
    for (auto _ : state) {
        experiment.forgetResults();
        benchmark::DoNotOptimize(experiment.run(c));
    }
}
BENCHMARK(BM_DefaultScreen100Seeds)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Mean-field theory for the default screen (4 initializers × 5 layers; the activation's moment table
// built once before): per-layer q, moments, χ, the fixed points.
void BM_TheoryDefaultScreen(benchmark::State& state) {
    TheoryConfig c;
    c.withCorrelation = false;  // as the window asks
    predictTheory(c);
    for (auto _ : state) benchmark::DoNotOptimize(predictTheory(c));
}
BENCHMARK(BM_TheoryDefaultScreen)->Unit(benchmark::kMillisecond);

// The same and every cell's predicted histogram for all four quantities, as the window's worker adds them.
void BM_TheoryEveryCell(benchmark::State& state) {
    ActivationsConfig c;
    c.backward = true;
    const ActivationsResult r = runActivations(c);
    predictActivations(r);
    for (auto _ : state) benchmark::DoNotOptimize(predictActivations(r));
}
BENCHMARK(BM_TheoryEveryCell)->Unit(benchmark::kMillisecond);

// A 200 × 200 phase diagram (tanh, σ_w² up to 4, σ_b² up to 0.25) with its critical line.
void BM_PhaseDiagram200(benchmark::State& state) {
    const Activation& tanh = activationByName("tanh");
    phaseDiagram(tanh, 4.0, 0.25, 200, 200);  // the moment table, once
    for (auto _ : state) benchmark::DoNotOptimize(phaseDiagram(tanh, 4.0, 0.25, 200, 200));
}
BENCHMARK(BM_PhaseDiagram200)->Unit(benchmark::kMillisecond);

// The machine's large-GEMM throughput, for comparison with the training's GFLOP/s: the engine's own
// product (a 1024 → 1024 Dense layer's forward on 1024 rows), so that it runs in the engine library
// the loader chose for this CPU, not in this program (compiled for the x86-64 baseline).
void BM_Gemm1024(benchmark::State& state) {
    BasicDense<float> dense(1024, 1024, false, 1024);
    dense.weight() = MatrixT<float>::Random(1024, 1024);
    const MatrixT<float> a = MatrixT<float>::Random(1024, 1024);
    MatrixT<float> c(1024, 1024);
    for (auto _ : state) {
        dense.forwardRows(a, c);
        benchmark::DoNotOptimize(c.data());
    }
    state.counters["GFLOPS"] = benchmark::Counter(2.0 * 1024 * 1024 * 1024, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Gemm1024)->Unit(benchmark::kMillisecond);

}  // namespace
