#pragma once

#include <atomic>
#include <chrono>
#include <thread>

#include "common/errors.h"

namespace initscope {

// Cancellation and pause, shared between the thread that runs an experiment and the thread that
// steers it. Experiments call checkpoint() between mini-batches (and between layers).
class RunControl {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    void setPaused(bool paused) { m_paused.store(paused, std::memory_order_relaxed); }
    void reset() {
        m_cancelled.store(false, std::memory_order_relaxed);
        m_paused.store(false, std::memory_order_relaxed);
    }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    bool isPaused() const { return m_paused.load(std::memory_order_relaxed); }

    // Blocks while paused (polling every 5 ms, so a cancel is seen quickly); throws Cancelled.
    void checkpoint() const {
        while (isPaused() && !isCancelled()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        if (isCancelled()) throw Cancelled();
    }

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_paused{false};
};

}  // namespace initscope
