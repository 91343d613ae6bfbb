#include "training_mailbox.h"

namespace initscope::ui {

bool TrainingProgress::empty() const {
    for (const auto& run : losses) {
        if (!run.empty()) return false;
    }
    return updateRatios.empty() && snapshots.empty();
}

void TrainingProgress::clear(std::size_t runs) {
    losses.resize(runs);
    for (auto& run : losses) run.clear();
    updateRatios.clear();
    snapshots.clear();
}

void TrainingMailbox::begin(std::size_t runs, int ratioWidth, int iterationsPerPoll) {
    const std::lock_guard lock(m_mutex);
    m_runs = runs;
    m_ratioWidth = ratioWidth;
    m_progress.clear(runs);
    m_progress.ratioWidth = ratioWidth;
    m_progress.iterationsDone = 0;
    for (auto& run : m_progress.losses) run.reserve(static_cast<std::size_t>(iterationsPerPoll));
    m_progress.updateRatios.reserve(static_cast<std::size_t>(iterationsPerPoll) * static_cast<std::size_t>(ratioWidth));
    m_progress.snapshots.reserve(8);
}

void TrainingMailbox::addIteration(int iteration, const std::vector<double>& losses) {
    const std::lock_guard lock(m_mutex);
    for (std::size_t k = 0; k < losses.size() && k < m_progress.losses.size(); ++k) m_progress.losses[k].push_back(losses[k]);
    m_progress.iterationsDone = iteration + 1;
}

void TrainingMailbox::addUpdateRatios(std::span<const float> ratios) {
    const std::lock_guard lock(m_mutex);
    if (static_cast<int>(ratios.size()) != m_ratioWidth) return;  // not this run's shape
    m_progress.updateRatios.insert(m_progress.updateRatios.end(), ratios.begin(), ratios.end());
}

void TrainingMailbox::addSnapshot(TrainingSnapshot&& snapshot) {
    const std::lock_guard lock(m_mutex);
    m_progress.snapshots.push_back(std::move(snapshot));
    // The GUI takes them ~30 times a second; if it falls behind, the mailbox is bounded too.
    if (m_progress.snapshots.size() > kMaxKeptSnapshots) thinSnapshots(m_progress.snapshots);
}

void TrainingMailbox::take(TrainingProgress& into) {
    const std::lock_guard lock(m_mutex);
    std::swap(m_progress, into);
    // The GUI's spent buffer becomes the one filled next: emptied, its capacity kept.
    m_progress.clear(m_runs);
    m_progress.ratioWidth = m_ratioWidth;
    m_progress.iterationsDone = into.iterationsDone;
}

}  // namespace initscope::ui
