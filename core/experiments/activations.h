#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "common/run_control.h"
#include "common/types.h"
#include "nn/initializer.h"
#include "nn/layer.h"
#include "stats/histogram.h"
#include "stats/partial.h"

namespace initscope {

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
inline constexpr std::int64_t kMaxLayerValues = 20'000'000;  // samples × the widest layer

struct LayerResult {
    int layer = 0;             // 1-based
    int fanIn = 0, width = 0;  // the dense layer's shape
    double sigma = 0.0;        // standard deviation of this layer's weights
    double scale = 0.0;        // the initializer's σ, bound or gain for this layer
    std::string description;  // "He: σ = √(2/n_in) = 0.1414", or LSUV's passes and gain
    LayerStats stats;
    Histogram histogram;
};

struct InitializerRun {
    std::string initializer;  // the spec exactly as configured
    std::string displayName;  // "He"
    std::string formula;      // "σ = √(2/n_in)"
    std::vector<LayerResult> layers;
};

struct ActivationsResult {
    ActivationsConfig config;
    std::vector<InitializerRun> runs;
};

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
// The input (in segments of kInputSegment values) and each layer's base weights come from their
// own streams of the seed, so every initializer with the same base distribution sees the same
// numbers, only scaled differently, and all of them can be drawn in parallel.
class ActivationsExperiment {
public:
    static constexpr int kBlockRows = 256;
    static constexpr std::size_t kInputSegment = 8192;
    using RunObserver = std::function<void(const InitializerRun&)>;

    ActivationsResult run(const ActivationsConfig& config, const RunControl* control = nullptr,
                          const RunObserver& observer = {});
    // Forgets memoised rows (the drawn input and base weights stay): the next run computes all.
    void forgetResults() { m_memo.clear(); }

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

    std::uint64_t m_seed = 0;
    int m_samples = 0;
    std::vector<int> m_hidden;
    Matrix m_input;
    std::map<std::pair<BaseDistribution, int>, Matrix> m_base;
    std::vector<Part> m_parts;
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
