#include "training_worker.h"

#include <QMutexLocker>

#include "activations_worker.h"
#include "common/errors.h"

namespace initscope::ui {

TrainingProgress TrainingWorker::takeProgress() {
    QMutexLocker lock(&m_mutex);
    TrainingProgress out = std::move(m_progress);
    m_progress = TrainingProgress{};
    m_progress.iterationsDone = out.iterationsDone;
    return out;
}

void TrainingWorker::stepToNextSnapshot() {
    m_stepping.store(true);
    m_control.setPaused(false);
}

void TrainingWorker::onIteration(int iteration, const std::vector<double>& losses) {
    QMutexLocker lock(&m_mutex);
    m_progress.losses.push_back(losses);
    m_progress.iterationsDone = iteration + 1;
}

void TrainingWorker::onSnapshot(const TrainingSnapshot& snapshot) {
    {
        QMutexLocker lock(&m_mutex);
        m_progress.snapshots.push_back(snapshot);
    }
    if (snapshot.iteration > 0 && m_stepping.exchange(false)) m_control.setPaused(true);
}

void TrainingWorker::start(const TrainingConfig& config) {
    m_running.store(true);
    {
        QMutexLocker lock(&m_mutex);
        m_progress = TrainingProgress{};
    }
    try {
        const std::string folder = resolveDataset(config.dataset);
        if (!m_dataset || m_dataset->folder != folder) {
            m_dataset.reset();
            emit datasetLoading(QString::fromStdString(folder));
            m_dataset = std::make_shared<const Dataset>(loadDataset(folder));
        }
        if (m_control.isCancelled()) throw Cancelled();
        emit started(config.iterations, QString::fromStdString(folder));
        const TrainingResult result = runTraining(config, *m_dataset, this, &m_control);
        m_running.store(false);
        emit finished(result.cancelled, result.trainSeconds);
    } catch (const Cancelled&) {
        m_running.store(false);
        emit finished(true, 0.0);
    } catch (const std::exception& e) {
        m_running.store(false);
        emit failed(QString::fromStdString(e.what()));
    }
}

TrainingEngine::TrainingEngine(QObject* parent) : QObject(parent), m_worker(new TrainingWorker) {
    connect(m_worker, &TrainingWorker::datasetLoading, this, &TrainingEngine::datasetLoading);
    connect(m_worker, &TrainingWorker::started, this, &TrainingEngine::started);
    connect(m_worker, &TrainingWorker::finished, this, &TrainingEngine::finished);
    connect(m_worker, &TrainingWorker::failed, this, &TrainingEngine::failed);
    startWorkerThread(m_thread, m_worker, "InitScope training");
}

TrainingEngine::~TrainingEngine() { shutdown(); }

void TrainingEngine::start(const TrainingConfig& config) {
    if (!m_worker) return;
    m_worker->control().reset();
    QMetaObject::invokeMethod(m_worker, "start", Qt::QueuedConnection,
                              Q_ARG(initscope::TrainingConfig, config));
}

bool TrainingEngine::shutdown(int milliseconds) {
    if (!m_worker) return true;
    m_worker->control().cancel();
    disconnect(m_worker, nullptr, this, nullptr);
    m_thread.quit();
    const bool ended = m_thread.wait(QDeadlineTimer(milliseconds));
    m_worker = nullptr;  // deleted with the thread's end (or, if it hangs, leaked rather than raced)
    return ended;
}

}  // namespace initscope::ui
