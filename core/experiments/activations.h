#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "common/run_control.h"
#include "common/types.h"
#include "nn/initializer.h"
#include "nn/layer.h"
#include "stats/histogram.h"
#include "stats/measure.h"
#include "stats/partial.h"
#include "stats/spread.h"

namespace initscope {

template <typename S>
class BasicSequential;
struct NetworkSpec;
class ThreadPool;

// The book's first experiment: an N(0, 1) input of samples × hidden[0] through one dense layer
// (→ BatchNorm) → activation per entry of `hidden`, once per initializer, histogramming every
// layer's activations. hidden = {300, 100, 50}: 300 → 300 → 100 → 50.
struct ActivationsConfig {
    std::string activation = "sigmoid";
    std::vector<std::string> initializers = {"std=1", "std=0.01", "xavier", "he"};
    std::vector<int> hidden = std::vector<int>(5, 100);
    int samples = 1000;
    std::uint64_t seed = 0;
    int bins = 30;
    // The activation's own range ((0, 1) for sigmoid, (−1, 1) for tanh, the data's otherwise);
    // the book presets set the book's (0, 1) for every activation.
    HistogramRange range{true, 0.0, 1.0};
    bool bias = false;                // with biasInit "zeros" it changes nothing at init
    std::string biasInit = "zeros";   // or "normal=<σ_b>"
    bool batchNorm = false;           // BatchNorm (training mode, the input's statistics) before f
    // Also the backward pass of a random output gradient and the pre-activations (see
    // LayerResult): off in the command line by default, on in the app.
    bool backward = false;
    // Repeats the experiment with the seeds seed, seed + 1, …, seed + repeats − 1: the histograms
    // are the first seed's, and every statistic also gets its median and 5–95 % band over the
    // seeds (LayerResult::spread) — how far one network of this width strays from the typical one.
    int repeats = 1;

    int depth() const { return static_cast<int>(hidden.size()); }
    int inputWidth() const { return hidden.empty() ? 0 : hidden.front(); }
    int maxWidth() const;
    bool isUniform() const;  // every layer as wide

    bool operator==(const ActivationsConfig&) const = default;
};

inline constexpr int kMaxDepth = 50;
inline constexpr int kMaxWidth = 4096;
inline constexpr int kMaxSamples = 100000;
inline constexpr int kMaxBins = 1000;
inline constexpr int kMaxRepeats = 1000;
inline constexpr std::int64_t kMaxLayerValues = 20'000'000;  // samples × the widest layer

// What a histogram shows of a layer l (A_l = f(Z_l), Z_l = A_{l−1}·W_l, G = dL/dA_L):
// its activations A_l, its pre-activations Z_l (the input of f, after BatchNorm when there is
// one), the gradient it sends towards the input dL/dA_{l−1}, or its weight gradient dL/dW_l.
enum class Quantity { Activations, PreActivations, GradInput, GradWeight };
inline constexpr Quantity kQuantities[] = {Quantity::Activations, Quantity::PreActivations, Quantity::GradInput,
                                           Quantity::GradWeight};
std::string_view quantityName(Quantity q);  // "activations", "pre-activations", "gradients", "weight-gradients"
Quantity quantityByName(std::string_view name, const std::string& field = "quantity");  // throws ConfigError
bool isGradient(Quantity q);  // ranges symmetric around 0, no saturated/dead counts

// The spread over the seeds of a repeated run (ActivationsConfig::repeats > 1) of one layer's
// statistics: what LayerResult measures once, per seed.
struct LayerSpread {
    int seeds = 0;
    StatsSpread activations;
    std::optional<StatsSpread> preActivation, gradInput, gradWeight;  // with the backward pass
    std::optional<Spread> gradWeightRatio;

    const StatsSpread* of(Quantity q) const;  // nullptr when not measured

    bool operator==(const LayerSpread&) const = default;
};

struct LayerResult {
    int layer = 0;             // 1-based
    int fanIn = 0, width = 0;  // the dense layer's shape
    double sigma = 0.0;        // standard deviation of this layer's weights
    double scale = 0.0;        // the initializer's σ, bound or gain for this layer
    std::string description;  // "He: σ = √(2/n_in) = 0.1414", or LSUV's passes and gain
    LayerStats stats;  // of the activations A_l
    Histogram histogram;
    // With ActivationsConfig::backward (else empty): Z_l, dL/dA_{l−1}, dL/dW_l and
    // std(dL/dW_l) / std(W_l).
    std::optional<Distribution> preActivation, gradInput, gradWeight;
    double gradWeightRatio = 0.0;
    std::optional<LayerSpread> spread;  // with repeats > 1

