// The training loop's steady state allocates nothing: every buffer is reused from iteration to
// iteration (fresh pages cost ~16 µs each on these VMs). Global operator new is counted here.
// The replacement operators pair malloc with free; GCC cannot see that and warns.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <new>

#include "experiments/training.h"
#include "test_util.h"

namespace {
std::atomic<long> g_allocations{0};
}

void* operator new(std::size_t size) {
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size ? size : 1)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    return std::malloc(size ? size : 1);
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

using namespace initscope;

namespace {
// Records the allocation count at every iteration, into storage reserved up front.
class AllocationProbe : public TrainingObserver {
public:
    explicit AllocationProbe(int iterations) { m_counts.reserve(static_cast<std::size_t>(iterations)); }
    void onIteration(int, const std::vector<double>&) override { m_counts.push_back(g_allocations.load()); }
    const std::vector<long>& counts() const { return m_counts; }

private:
    std::vector<long> m_counts;
};
}  // namespace

TEST_CASE("no allocation between snapshots in the training loop, with and without batch norm", "[training][allocation]") {
    // MNIST-shaped: 784 inputs, the book's network and batch.
    const Dataset data = test::syntheticDataset(3000, 500, 28);
    for (const bool batchNorm : {false, true}) for (OptimizerKind optimizer : allOptimizers()) {
        INFO(optimizerName(optimizer) << (batchNorm ? " with batch norm" : ""));
        TrainingConfig c;
        c.batchNorm = batchNorm;
        c.dataset = "(synthetic)";
        c.iterations = 120;
        c.evalEvery = 100;
        c.optimizer = optimizer;
        c.learningRate = optimizer == OptimizerKind::Sgd ? 0.01 : 0.001;
        AllocationProbe probe(c.iterations);
        runTraining(c, data, &probe);
        const auto& counts = probe.counts();
        REQUIRE(counts.size() == 120);
        // Iterations 5…98: warm buffers, no snapshot in between (snapshot at 100).
        CHECK(counts[98] - counts[5] == 0);
        // The probe can see allocations: the snapshot at iteration 100 makes some.
        CHECK(counts[110] - counts[98] > 0);
    }
}
