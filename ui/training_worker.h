#pragma once

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

#include "data/dataset.h"
#include "experiments/training.h"
#include "metatypes.h"
#include "dataset_worker.h"
#include "training_mailbox.h"

namespace initscope::ui {

// Trains on its own thread. The GUI polls takeProgress() from a timer (at most ~30 times a
// second) instead of receiving a signal per mini-batch. Pause, step and stop are atomics checked
// between mini-batches.
class TrainingWorker : public DatasetWorker, private TrainingObserver {
    Q_OBJECT
public:
    // Thread-safe: swaps what arrived since the last call into `into` (see TrainingMailbox).
    void takeProgress(TrainingProgress& into) { m_mailbox.take(into); }
    // Runs until the next snapshot, then pauses.
    void stepToNextSnapshot();

public slots:
    void start(const initscope::TrainingConfig& config);

private:
    void onIteration(int iteration, const std::vector<double>& losses) override;
    void onUpdateRatios(int iteration, std::span<const float> ratios) override;
    void onSnapshot(TrainingSnapshot&& snapshot) override;
    bool resultKeepsSnapshots() const override { return false; }  // the view's history is the one

    std::atomic<bool> m_stepping{false};
    TrainingMailbox m_mailbox;
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
    void takeProgress(TrainingProgress& into) {
        if (m_worker) static_cast<TrainingWorker*>(m_worker)->takeProgress(into);
    }
};

}  // namespace initscope::ui
