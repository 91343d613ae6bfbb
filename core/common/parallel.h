#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <type_traits>
#include <mutex>
#include <thread>
#include <vector>

namespace initscope {

// A small pool of persistent worker threads for fork-join loops: parallelFor(n, f) runs f(0) …
// f(n−1), spread over the calling thread and the workers, and returns when all are done. Work is
// split by index, never by timing, so results are the same whatever the thread count.
// Workers and the waiting caller spin briefly before they sleep: the engine runs many short
// fork-joins in a row (one per layer, one per training step), and waking a sleeping thread costs
// tens of microseconds on these virtual machines. When the machine is busy (more runnable work
// than cores, machineIsBusy()) nobody spins: it would only take time from others.
//
// Rules the engine relies on (checked):
// 1. Tasks are claimed in index order: when task i starts, every task j < i has been claimed by
//    a running thread. A task may therefore wait for a lower-indexed task of the same call (the
//    training loop's loss tasks wait for their network's update task), never for a higher one.
// 2. No nesting: a task must not call parallelFor on any pool. A nested call throws
//    std::logic_error at once instead of deadlocking.
// 3. One call at a time per pool: concurrent callers (two engine threads) take turns.
class ThreadPool {
public:
    // threads: total threads including the caller; 0 → std::thread::hardware_concurrency().
    explicit ThreadPool(unsigned threads = 0);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    unsigned size() const { return static_cast<unsigned>(m_workers.size()) + 1; }
    // Rethrows the first exception any f(i) threw (after every started f has finished).
    // Takes any callable by reference, without a std::function (and so without allocating).
    template <typename F>
    void parallelFor(int n, F&& f) {
        run(n, [](void* callable, int i) { (*static_cast<std::remove_reference_t<F>*>(callable))(i); },
            const_cast<void*>(static_cast<const void*>(&f)));
    }

    // Like parallelFor, but [0, n) is cut into one contiguous range per thread, run in order. The
    // caller claims the first range (it is already running when the workers wake), so loops that
    // come back to the same data every call (blocks of rows layer after layer) mostly find it in
    // the same core's cache. Which thread runs which range never changes the results.
    template <typename F>
    void parallelForRanges(int n, F&& f) {
        const int ranges = std::min<int>(n, static_cast<int>(size()));
        parallelFor(ranges, [&](int range) {
            const int end = static_cast<int>((static_cast<long long>(range) + 1) * n / ranges);
            for (int i = static_cast<int>(static_cast<long long>(range) * n / ranges); i < end; ++i) f(i);
        });
    }

    // The process-wide pool the engine uses (sized to the machine).
    static ThreadPool& shared();
    // Call before shared() is first used: its workers then run at a lower priority than the
    // threads that started them (lowerCurrentThreadPriority), as a desktop app's engine should.
    static void useBackgroundPriority();

private:
    using Trampoline = void (*)(void*, int);
    void run(int n, Trampoline call, void* callable);
    void workerLoop();
    void runTasks(std::uint64_t generation);

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;  // for sleeping and waking only
    std::condition_variable m_wake, m_done;
    // The job: m_call and m_callable are written before the ticket of a new generation is
    // published (release), and read only by a thread that has claimed one of its tasks.
    Trampoline m_call = nullptr;
    void* m_callable = nullptr;
    // generation (22 bits) | task count (21 bits) | next task (21 bits), claimed by compare-and-swap:
    // a thread that wakes late for a finished job can never claim a task of the next one.
    std::atomic<std::uint64_t> m_ticket{0};
    std::atomic<int> m_finished{0};
    std::atomic<int> m_sleepers{0};  // the caller, when it sleeps waiting for the job to end
    std::atomic<bool> m_stop{false};
    std::exception_ptr m_error;  // guarded by m_mutex
    std::mutex m_callerMutex;    // one parallelFor at a time
};

// pool->parallelFor(n, f) and pool->parallelForRanges(n, f), or, with no pool, f(0) … f(n−1) in
// order on this thread: for code that runs both on its own and as one task of a parallel loop
// (where it must not start another). The results are the same either way.
template <typename F>
void forEachIndex(ThreadPool* pool, int n, F&& f) {
    if (pool) return pool->parallelFor(n, f);
    for (int i = 0; i < n; ++i) f(i);
}
template <typename F>
void forEachRange(ThreadPool* pool, int n, F&& f) {
    if (pool) return pool->parallelForRanges(n, f);
    for (int i = 0; i < n; ++i) f(i);
}

// Makes glibc keep freed memory instead of returning it to the kernel (and mapping it anew, which
// costs a page fault per 4 KiB touched on these VMs). No-op elsewhere.
void tuneAllocator();

}  // namespace initscope
