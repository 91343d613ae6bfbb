#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include "common/errors.h"
#include "training_mailbox.h"

namespace initscope::ui {

class RunStatus;
class TrainingEngine;
class TrainingPanel;
class TrainingView;

// The training stream's one owner: runs the initializer comparison from the panel's settings
// into the view (start, pause, step to the next snapshot, stop, reset), and pumps what the engine
// produced into the view from a 33 ms timer — never one replot per mini-batch. The pump swaps
// buffers with the engine's mailbox (TrainingMailbox), so the GUI path allocates nothing per
// iteration; snapshots are moved from the engine into the view's history.
class TrainingController : public QObject {
    Q_OBJECT
public:
    TrainingController(TrainingPanel* panel, TrainingView* view, RunStatus* status, QObject* parent = nullptr);
    ~TrainingController() override;

    bool isRunning() const { return m_running; }
    bool isPaused() const;
    void start();
    void togglePause();
    // Runs to the next snapshot, then pauses; from idle, starts and stops at the first snapshot.
    void step();
    void stop();
    // Stops, and shows empty curves for the panel's current settings.
    void reset();
    // Stops training and ends its thread by `deadline` (closing the window).
    void shutdown(QDeadlineTimer deadline);

signals:
    void runningChanged();
    void aboutToStart();
    void statusMessage(const QString& text, int milliseconds);
    void failed(const initscope::ErrorInfo& error, bool aboutDataset);
    // MNIST is missing: the run uses Fashion-MNIST from `folder`.
    void datasetSubstituted(const QString& folder);
    void finished(bool cancelled);

private:
    void poll();

    TrainingPanel* m_panel;
    TrainingView* m_view;
    RunStatus* m_status;
    TrainingEngine* m_engine;
    QTimer m_poll;
    TrainingProgress m_spare;  // the buffer the pump swaps with the engine's mailbox
    bool m_running = false;
};

}  // namespace initscope::ui
