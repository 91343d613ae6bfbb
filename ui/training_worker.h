#pragma once

#include <QMutex>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

#include "data/dataset.h"
#include "experiments/training.h"
#include "metatypes.h"
#include "dataset_worker.h"

namespace initscope::ui {

// What the training thread produced since the GUI last asked: values moved out of the engine.
struct TrainingProgress {
    std::vector<std::vector<double>> losses;  // one entry per new iteration: each run's loss
    std::vector<TrainingSnapshot> snapshots;  // new snapshots, in order
    int iterationsDone = 0;
};

// Trains on its own thread. The GUI polls takeProgress() from a timer (at most ~30 times a
// second) instead of receiving a signal per mini-batch. Pause, step and stop are atomics checked
// between mini-batches.
class TrainingWorker : public DatasetWorker, private TrainingObserver {
    Q_OBJECT
public:
    TrainingProgress takeProgress();  // thread-safe
    // Runs until the next snapshot, then pauses.
    void stepToNextSnapshot();

public slots:
    void start(const initscope::TrainingConfig& config);

private:
    void onIteration(int iteration, const std::vector<double>& losses) override;
    void onSnapshot(TrainingSnapshot&& snapshot) override;
    bool resultKeepsSnapshots() const override { return false; }  // the view's history is the one

    std::atomic<bool> m_stepping{false};
    QMutex m_mutex;
    TrainingProgress m_progress;  // guarded by m_mutex
};

// The training worker on its named thread ("InitScope training").
class TrainingEngine : public DatasetEngine {
    Q_OBJECT
public:
    explicit TrainingEngine(QObject* parent = nullptr)
        : DatasetEngine(new TrainingWorker, QStringLiteral("InitScope training"), parent) {}
    void start(const TrainingConfig& config) { startWorker("start", "initscope::TrainingConfig", config); }
    void step() {
        if (m_worker) static_cast<TrainingWorker*>(m_worker)->stepToNextSnapshot();
    }
    TrainingProgress takeProgress() {
        return m_worker ? static_cast<TrainingWorker*>(m_worker)->takeProgress() : TrainingProgress{};
    }
};

}  // namespace initscope::ui
