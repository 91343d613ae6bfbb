#pragma once

// Qt-free on purpose: the allocation test (tests/test_no_alloc.cpp) drives it without a window.
#include <mutex>
#include <span>
#include <vector>

#include "experiments/training.h"

namespace initscope::ui {

// What the training thread produced since the GUI last asked, in the engine's own layout: each
// run's new losses as a column, the new update-ratio records back to back, the new snapshots.
struct TrainingProgress {
    std::vector<std::vector<double>> losses;  // [run][new iteration] (NaN once a run diverged)
    std::vector<float> updateRatios;          // new records, ratioWidth floats each (net × layer)
    int ratioWidth = 0;
    std::vector<TrainingSnapshot> snapshots;  // new snapshots, in order (moved on, never copied)
    int iterationsDone = 0;

    bool empty() const;
    int iterationCount() const { return losses.empty() ? 0 : static_cast<int>(losses.front().size()); }
    int ratioRecordCount() const { return ratioWidth > 0 ? static_cast<int>(updateRatios.size()) / ratioWidth : 0; }
    // Empties every list but keeps its capacity, shaped for `runs` runs.
    void clear(std::size_t runs);
};

// The hand-over between the training thread (the observer's calls) and the GUI's 33 ms pump.
// Two buffers take turns: take() swaps the filled one for the GUI's spent one, which the training
// side then clears and refills. Their capacity survives the swaps, so after the first few polls an
// iteration allocates nothing on this path (test_no_alloc checks it).
class TrainingMailbox {
public:
    // Before a run: shapes the buffers and reserves room for `iterationsPerPoll` iterations.
    void begin(std::size_t runs, int ratioWidth, int iterationsPerPoll = 1024);
    void addIteration(int iteration, const std::vector<double>& losses);
    void addUpdateRatios(std::span<const float> ratios);
    void addSnapshot(TrainingSnapshot&& snapshot);
    // Swaps what arrived into `into` (whose previous contents are dropped, capacity kept).
    void take(TrainingProgress& into);

private:
    std::mutex m_mutex;
    TrainingProgress m_progress;  // guarded by m_mutex
    std::size_t m_runs = 0;
    int m_ratioWidth = 0;
};

}  // namespace initscope::ui
