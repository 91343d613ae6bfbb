#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <vector>

#include "stats/histogram.h"

class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPGraph;
class QCPItemText;
class QCPTextElement;
class QCPLayoutGrid;
class QCPMarginGroup;
class QLabel;
class QScrollArea;

namespace initscope::ui {

struct HistogramCell {
    Histogram histogram;
    QString summary;  // one line under the plot
    QString tooltip;  // details on hover
    bool warning = false;
    // A point mass shown as what it is (ReLU's dead units, all exactly 0): taken out of its bin,
    // drawn as a dark bar up to the top of the axis with its share written beside it, and left
    // out of the count scale, so the rest of the distribution is not flattened by it.
    std::int64_t spikeCount = 0;
    double spikeAt = 0.0;
    QString spikeLabel;  // "dead 50%"
    QString rangeNote;   // on the cell's face: "◂ 50% below", "3% above ▸"
    // Theory's prediction, drawn when HistogramGridOptions::theory is on: the count each bar should
    // reach (empty: none) and the predicted mean and standard deviation.
    std::vector<double> predicted;
    double predictedMean = 0.0, predictedStd = 0.0;
};

struct HistogramRow {
    QString label;  // "He\nσ = 0.1414"
    QColor color;
    QString tooltip;
    std::vector<HistogramCell> cells;
    bool warning = false;  // diverged: the label turns red
};

struct HistogramGridOptions {
    enum class XScale { PerCell, PerRow, Grid };
    bool logY = false;
    bool shareRowScale = true;  // one y range per row (y ticks on its first cell only)
    bool bookStyle = false;     // the book's look: titles "1-layer"…, no summary lines
    double yMax = 0.0;          // a fixed top for linear count axes (0: fit the data)
    // One x range for a row or the whole grid (the union of the cells' ranges): gradients of
    // 1e-8 and 1e-3 then look as different as they are.
    XScale xScale = XScale::PerCell;
    bool theory = false;  // draw each cell's prediction

    bool operator==(const HistogramGridOptions&) const = default;
};

// A grid of histograms, one row per initializer and one column per layer, drawn in a single
// QCustomPlot (one axis rect per cell) inside a scroll area. Layout elements are rebuilt only when
// the grid's shape changes; new data only replaces the bars and queues a replot.
class HistogramGrid : public QWidget {
    Q_OBJECT
public:
    explicit HistogramGrid(QWidget* parent = nullptr);

    void setData(std::vector<HistogramRow> rows, const QStringList& columnTitles);
    void setOptions(const HistogramGridOptions& options);
    const HistogramGridOptions& options() const { return m_options; }
    void setPlaceholder(const QString& text);
    void setCellMinimumSize(int width, int height);

    QCustomPlot* plot() const { return m_plot; }
    QScrollArea* scrollArea() const { return m_scroll; }
    bool rowHeadersFrozen() const;     // row labels drawn over the left edge (scrolled right)
    bool columnHeadersFrozen() const;  // column titles drawn over the top (scrolled down)
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    const std::vector<HistogramRow>& rows() const { return m_rows; }
    int columnCount() const { return m_columns; }
    int cellsWithData() const;  // cells whose histogram holds at least one value
    // A size that shows every cell comfortably, for exported figures.
    QSize naturalFigureSize() const;
    bool compactNotes() const { return m_compactNotes; }
    // Tick counts for the grid drawn at `figureSize` (an export); an empty size: the screen's.
    void fitTicksFor(QSize figureSize);
    // The least height (layout units) at which every row keeps its title, plot and summary.
    int minimumFigureHeight() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Cell {
        QCPTextElement* title = nullptr;
        QCPAxisRect* rect = nullptr;
        QCPBars* bars = nullptr;
        QCPBars* spike = nullptr;
        QCPItemText* spikeText = nullptr;
        QCPItemText* note = nullptr;
        QCPTextElement* summary = nullptr;
        QCPGraph* theoryCurve = nullptr;  // predicted counts at the bin centres
        QCPGraph* theoryMarks = nullptr;  // predicted μ − σ, μ, μ + σ
    };
    void rebuild();
    void refresh();
    QString fitted(const QString& text, const QFont& font) const;
    // Tick counts for cells of this size: labels never run together.
    void fitTicks(int cellWidth, int cellHeight);
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showTooltip(QMouseEvent* event);

    // Row labels (with the row's count ticks) and column titles kept in view while the grid is
    // scrolled: drawn over the scroll area's edges from the plot's own layout.
    class FrozenHeader;
    void updateFrozenHeaders();

    QScrollArea* m_scroll;
    QCustomPlot* m_plot;
    FrozenHeader* m_frozenRows = nullptr;
    FrozenHeader* m_frozenColumns = nullptr;
    QLabel* m_placeholder;
    QCPMarginGroup* m_marginGroup = nullptr;
    std::vector<HistogramRow> m_rows;
    QStringList m_titles;
    int m_columns = 0;
    int m_builtRows = -1, m_builtColumns = -1;
    std::vector<QCPTextElement*> m_rowLabels;
    std::vector<std::vector<Cell>> m_cells;
    void applyNotes();
    HistogramGridOptions m_options;
    bool m_compactNotes = false;  // narrow cells: "◂50%" instead of "◂ 50% below"
    int m_cellWidth = 105, m_cellHeight = 112;  // the smallest readable cell; larger when there is room
};

}  // namespace initscope::ui
