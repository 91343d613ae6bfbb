#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace initscope::ui {

// The status bar's training readout: iteration, iterations per second, time left, a progress bar.
class RunStatus : public QWidget {
    Q_OBJECT
public:
    explicit RunStatus(QWidget* parent = nullptr);
    enum class Unit { Iterations, Scales };
    // Scales: the batch-norm sweep, counted in finished weight scales.
    void begin(int total, Unit unit = Unit::Iterations);
    void update(int iterationsDone, bool paused);
    void finish(const QString& message);
    QString text() const;

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QElapsedTimer m_clock;
    int m_iterations = 0;
    Unit m_unit = Unit::Iterations;
    int m_lastDone = 0;
    qint64 m_lastMs = 0;
    double m_rate = 0.0;  // iterations per second, smoothed
};

}  // namespace initscope::ui