    bool has(Quantity q) const { return q == Quantity::Activations || distribution(q) != nullptr; }
    // The statistics and histogram of `q`, nullptr when not measured (Activations: never null).
    const LayerStats* statsOf(Quantity q) const;
    const Histogram* histogramOf(Quantity q) const;

private:
    const Distribution* distribution(Quantity q) const;
};

struct InitializerRun {
    std::string initializer;  // the spec exactly as configured
    std::string displayName;  // "He"
    std::string formula;      // "σ = √(2/n_in)"
    std::vector<LayerResult> layers;
};

struct ActivationsTheory;
struct JacobianSpectrum;

struct ActivationsResult {
    ActivationsConfig config;
    std::vector<InitializerRun> runs;
    // Mean-field predictions for every cell (experiments/activations_theory.h), when asked for:
    // the window's worker adds them.
    std::shared_ptr<const ActivationsTheory> theory;
    // The input–output Jacobian's singular values per run (experiments/jacobian.h), when asked for.
    std::shared_ptr<const std::vector<JacobianSpectrum>> jacobian;
};

// The depth profile of one initializer: per layer l (from 1), the standard deviation of its
// activations A_l (forward) and of the gradient it sends back dL/dA_{l−1} (backward: NaN without
// the backward pass), and whether more than half of its activations are saturated or dead.
// Repeated over seeds, each is the median over the seeds, and the 5th and 95th percentiles give a
// band (forwardLow … backwardHigh, empty for one seed).
struct DepthProfile {
    std::string initializer;
    std::string displayName;
    std::vector<double> forward, backward;
    std::vector<bool> saturatedOrDead;
    std::vector<double> forwardLow, forwardHigh, backwardLow, backwardHigh;
    int seeds = 1;
};
inline constexpr double kProfileFlagFraction = 0.5;
std::vector<DepthProfile> depthProfiles(const ActivationsResult& result);

// Throws ConfigError naming the field (`prefix` + key, e.g. "activations.depth").
void validate(const ActivationsConfig& config, const std::string& prefix = "");

// Runs the experiment. Keeps the drawn input and the unscaled base weights between runs: when only
// σ, the activation or the initializer list change, nothing is drawn again (the σ slider).
// Each initializer's network is a Sequential whose dense layers share the base draws, scaled.
// Rows are processed in fixed blocks of kBlockRows, every block of every initializer side by side
// on the thread pool, running the layers' forwardRows() up to the next point that needs the whole
// batch: the end of a hidden layer (its histogram range) or a layer that needs batch statistics
// (BatchNorm), whose input statistics are merged from the blocks. Each block's statistics and
// counts are merged in order, so the results do not depend on the number of threads. LSUV is
// fitted on the whole input first.
// With `backward`, the same blocks of rows instead run forward and backward through copies of each
// network that share its weights (a network with a layer that needs the batch's statistics runs
// the batch as one block): dL/dA_L = G, samples × last width of N(0, 1) values from their own
// streams of the seed (segment k: stream 2³³ + k), the same G for every initializer, and for
// l = L…1  δ_l = dL/dA_l ⊙ f'(Z_l), dL/dW_l = A_{l−1}ᵀ·δ_l (summed over the blocks in order),
// dL/dA_{l−1} = δ_l·W_lᵀ. A_l, Z_l and the gradients are then measured by measureArrays()
// (gradients and Z on ranges symmetric around 0, fitted to the largest magnitude); the
// activations' numbers are those of the forward-only run.
// The input (in segments of kInputSegment values) and each layer's base weights come from their
// own streams of the seed, so every initializer with the same base distribution sees the same
// numbers, only scaled differently, and all of them can be drawn in parallel.
class ActivationsExperiment {
public:
    static constexpr int kBlockRows = 256;
    static constexpr std::size_t kInputSegment = 8192;
    using RunObserver = std::function<void(const InitializerRun&)>;

    ActivationsExperiment();
    ~ActivationsExperiment();
    ActivationsExperiment(ActivationsExperiment&&) noexcept;
    ActivationsExperiment& operator=(ActivationsExperiment&&) noexcept;

