#include "common/parallel.h"

#include <Eigen/Core>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace initscope {

ThreadPool::ThreadPool(unsigned threads) {
    Eigen::initParallel();
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    for (unsigned i = 1; i < threads; ++i) m_workers.emplace_back([this] { workerLoop(); });
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (auto& t : m_workers) t.join();
}

void ThreadPool::runTasks() {
    for (;;) {
        int i;
        Trampoline call;
        void* callable;
        {
            std::lock_guard lock(m_mutex);
            if (m_next >= m_count) return;
            i = m_next++;
            call = m_call;
            callable = m_callable;
        }
        try {
            call(callable, i);
        } catch (...) {
            std::lock_guard lock(m_mutex);
            if (!m_error) m_error = std::current_exception();
        }
        std::lock_guard lock(m_mutex);
        if (++m_finished == m_count) m_done.notify_all();
    }
}

void ThreadPool::workerLoop() {
    unsigned seen = 0;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || m_generation != seen; });
            if (m_stop) return;
            seen = m_generation;
            ++m_busy;
        }
        runTasks();
        std::lock_guard lock(m_mutex);
        if (--m_busy == 0) m_done.notify_all();
    }
}

void ThreadPool::run(int n, Trampoline call, void* callable) {
    if (n <= 0) return;
    if (n == 1 || m_workers.empty()) {
        for (int i = 0; i < n; ++i) call(callable, i);
        return;
    }
    std::lock_guard caller(m_callerMutex);
    {
        std::lock_guard lock(m_mutex);
        m_call = call;
        m_callable = callable;
        m_count = n;
        m_next = 0;
        m_finished = 0;
        m_error = nullptr;
        ++m_generation;
    }
    m_wake.notify_all();
    runTasks();
    std::exception_ptr error;
    {
        std::unique_lock lock(m_mutex);
        // Wait for every task and for every worker to leave runTasks (it still reads m_call).
        m_done.wait(lock, [&] { return m_finished == m_count && m_busy == 0; });
        m_call = nullptr;
        m_callable = nullptr;
        m_count = 0;
        error = m_error;
    }
    if (error) std::rethrow_exception(error);
}

ThreadPool& ThreadPool::shared() {
    static ThreadPool pool;
    return pool;
}

void tuneAllocator() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20);  // the largest glibc allows: big buffers come from the heap
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
#endif
}

}  // namespace initscope
