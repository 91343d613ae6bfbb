#pragma once

#include <QColor>
#include <QPointF>
#include <QString>
#include <utility>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPItemStraightLine;
class QCPLayoutGrid;
class QCPTextElement;

namespace initscope::ui {

// How a training run is named and coloured in every plot (display name, the initializer's colour).
struct RunLabel {
    QString name;
    QColor color;
};

// A title over one panel per run, side by side, their left and right margins aligned: the
// training tab's update-ratio, heat-map and over-time plots. Rebuilds the plot's layout below
// the title on every reset (the plot's plottables and items are cleared too).
class PanelRow {
public:
    explicit PanelRow(QCustomPlot* plot);

    // `rowsPerRun` axis rects stacked in each run's column (a ridge plot over its bands: 2).
    void reset(const std::vector<RunLabel>& runs, int rowsPerRun = 1);
    QCPTextElement* title() const { return m_title; }
    QCPLayoutGrid* panels() const { return m_panels; }
    int runCount() const { return static_cast<int>(m_rects.size()); }
    QCPAxisRect* rect(int run, int row = 0) const { return m_rects[static_cast<std::size_t>(run)][static_cast<std::size_t>(row)]; }
    // The (run, row) whose axis rect holds `pos`, or {-1, -1}.
    std::pair<int, int> rectAt(const QPointF& pos) const;
    // A dashed vertical line at key `x` in every rect of `row` (the scrubbed snapshot); x < 0 hides it.
    void setMarker(double x, int row = 0);

private:
    QCustomPlot* m_plot;
    QCPTextElement* m_title;
    QCPLayoutGrid* m_panels = nullptr;
    std::vector<std::vector<QCPAxisRect*>> m_rects;
    std::vector<std::vector<QCPItemStraightLine*>> m_markers;  // [row][run]
};

}  // namespace initscope::ui
