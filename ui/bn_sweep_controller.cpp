#include "bn_sweep_controller.h"

#include "bn_sweep_view.h"
#include "bn_sweep_worker.h"
#include "controls/bn_sweep_panel.h"
#include "run_status.h"

namespace initscope::ui {

BnSweepController::BnSweepController(BnSweepPanel* panel, BnSweepView* view, RunStatus* status, QObject* parent)
    : QObject(parent), m_panel(panel), m_view(view), m_status(status), m_engine(new BnSweepEngine(this)) {
    m_poll.setInterval(33);
    connect(&m_poll, &QTimer::timeout, this, &BnSweepController::poll);
    connect(m_engine, &BnSweepEngine::datasetSubstituted, this, &BnSweepController::datasetSubstituted);
    connect(m_engine, &BnSweepEngine::datasetLoading, this, [this](const QString& folder) {
        m_status->finish(tr("Loading %1…").arg(folder));
    });
    connect(m_engine, &BnSweepEngine::started, this, [this](int scales, const QString& folder) {
        m_status->begin(scales, RunStatus::Unit::Scales);
        m_view->setCaption(tr("Training on %1: each weight scale's cell fills in when both its networks are done.")
                               .arg(folder));
    });
    connect(m_engine, &BnSweepEngine::finished, this, [this](bool cancelled, double seconds) {
        poll();
        m_poll.stop();
        m_running = false;
        m_status->finish(cancelled ? tr("Stopped.") : tr("Finished in %1 s.").arg(seconds, 0, 'f', 1));
        if (!cancelled) {
            const int n = m_view->finishedCount();
            const QString scales = n == 1 ? tr("one weight scale") : tr("%1 weight scales").arg(n);
            m_view->setCaption(tr("Training accuracy on the first %1 training images with batch norm (solid) and "
                                  "without (dashed); %2 trained in %3 s.")
                                   .arg(m_view->config().trainSize)
                                   .arg(scales)
                                   .arg(seconds, 0, 'f', 1));
        }
        emit runningChanged();
        emit finished(cancelled);
    });
    connect(m_engine, &BnSweepEngine::failed, this, [this](const ErrorInfo& error) {
        m_poll.stop();
        m_running = false;
        m_status->finish(tr("The batch norm sweep failed."));
        m_view->setCaption(tr("The sweep could not run: see the message above."));
        emit failed(error, error.kind == ErrorInfo::Kind::File || error.kind == ErrorInfo::Kind::DatasetNotFound);
        emit runningChanged();
        emit finished(true);
    });
    connect(m_panel, &BnSweepPanel::configChanged, this, [this] {
        if (!m_running) reset();  // the drawn cells follow the settings until a run starts
    });
}

BnSweepController::~BnSweepController() { shutdown(QDeadlineTimer(1000)); }

bool BnSweepController::isPaused() const { return m_running && m_engine->isPaused(); }

void BnSweepController::start() {
    if (m_running) return;
    const BnSweepConfig config = m_panel->config();
    try {
        validate(config);
    } catch (const ConfigError&) {
        emit failed(describeError(std::current_exception()), false);
        return;
    }
    m_running = true;
    m_view->begin(config);
    m_status->finish(tr("Preparing…"));
    m_engine->start(config);
    m_poll.start();
    emit runningChanged();
}

void BnSweepController::togglePause() {
    if (!m_running) return;
    m_engine->setPaused(!m_engine->isPaused());
    m_status->update(m_view->finishedCount(), m_engine->isPaused());
    emit runningChanged();
}

void BnSweepController::stop() {
    if (m_running) m_engine->stop();
}

void BnSweepController::reset() {
    stop();
    m_view->begin(m_panel->config());
    m_view->setCaption(tr("Press Run (Space) to train the network with and without batch norm for every weight "
                          "scale; the cells fill in as scales finish."));
}

void BnSweepController::shutdown(QDeadlineTimer deadline) {
    m_poll.stop();
    if (m_engine) m_engine->shutdown(deadline);
}

void BnSweepController::poll() {
    std::vector<BnSweepScale> finished = m_engine->takeFinished();
    for (BnSweepScale& s : finished) m_view->addScale(std::move(s));
    if (m_running && !finished.empty()) m_status->update(m_view->finishedCount(), m_engine->isPaused());
}

}  // namespace initscope::ui
