#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <utility>

#include "common/run_control.h"
#include "data/dataset.h"
#include "metatypes.h"
#include "worker_thread.h"

namespace initscope::ui {

// What the training and batch-norm workers share: a run on a dataset, loaded once and kept while
// the same folder is asked for, with pause and cancel as atomics and the outcome as signals
// (errors as typed values).
class DatasetWorker : public QObject {
    Q_OBJECT
public:
    RunControl& control() { return m_control; }
    bool isRunning() const { return m_running.load(); }

signals:
    void datasetLoading(const QString& folder);
    // MNIST was asked for and is missing: the run uses Fashion-MNIST from `folder` instead.
    void datasetSubstituted(const QString& folder);
    void started(int total, const QString& datasetFolder);
    void finished(bool cancelled, double seconds);
    void failed(const initscope::ErrorInfo& error);

protected:
    // Loads (or reuses) the dataset `name`, says started(total, folder), runs `run` on it and says
    // finished(cancelled, seconds) or failed(error). Called on the worker's thread.
    using Run = std::function<std::pair<bool, double>(const Dataset&)>;
    void runOnDataset(const std::string& name, int total, const Run& run);

    RunControl m_control;

private:
    std::atomic<bool> m_running{false};
    std::shared_ptr<const Dataset> m_dataset;  // worker thread only: the last dataset loaded
};

// Owns a DatasetWorker and its named thread; forwards its signals. After shutdown() the worker is
// gone and every call does nothing.
class DatasetEngine : public QObject {
    Q_OBJECT
public:
    DatasetEngine(DatasetWorker* worker, const QString& threadName, QObject* parent = nullptr);
    ~DatasetEngine() override;

    void setPaused(bool paused) {
        if (m_worker) m_worker->control().setPaused(paused);
    }
    bool isPaused() const { return m_worker && m_worker->control().isPaused(); }
    void stop() {
        if (m_worker) m_worker->control().cancel();
    }
    bool isRunning() const { return m_worker && m_worker->isRunning(); }
    // Stops the run and ends the thread, waiting until `deadline` (see WorkerThread).
    bool shutdown(QDeadlineTimer deadline = QDeadlineTimer(1000));

signals:
    void datasetLoading(const QString& folder);
    void datasetSubstituted(const QString& folder);
    void started(int total, const QString& datasetFolder);
    void finished(bool cancelled, double seconds);
    void failed(const initscope::ErrorInfo& error);

protected:
    // Resets the controls and queues `slot(arg)` on the worker's thread.
    template <typename T>
    void startWorker(const char* slot, const char* typeName, const T& arg) {
        if (!m_worker) return;
        m_worker->control().reset();
        QMetaObject::invokeMethod(m_worker, slot, Qt::QueuedConnection, QArgument<T>(typeName, arg));
    }

    DatasetWorker* m_worker;
    WorkerThread m_thread;
};

}  // namespace initscope::ui
