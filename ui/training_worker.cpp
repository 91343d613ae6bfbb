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
    {
        QMutexLocker lock(&m_mutex);
        m_progress = TrainingProgress{};
    }
    runOnDataset(config.dataset, config.iterations, [&](const Dataset& data) {
        const TrainingResult result = runTraining(config, data, this, &m_control);
        return std::pair{result.cancelled, result.trainSeconds};
    });
}

}  // namespace initscope::ui
