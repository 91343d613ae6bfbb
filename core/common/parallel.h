#pragma once

#include <condition_variable>
#include <exception>
#include <type_traits>
#include <mutex>
#include <thread>
#include <vector>

namespace initscope {

// A small pool of persistent worker threads for fork-join loops: parallelFor(n, f) runs f(0) …
// f(n−1), spread over the calling thread and the workers, and returns when all are done. Work is
// split by index, never by timing, so results are the same whatever the thread count.
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

    // The process-wide pool the engine uses (sized to the machine).
    static ThreadPool& shared();

private:
    using Trampoline = void (*)(void*, int);
    void run(int n, Trampoline call, void* callable);
    void workerLoop();
    void runTasks();

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    Trampoline m_call = nullptr;
    void* m_callable = nullptr;
    int m_count = 0;
    int m_next = 0;
    int m_finished = 0;
    unsigned m_generation = 0;
    int m_busy = 0;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::mutex m_callerMutex;  // one parallelFor at a time
};

// Makes glibc keep freed memory instead of returning it to the kernel (and mapping it anew, which
// costs a page fault per 4 KiB touched on these VMs). No-op elsewhere.
void tuneAllocator();

}  // namespace initscope
