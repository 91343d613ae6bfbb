#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include "common/errors.h"
#include "experiments/bn_sweep.h"

namespace initscope::ui {

class BnSweepEngine;
class BnSweepPanel;
class BnSweepView;
class RunStatus;

// Runs the batch-normalization sweep from the panel's settings into the view: start, pause,
// stop, reset; finished scales are taken from the engine's mailbox by a 33 ms timer and drawn
// (never one replot per network step).
class BnSweepController : public QObject {
    Q_OBJECT
public:
    BnSweepController(BnSweepPanel* panel, BnSweepView* view, RunStatus* status, QObject* parent = nullptr);
    ~BnSweepController() override;

    bool isRunning() const { return m_running; }
    bool isPaused() const;
    void start();
    void togglePause();
    void stop();
    void reset();
    // Stops the sweep and ends its thread by `deadline` (closing the window).
    void shutdown(QDeadlineTimer deadline);

signals:
    void runningChanged();
    void failed(const initscope::ErrorInfo& error, bool aboutDataset);
    // MNIST is missing: the run uses Fashion-MNIST from `folder`.
    void datasetSubstituted(const QString& folder);
    void finished(bool cancelled);

private:
    void poll();

    BnSweepPanel* m_panel;
    BnSweepView* m_view;
    RunStatus* m_status;
    BnSweepEngine* m_engine;
    QTimer m_poll;
    bool m_running = false;
};

}  // namespace initscope::ui
