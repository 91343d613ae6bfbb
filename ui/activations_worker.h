#pragma once

#include <QMutex>
#include <QObject>
#include <QThread>
#include <optional>

#include "experiments/activations.h"
#include "metatypes.h"
#include "worker_thread.h"

namespace initscope::ui {

// Runs the activations experiment on its own thread. Requests coalesce: submit() replaces any
// request still waiting and cancels the one running, so the newest always wins and a dragged σ
// slider never queues up stale work.
class ActivationsWorker : public QObject {
    Q_OBJECT
public:
    // Thread-safe.
    void submit(const ActivationsConfig& config);
    // Thread-safe: drops any waiting request and cancels the running one.
    void cancelAll();

signals:
    void resultReady(const initscope::ActivationsResult& result, double milliseconds);
    void failed(const initscope::ErrorInfo& error);

private slots:
    void processPending();

private:
    QMutex m_mutex;
    std::optional<ActivationsConfig> m_pending;  // guarded by m_mutex
    bool m_scheduled = false;                    // guarded by m_mutex
    RunControl m_control;
    ActivationsExperiment m_experiment;  // worker thread only
};

// Owns the worker and its named thread ("InitScope activations"); lives on the GUI thread.
class ActivationsEngine : public QObject {
    Q_OBJECT
public:
    explicit ActivationsEngine(QObject* parent = nullptr);
    ~ActivationsEngine() override;
    void submit(const ActivationsConfig& config) {
        if (m_worker) m_worker->submit(config);
    }
    // Cancels what runs, then ends the thread, waiting until `deadline` (see WorkerThread: a step
    // that cannot be interrupted is left to finish on its own). Called on close.
    void cancel();
    bool shutdown(QDeadlineTimer deadline = QDeadlineTimer(1000));

signals:
    void resultReady(const initscope::ActivationsResult& result, double milliseconds);
    void failed(const initscope::ErrorInfo& error);

private:
    ActivationsWorker* m_worker;
    WorkerThread m_thread;
};

}  // namespace initscope::ui
