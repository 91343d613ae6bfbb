#include "activations_worker.h"

#include <QElapsedTimer>
#include <QMutexLocker>

#include "common/errors.h"
#include "experiments/activations_theory.h"
#include "experiments/jacobian.h"

namespace initscope::ui {

void registerMetaTypes() {
    qRegisterMetaType<initscope::ActivationsConfig>();
    qRegisterMetaType<initscope::ActivationsResult>();
    qRegisterMetaType<initscope::TrainingConfig>();
    qRegisterMetaType<initscope::BnSweepConfig>();
    qRegisterMetaType<initscope::ErrorInfo>();
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
            // Theory's prediction for every cell (a few milliseconds), drawn when asked for.
            result.theory = std::make_shared<const ActivationsTheory>(predictActivations(result));
            // Dynamical isometry: the Jacobian's singular values at the first input, where one exists.
            if (!jacobianUnavailable(config)) {
                result.jacobian = std::make_shared<const std::vector<JacobianSpectrum>>(jacobianSpectra(m_experiment, config));
            }
            emit resultReady(result, timer.nsecsElapsed() / 1e6);
        } catch (const Cancelled&) {
            // A newer request arrived (or the window closes); loop to it.
        } catch (...) {
            emit failed(describeError(std::current_exception()));
        }
    }
}

ActivationsEngine::ActivationsEngine(QObject* parent)
    : QObject(parent), m_worker(new ActivationsWorker), m_thread(m_worker, "InitScope activations") {
    connect(m_worker, &ActivationsWorker::resultReady, this, &ActivationsEngine::resultReady);
    connect(m_worker, &ActivationsWorker::failed, this, &ActivationsEngine::failed);
}

ActivationsEngine::~ActivationsEngine() { shutdown(); }

void ActivationsEngine::cancel() {
    if (m_worker) m_worker->cancelAll();
}

bool ActivationsEngine::shutdown(QDeadlineTimer deadline) {
    if (!m_worker) return m_thread.isStopped();
    m_worker->cancelAll();
    disconnect(m_worker, nullptr, this, nullptr);
    m_worker = nullptr;  // deleted with its thread's end
    return m_thread.stop(deadline);
}

}  // namespace initscope::ui
