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
#include "worker_thread.h"

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
class TrainingWorker : public QObject, private TrainingObserver {
    Q_OBJECT
public:
    TrainingProgress takeProgress();  // thread-safe
    RunControl& control() { return m_control; }
    // Runs until the next snapshot, then pauses.
    void stepToNextSnapshot();
    bool isRunning() const { return m_running.load(); }

public slots:
    void start(const initscope::TrainingConfig& config);

signals:
    void datasetLoading(const QString& folder);
    void started(int iterations, const QString& datasetFolder);
    void finished(bool cancelled, double seconds);
    void failed(const initscope::ErrorInfo& error);

private:
    void onIteration(int iteration, const std::vector<double>& losses) override;
    void onSnapshot(TrainingSnapshot&& snapshot) override;
    bool resultKeepsSnapshots() const override { return false; }  // the view's history is the one

    RunControl m_control;
    std::atomic<bool> m_stepping{false};
    std::atomic<bool> m_running{false};
    QMutex m_mutex;
    TrainingProgress m_progress;  // guarded by m_mutex
    std::shared_ptr<const Dataset> m_dataset;  // worker thread only: the last dataset loaded
};

// Owns the training worker and its named thread ("InitScope training").
class TrainingEngine : public QObject {
    Q_OBJECT
public:
    explicit TrainingEngine(QObject* parent = nullptr);
    ~TrainingEngine() override;

    // After shutdown() the worker is gone: every call below does nothing.
    void start(const TrainingConfig& config);
    void setPaused(bool paused) {
        if (m_worker) m_worker->control().setPaused(paused);
    }
    bool isPaused() const { return m_worker && m_worker->control().isPaused(); }
    void step() {
        if (m_worker) m_worker->stepToNextSnapshot();
    }
    void stop() {
        if (m_worker) m_worker->control().cancel();
    }
    bool isRunning() const { return m_worker && m_worker->isRunning(); }
    TrainingProgress takeProgress() { return m_worker ? m_worker->takeProgress() : TrainingProgress{}; }
    // Stops training and ends the thread, waiting until `deadline` (see WorkerThread).
    bool shutdown(QDeadlineTimer deadline = QDeadlineTimer(1000));

signals:
    void datasetLoading(const QString& folder);
    void started(int iterations, const QString& datasetFolder);
    void finished(bool cancelled, double seconds);
    void failed(const initscope::ErrorInfo& error);

private:
    TrainingWorker* m_worker;
    WorkerThread m_thread;
};

}  // namespace initscope::ui
