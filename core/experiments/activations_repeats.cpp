#include <mutex>
#include <optional>
#include <span>

#include "common/parallel.h"
#include "experiments/activations.h"

// The activations experiment repeated over seeds: the further seeds' statistics and each layer's
// spread over them (ActivationsConfig::repeats).

namespace initscope {

void ActivationsExperiment::addSpreads(const ActivationsConfig& config, const std::vector<std::string>& specs,
                                       std::vector<InitializerRun>& runs, const RunControl* control) {
    if (config.repeats <= 1 || specs.empty()) return;
    // seeds[k − 1][r]: seed config.seed + k of run r (k = 0: the runs themselves), statistics only.
    std::vector<std::vector<InitializerRun>> seeds(static_cast<std::size_t>(config.repeats - 1));
    auto seedConfig = [&](std::size_t i) {
        ActivationsConfig c = config;
        c.seed = config.seed + static_cast<std::uint64_t>(i) + 1;
        c.repeats = 1;
        return c;
    };
    auto make = [](bool onThisThread) {
        auto e = std::make_unique<ActivationsExperiment>();
        e->m_statisticsOnly = true;
        e->m_onThisThread = onThisThread;
        return e;
    };
    // Small seeds are one task each, computed whole on one thread by one of the seed experiments
    // (one per thread): no fork-join per layer. Large ones (that would hold a copy of everything
    // per thread) run one after another, each spread over the pool as the first seed was.
    ThreadPool& pool = ThreadPool::shared();
    if (estimateResources(seedConfig(0)).bytes * pool.size() <= m_seedMemoryBudget) {
        while (m_seedTasks.size() < pool.size()) m_seedTasks.push_back(make(true));
        std::mutex mutex;
        std::vector<ActivationsExperiment*> idle;
        for (const auto& e : m_seedTasks) idle.push_back(e.get());
        pool.parallelFor(static_cast<int>(seeds.size()), [&](int i) {
            if (control) control->checkpoint();
            ActivationsExperiment* e = nullptr;
            {
                const std::lock_guard lock(mutex);
                e = idle.back();
                idle.pop_back();
            }
            struct GiveBack {  // even when cancelled
                std::mutex& mutex;
                std::vector<ActivationsExperiment*>& idle;
                ActivationsExperiment* e;
                ~GiveBack() {
                    const std::lock_guard lock(mutex);
                    idle.push_back(e);
                }
            } giveBack{mutex, idle, e};
            const ActivationsConfig c = seedConfig(static_cast<std::size_t>(i));
            e->draw(c, control);
            seeds[static_cast<std::size_t>(i)] = e->compute(c, specs, control);
        });
    } else {
        if (!m_repeat) m_repeat = make(false);
        for (std::size_t i = 0; i < seeds.size(); ++i) {
            if (control) control->checkpoint();
            const ActivationsConfig c = seedConfig(i);
            m_repeat->draw(c, control);
            seeds[i] = m_repeat->compute(c, specs, control);
        }
    }
    const auto n = static_cast<std::size_t>(config.repeats);
    std::vector<const LayerStats*> stats(n);
    std::vector<double> ratios(n);
    for (std::size_t r = 0; r < runs.size(); ++r) {
        for (std::size_t l = 0; l < runs[r].layers.size(); ++l) {
            LayerResult& first = runs[r].layers[l];
            auto layerOf = [&](std::size_t k) -> const LayerResult& {
                return k == 0 ? first : seeds[k - 1][r].layers[l];
            };
            auto over = [&](Quantity q) -> std::optional<StatsSpread> {
                if (!first.has(q)) return std::nullopt;
                for (std::size_t k = 0; k < n; ++k) stats[k] = layerOf(k).statsOf(q);
                return spreadOf(std::span<const LayerStats* const>(stats));
            };
            LayerSpread spread;
            spread.seeds = config.repeats;
            spread.activations = *over(Quantity::Activations);
            spread.preActivation = over(Quantity::PreActivations);
            spread.gradInput = over(Quantity::GradInput);
            spread.gradWeight = over(Quantity::GradWeight);
            if (first.gradWeight) {
                for (std::size_t k = 0; k < n; ++k) ratios[k] = layerOf(k).gradWeightRatio;
                spread.gradWeightRatio = spreadOf(std::span<const double>(ratios));
            }
            first.spread = std::move(spread);
        }
    }
}

const StatsSpread* LayerSpread::of(Quantity q) const {
    const std::optional<StatsSpread>* s = q == Quantity::PreActivations ? &preActivation
                                          : q == Quantity::GradInput    ? &gradInput
                                          : q == Quantity::GradWeight   ? &gradWeight
                                                                        : nullptr;
    if (!s) return &activations;
    return s->has_value() ? &**s : nullptr;
}

}  // namespace initscope
