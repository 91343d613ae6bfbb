#include "bn_sweep_worker.h"

#include <QMutexLocker>

namespace initscope::ui {

std::vector<BnSweepScale> BnSweepWorker::takeFinished() {
    QMutexLocker lock(&m_mutex);
    std::vector<BnSweepScale> out = std::move(m_finished);
    m_finished.clear();
    return out;
}

void BnSweepWorker::start(const BnSweepConfig& config) {
    {
        QMutexLocker lock(&m_mutex);
        m_finished.clear();
    }
    runOnDataset(config.dataset, static_cast<int>(config.weights.size()), [&](const Dataset& data) {
        // Called from the pool's threads, one at a time: into the mailbox.
        const BnSweepResult result = runBnSweep(config, data, [this](const BnSweepScale& scale) {
            QMutexLocker lock(&m_mutex);
            m_finished.push_back(scale);
        }, &m_control);
        return std::pair{result.cancelled, result.trainSeconds};
    });
}

}  // namespace initscope::ui
