#include "common/parallel.h"

#include <chrono>
#include <stdexcept>
#include <utility>

#include "common/system.h"

#include <Eigen/Core>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace initscope {

namespace {

constexpr int kIndexBits = 21;
constexpr std::uint64_t kIndexMask = (std::uint64_t(1) << kIndexBits) - 1;
constexpr int kGenerationShift = 2 * kIndexBits;
constexpr int kMaxTasks = int(kIndexMask);

std::uint64_t generationOf(std::uint64_t ticket) { return ticket >> kGenerationShift; }

inline void cpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#else
    std::this_thread::yield();
#endif
}

// Set while this thread runs a task of some pool: a parallelFor then is a nested call.
thread_local bool tl_inTask = false;
std::atomic<bool> g_backgroundPriority{false};

// Polls `ready` for up to 100 µs before the caller goes to sleep; true once it holds. No spinning
// on a busy machine.
template <typename Ready>
bool spinFor(Ready&& ready) {
    if (machineIsBusy()) return ready();
    constexpr auto kSpin = std::chrono::microseconds(100);
    const auto until = std::chrono::steady_clock::now() + kSpin;
    for (;;) {
        for (int i = 0; i < 64; ++i) {
            if (ready()) return true;
            cpuRelax();
        }
        if (std::chrono::steady_clock::now() > until) return ready();
    }
}

}  // namespace

ThreadPool::ThreadPool(unsigned threads) {
    Eigen::initParallel();
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    const bool background = g_backgroundPriority.load();
    for (unsigned i = 1; i < threads; ++i) {
        m_workers.emplace_back([this, background] {
            if (background) lowerCurrentThreadPriority();
            workerLoop();
        });
    }
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard lock(m_mutex);
        m_stop.store(true);
    }
    m_wake.notify_all();
    for (auto& t : m_workers) t.join();
}

void ThreadPool::runTasks(std::uint64_t generation) {
    std::uint64_t ticket = m_ticket.load(std::memory_order_acquire);
    for (;;) {
        const auto index = ticket & kIndexMask, count = (ticket >> kIndexBits) & kIndexMask;
        if (generationOf(ticket) != generation || index >= count) return;
        if (!m_ticket.compare_exchange_weak(ticket, ticket + 1, std::memory_order_acq_rel)) continue;
        try {
            tl_inTask = true;
            m_call(m_callable, static_cast<int>(index));
            tl_inTask = false;
        } catch (...) {
            tl_inTask = false;
            std::lock_guard lock(m_mutex);
            if (!m_error) m_error = std::current_exception();
        }
        // The last task done: wake the caller if it went to sleep (seq_cst pairs with run()).
        if (m_finished.fetch_add(1) + 1 == static_cast<int>(count) && m_sleepers.load() > 0) {
            std::lock_guard lock(m_mutex);
            m_done.notify_all();
        }
        ticket = m_ticket.load(std::memory_order_acquire);
    }
}

void ThreadPool::workerLoop() {
    std::uint64_t seen = 0;
    for (;;) {
        auto fresh = [&] { return generationOf(m_ticket.load(std::memory_order_acquire)) != seen; };
        if (!spinFor([&] { return fresh() || m_stop.load(); })) {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop.load() || fresh(); });
        }
        if (m_stop.load()) return;
        seen = generationOf(m_ticket.load(std::memory_order_acquire));
        runTasks(seen);
    }
}

void ThreadPool::run(int n, Trampoline call, void* callable) {
    if (tl_inTask) throw std::logic_error("ThreadPool: parallelFor called from inside a task (nesting is not supported)");
    if (n <= 0) return;
    if (n == 1 || m_workers.empty()) {
        struct InTask {
            InTask() { tl_inTask = true; }
            ~InTask() { tl_inTask = false; }
        } inTask;
        for (int i = 0; i < n; ++i) call(callable, i);
        return;
    }
    if (n > kMaxTasks) {  // far beyond any use here; keeps the ticket's fields in range
        for (int start = 0; start < n; start += kMaxTasks) {
            const int count = std::min(kMaxTasks, n - start);
            struct Offset {
                Trampoline call;
                void* callable;
                int start;
            } offset{call, callable, start};
            run(count, [](void* o, int i) { auto* p = static_cast<Offset*>(o); p->call(p->callable, p->start + i); }, &offset);
        }
        return;
    }
    std::lock_guard caller(m_callerMutex);
    // Every task of the previous job has finished, so no thread reads m_call now: a thread still
    // holding the old generation fails to claim anything and goes back to waiting.
    m_call = call;
    m_callable = callable;
    m_error = nullptr;
    m_finished.store(0);
    const std::uint64_t generation = generationOf(m_ticket.load()) + 1;
    const std::uint64_t ticket = (generation << kGenerationShift) | (std::uint64_t(n) << kIndexBits);
    {
        std::lock_guard lock(m_mutex);  // a worker about to sleep cannot miss the new generation
        m_ticket.store(ticket, std::memory_order_release);
    }
    m_wake.notify_all();
    runTasks(generationOf(ticket));
    auto done = [&] { return m_finished.load() == n; };
    if (!spinFor(done)) {
        std::unique_lock lock(m_mutex);
        m_sleepers.fetch_add(1);
        m_done.wait(lock, done);
        m_sleepers.fetch_sub(1);
    }
    std::exception_ptr error;
    {
        std::lock_guard lock(m_mutex);
        error = std::exchange(m_error, nullptr);
    }
    if (error) std::rethrow_exception(error);
}

ThreadPool& ThreadPool::shared() {
    static ThreadPool pool;
    return pool;
}

void ThreadPool::useBackgroundPriority() { g_backgroundPriority.store(true); }

void tuneAllocator() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20);  // the largest glibc allows: big buffers come from the heap
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
#endif
}

}  // namespace initscope
