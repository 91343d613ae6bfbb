#include "training_worker.h"

#include "activations_worker.h"
#include "common/errors.h"

namespace initscope::ui {

void TrainingWorker::stepToNextSnapshot() {
    m_stepping.store(true);
    m_control.setPaused(false);
}

void TrainingWorker::onIteration(int iteration, const std::vector<double>& losses) { m_mailbox.addIteration(iteration, losses); }

void TrainingWorker::onUpdateRatios(int, std::span<const float> ratios) { m_mailbox.addUpdateRatios(ratios); }

void TrainingWorker::onSnapshot(TrainingSnapshot&& snapshot) {
    const int iteration = snapshot.iteration;
    m_mailbox.addSnapshot(std::move(snapshot));
    if (iteration > 0 && m_stepping.exchange(false)) m_control.setPaused(true);
}

void TrainingWorker::start(const TrainingConfig& config) {
    const int layers = static_cast<int>(config.hidden.size()) + 1;  // every dense layer, the output's too
    m_mailbox.begin(config.initializers.size(), static_cast<int>(config.initializers.size()) * layers);
    runOnDataset(config.dataset, config.iterations, [&](const Dataset& data) {
        const TrainingResult result = runTraining(config, data, this, &m_control);
        return std::pair{result.cancelled, result.trainSeconds};
    });
}

}  // namespace initscope::ui
