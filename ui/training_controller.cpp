#include "training_controller.h"

#include "controls/training_panel.h"
#include "run_status.h"
#include "training_view.h"
#include "training_worker.h"

namespace initscope::ui {

TrainingController::TrainingController(TrainingPanel* panel, TrainingView* view, RunStatus* status, QObject* parent)
    : QObject(parent), m_panel(panel), m_view(view), m_status(status), m_engine(new TrainingEngine(this)) {
    m_poll.setInterval(33);  // ≈30 redraws a second at most, never one per mini-batch
    connect(&m_poll, &QTimer::timeout, this, &TrainingController::poll);
    connect(m_engine, &TrainingEngine::datasetSubstituted, this, &TrainingController::datasetSubstituted);
    connect(m_engine, &TrainingEngine::datasetLoading, this, [this](const QString& folder) {
        m_status->finish(tr("Loading %1…").arg(folder));
    });
    connect(m_engine, &TrainingEngine::started, this, [this](int iterations, const QString& folder) {
        m_status->begin(iterations);
        m_view->setPlaceholder(tr("Training on %1…").arg(folder));
    });
    connect(m_engine, &TrainingEngine::finished, this, [this](bool cancelled, double seconds) {
        poll();
        m_poll.stop();
        m_running = false;
        m_status->finish(cancelled ? tr("Stopped.") : tr("Finished in %1 s.").arg(seconds, 0, 'f', 1));
        emit runningChanged();
        emit finished(cancelled);
    });
    connect(m_engine, &TrainingEngine::failed, this, [this](const ErrorInfo& error) {
        m_poll.stop();
        m_running = false;
        m_status->finish(tr("Training failed."));
        m_view->setPlaceholder(tr("Training could not start: see the message above."));
        emit failed(error, error.kind == ErrorInfo::Kind::File || error.kind == ErrorInfo::Kind::DatasetNotFound);
        emit runningChanged();
        emit finished(true);
    });
}

TrainingController::~TrainingController() { shutdown(QDeadlineTimer(1000)); }

bool TrainingController::isPaused() const { return m_running && m_engine->isPaused(); }

void TrainingController::start() {
    if (m_running) return;
    const TrainingConfig config = m_panel->config();
    try {
        validate(config);
    } catch (const ConfigError&) {
        emit failed(describeError(std::current_exception()), false);
        return;
    }
    emit aboutToStart();
    m_running = true;
    m_view->begin(config);
    m_spare.clear(config.initializers.size());
    m_status->finish(tr("Preparing…"));
    m_engine->start(config);
    m_poll.start();
    emit runningChanged();
}

void TrainingController::togglePause() {
    if (!m_running) return;
    m_engine->setPaused(!m_engine->isPaused());
    emit runningChanged();
}

void TrainingController::step() {
    if (!m_running) {
        // One visible step from idle: a word on what is happening.
        start();
        if (!m_running) return;
        m_engine->step();
        const TrainingConfig config = m_panel->config();
        emit statusMessage(tr("Step: training runs to the first snapshot (iteration %1), then pauses.")
                               .arg(std::min(config.evalEvery, config.iterations)),
                           6000);
    } else {
        m_engine->step();
    }
    emit runningChanged();
}

void TrainingController::stop() {
    if (m_running) m_engine->stop();
}

void TrainingController::reset() {
    stop();
    m_view->begin(m_panel->config());
    m_view->setPlaceholder(tr("Press Run (Space) to train one network per initializer on the same mini-batches."));
    m_status->finish(QString());
}

void TrainingController::shutdown(QDeadlineTimer deadline) {
    m_poll.stop();
    if (m_engine) m_engine->shutdown(deadline);
}

void TrainingController::poll() {
    m_engine->takeProgress(m_spare);
    const int done = m_spare.iterationsDone;
    if (!m_spare.empty()) m_view->append(m_spare);  // leaves m_spare empty, its capacity kept
    if (m_running && done > 0) m_status->update(done, m_engine->isPaused());
    emit runningChanged();  // the Run/Pause action follows a pause reached by stepping
}

}  // namespace initscope::ui
