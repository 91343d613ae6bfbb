#pragma once

#include <QColor>
#include <QWidget>
#include <optional>
#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPAxisRect;
class QCPItemText;
class QCPItemStraightLine;
class QCPLayoutGrid;
class QCPTextElement;

namespace initscope::ui {

// Loss curves (raw faint, smoothed bold, one colour per initializer) above test accuracy per
// snapshot. Data is appended as it arrives; smoothing recomputes only the curve's tail.
class LossPlot : public QWidget {
    Q_OBJECT
public:
    explicit LossPlot(QWidget* parent = nullptr);

    struct Series {
        QString name;
        QColor color;
    };
    void reset(const std::vector<Series>& series, int iterations);
    // Appends each series' new losses (columns[k] for series k; NaN: no value, e.g. diverged).
    void appendLosses(const std::vector<std::vector<double>>& columns);
    // What hovering the loss plot at `iteration` (0-based, the x axis) shows: the iteration and
    // each run's raw and smoothed loss; empty where there is none.
    QString hoverText(double iteration) const;
    void addAccuracy(int iteration, const std::vector<std::optional<double>>& accuracy);
    void markDiverged(int series, int iteration);
    void setSmoothing(int window);
    void replot();
    // "Training loss — MNIST": what the figure shows, the dataset named.
    void setTitle(const QString& title);
    // A vertical line at the snapshot being looked at (the scrubber), on both plots; −1: none.
    void setMarker(int iteration);
    double markerIteration() const { return m_marker; }
    // The book's figure 6-15 is the loss plot alone: hide (or show) the accuracy plot.
    void setShowAccuracy(bool show);
    QString title() const;
    QList<double> lossTicks() const;  // the x ticks of the loss plot (tests: it ends on one)

    QCustomPlot* plot() const { return m_plot; }
    int pointCount(int series) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Curve {
        QCPGraph* raw = nullptr;
        QCPGraph* smooth = nullptr;
        QCPGraph* accuracy = nullptr;
        QCPGraph* marker = nullptr;
        QCPItemText* label = nullptr;
        std::vector<double> losses, smoothed;
        std::size_t smoothedUpTo = 0;
        bool diverged = false;
    };
    void updateSmoothed(Curve& curve, bool full);
    void updateRanges();

    void arrange();

    QCustomPlot* m_plot;
    QCPTextElement* m_title;
    QCPAxisRect* m_lossRect;
    QCPLayoutGrid* m_legendRow;
    QCPAxisRect* m_accuracyRect;
    QCPItemStraightLine* m_lossMarker = nullptr;
    QCPItemStraightLine* m_accuracyMarker = nullptr;
    double m_marker = -1;
    bool m_showAccuracy = true;
    std::vector<Curve> m_curves;
    int m_iterations = 1;
    int m_window = 11;
    double m_maxLoss = 2.5;
};

}  // namespace initscope::ui