    ActivationsResult run(const ActivationsConfig& config, const RunControl* control = nullptr,
                          const RunObserver& observer = {});
    // How much memory the further seeds of a repeated run may hold at once: within it, one seed per
    // thread, each computed whole on its thread (faster for small networks); beyond it, one seed
    // after another, each spread over the pool. The results are the same either way.
    static constexpr double kDefaultSeedMemoryBudget = 256.0 * 1024 * 1024;
    void setSeedMemoryBudget(double bytes) { m_seedMemoryBudget = bytes; }
    // Forgets memoised rows (the drawn input and base weights stay): the next run computes all.
    void forgetResults() { m_memo.clear(); }
    // What the last run used: the input X, the output gradient G (with backward) and the unscaled
    // base draw of dense layer l for a distribution (tests rebuild the networks from them).
    const Matrix& input() const { return m_input; }
    const Matrix& outputGradient() const { return m_outputGradient; }
    const Matrix& base(BaseDistribution distribution, int layer) const { return m_base.at({distribution, layer}); }

private:
    // One block of rows of one run in flight: the layer being computed and the one before it,
    // and that block's share of the layer's statistics. Reused from call to call.
    struct Part {
        Matrix cur, prev;
        Moments moments;
        ColumnMoments columns;  // of the block's input to a layer that needs batch statistics
        std::vector<std::int64_t> binCounts;
        std::vector<std::int32_t> buckets;
        std::vector<float> exact;  // the values themselves, for a small layer's exact percentiles
    };
    // Draws what `config` needs and the cache lacks (the input, base weights), side by side.
    void draw(const ActivationsConfig& config, const RunControl* control);
    std::vector<InitializerRun> compute(const ActivationsConfig& config,
                                        const std::vector<std::string>& specs,
                                        const RunControl* control);
    // One network per spec, its dense layers sharing the base draws (LSUV fitted); names `out`.
    std::vector<BasicSequential<float>> buildNetworks(const ActivationsConfig& config,
                                                      const std::vector<std::string>& specs,
                                                      std::vector<InitializerRun>& out, const RunControl* control);
    // Every layer's activations, pre-activations, dL/dA and dL/dW, written into `out`.
    void computeWithBackward(const ActivationsConfig& config, std::vector<BasicSequential<float>>& nets,
                             std::vector<InitializerRun>& out, const RunControl* control);

    std::uint64_t m_seed = 0;
    int m_samples = 0;
    std::vector<int> m_hidden;
    Matrix m_input;
    Matrix m_outputGradient;  // G, drawn when a run needs the backward pass
    std::map<std::pair<BaseDistribution, int>, Matrix> m_base;
    std::map<std::pair<BaseDistribution, int>, double> m_baseStd;  // std of each base draw
    // The spreads over seeds of `runs` (seed `config.seed`) for a repeated run, each further seed
    // computed statistics only (no histograms, no percentiles) by a further experiment.
    void addSpreads(const ActivationsConfig& config, const std::vector<std::string>& specs,
                    std::vector<InitializerRun>& runs, const RunControl* control);

    std::vector<Part> m_parts;
    // A statistics-only experiment's block networks for the backward pass (a copy of each run's
    // network per block of rows), kept from seed to seed while the shape stays: their buffers are
    // reused, not allocated again.
    struct BlockPass;
    std::vector<BlockPass> m_passes;
    std::unique_ptr<NetworkSpec> m_passShape;
    bool m_statisticsOnly = false;  // layers get statistics of their moments only
    // Everything on the calling thread: this experiment is one task of the further seeds' loop.
    bool m_onThisThread = false;
    double m_seedMemoryBudget = kDefaultSeedMemoryBudget;
    ThreadPool* pool() const;
    std::unique_ptr<ActivationsExperiment> m_repeat;                  // large seeds, one after another
    std::vector<std::unique_ptr<ActivationsExperiment>> m_seedTasks;  // small ones, one per thread
    // The runs of the last call, by spec, valid while every other setting stays the same: moving
    // one σ slider recomputes one row, not all of them.
    ActivationsConfig m_memoKey;
    std::map<std::string, InitializerRun> m_memo;
};

// What a run of `config` needs: bytes of memory (input, base weights, every block's buffers) and
// floating-point operations (the GEMMs).
struct ResourceEstimate {
    double bytes = 0.0;
    double flops = 0.0;
    std::string heaviestField;  // "width" when the weights weigh most, else "samples"
};
ResourceEstimate estimateResources(const ActivationsConfig& config);

// One-shot convenience wrapper.
ActivationsResult runActivations(const ActivationsConfig& config,
                                 const RunControl* control = nullptr);

}  // namespace initscope
