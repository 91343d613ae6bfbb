#pragma once

#include <QMutex>
#include <QObject>
#include <QThread>
#include <optional>

#include "experiments/activations.h"
#include "metatypes.h"

namespace initscope::ui {

// Moves `worker` to `thread`, names the thread, deletes the worker when the thread ends and starts
// it: the Mandelbrot-example pattern both engines use.
void startWorkerThread(QThread& thread, QObject* worker, const QString& name);

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
    void failed(const QString& message);

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
    // Cancels what runs and ends the thread; called on close.
    void shutdown();

signals:
    void resultReady(const initscope::ActivationsResult& result, double milliseconds);
    void failed(const QString& message);

private:
    QThread m_thread;
    ActivationsWorker* m_worker;
};

}  // namespace initscope::ui
