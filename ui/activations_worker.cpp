#include "activations_worker.h"

#include <QElapsedTimer>
#include <QMutexLocker>

#include "common/errors.h"

namespace initscope::ui {

void registerMetaTypes() {
    qRegisterMetaType<initscope::ActivationsConfig>();
    qRegisterMetaType<initscope::ActivationsResult>();
    qRegisterMetaType<initscope::TrainingConfig>();
}

void ActivationsWorker::submit(const ActivationsConfig& config) {
    QMutexLocker lock(&m_mutex);
    m_pending = config;
    m_control.cancel();  // whatever runs now is stale
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &ActivationsWorker::processPending, Qt::QueuedConnection);
    }
}

void ActivationsWorker::cancelAll() {
    QMutexLocker lock(&m_mutex);
    m_pending.reset();
    m_control.cancel();
}

void ActivationsWorker::processPending() {
    for (;;) {
        ActivationsConfig config;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_pending) {
                m_scheduled = false;
                return;
            }
            config = std::move(*m_pending);
            m_pending.reset();
            m_control.reset();
        }
        QElapsedTimer timer;
        timer.start();
        try {
            ActivationsResult result = m_experiment.run(config, &m_control);
            emit resultReady(result, timer.nsecsElapsed() / 1e6);
        } catch (const Cancelled&) {
            // A newer request arrived; loop to it.
        } catch (const std::exception& e) {
            emit failed(QString::fromStdString(e.what()));
        }
    }
}

void startWorkerThread(QThread& thread, QObject* worker, const QString& name) {
    registerMetaTypes();
    thread.setObjectName(name);
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
}

ActivationsEngine::ActivationsEngine(QObject* parent) : QObject(parent), m_worker(new ActivationsWorker) {
    connect(m_worker, &ActivationsWorker::resultReady, this, &ActivationsEngine::resultReady);
    connect(m_worker, &ActivationsWorker::failed, this, &ActivationsEngine::failed);
    startWorkerThread(m_thread, m_worker, "InitScope activations");
}

ActivationsEngine::~ActivationsEngine() { shutdown(); }

void ActivationsEngine::shutdown() {
    if (!m_worker) return;
    m_worker->cancelAll();
    disconnect(m_worker, nullptr, this, nullptr);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

}  // namespace initscope::ui
