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

void TrainingWorker::onSnapshot(TrainingSnapshot&& snapshot) {
    const int iteration = snapshot.iteration;
    {
        QMutexLocker lock(&m_mutex);
        m_progress.snapshots.push_back(std::move(snapshot));
        // The GUI takes them ~30 times a second; if it falls behind, the mailbox is bounded too.
        if (m_progress.snapshots.size() > kMaxKeptSnapshots) thinSnapshots(m_progress.snapshots);
    }
    if (iteration > 0 && m_stepping.exchange(false)) m_control.setPaused(true);
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
            m_dataset = std::make_shared<const Dataset>(loadDataset(folder, &m_control));
        }
        if (m_control.isCancelled()) throw Cancelled();
        emit started(config.iterations, QString::fromStdString(folder));
        const TrainingResult result = runTraining(config, *m_dataset, this, &m_control);
        m_running.store(false);
        emit finished(result.cancelled, result.trainSeconds);
    } catch (const Cancelled&) {
        m_running.store(false);
        emit finished(true, 0.0);
    } catch (...) {
        m_running.store(false);
        emit failed(describeError(std::current_exception()));
    }
}

TrainingEngine::TrainingEngine(QObject* parent)
    : QObject(parent), m_worker(new TrainingWorker), m_thread(m_worker, "InitScope training") {
    connect(m_worker, &TrainingWorker::datasetLoading, this, &TrainingEngine::datasetLoading);
    connect(m_worker, &TrainingWorker::started, this, &TrainingEngine::started);
    connect(m_worker, &TrainingWorker::finished, this, &TrainingEngine::finished);
    connect(m_worker, &TrainingWorker::failed, this, &TrainingEngine::failed);
}

TrainingEngine::~TrainingEngine() { shutdown(); }

void TrainingEngine::start(const TrainingConfig& config) {
    if (!m_worker) return;
    m_worker->control().reset();
    QMetaObject::invokeMethod(m_worker, "start", Qt::QueuedConnection,
                              Q_ARG(initscope::TrainingConfig, config));
}

bool TrainingEngine::shutdown(QDeadlineTimer deadline) {
    if (!m_worker) return m_thread.isStopped();
    m_worker->control().cancel();
    disconnect(m_worker, nullptr, this, nullptr);
    m_worker = nullptr;  // deleted with its thread's end
    return m_thread.stop(deadline);
}

}  // namespace initscope::ui
