#include "histogram_grid.h"

#include <QApplication>

#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

namespace initscope::ui {
namespace {
// A row label that lets its row grow: QCPTextElement caps its height at the text's, and a grid
// row is only as tall as its shortest maximum.
class RowLabel : public QCPTextElement {
public:
    RowLabel(QCustomPlot* plot, const QFont& font) : QCPTextElement(plot, QString(), font) {}
    QSize maximumOuterSizeHint() const override {
        QSize size = QCPTextElement::maximumOuterSizeHint();
        size.setHeight(QWIDGETSIZE_MAX);
        return size;
    }
    // As wide as its text (never cut at the figure's edge), and at least 80.
    QSize minimumOuterSizeHint() const override {
        QSize size = QCPTextElement::minimumOuterSizeHint();
        size.setWidth(std::max(size.width() + 16, 80));  // slack: print fonts measure a little wider
        return size;
    }
};
// A row label's colour: red for a row with a warning, else the initializer's colour, darkened.
QColor rowLabelColor(const HistogramRow& row) { return row.warning ? QColor(0xC0, 0x00, 0x00) : row.color.darker(130); }

// For a narrow cell: a tick at each end of the range only (rounded inwards to two significant
// digits), so the cell always says how wide it is — a lone "0" says nothing.
class EndTicker : public QCPAxisTicker {
protected:
    QVector<double> createTickVector(double, const QCPRange& range) override {
        auto inwards = [](double v, bool up) {
            if (v == 0.0 || !std::isfinite(v)) return 0.0;
            const double unit = std::pow(10.0, std::floor(std::log10(std::abs(v))) - 1);
            return up ? std::ceil(v / unit) * unit : std::floor(v / unit) * unit;
        };
        // A range that starts just below 0 (room left for ReLU's bar at 0) is labelled from 0.
        const bool fromZero = range.lower < 0 && range.upper > 0 && -range.lower < 0.1 * range.upper;
        return {fromZero ? 0.0 : inwards(range.lower, true), inwards(range.upper, false)};
    }
};

}  // namespace

class HistogramGrid::FrozenHeader : public QWidget {
public:
    enum class Kind { Rows, Columns };
    FrozenHeader(HistogramGrid* grid, Kind kind, QWidget* parent) : QWidget(parent), m_grid(grid), m_kind(kind) {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        hide();
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::white);
        painter.setPen(QColor(0xB0, 0xB0, 0xB0));
        const QPoint offset = m_grid->m_plot->pos();  // negative while scrolled
        if (m_kind == Kind::Rows) {
            painter.drawLine(width() - 1, 0, width() - 1, height());
            painter.translate(0, -y());  // below a frozen column header: viewport coordinates
            for (std::size_t r = 0; r < m_grid->m_rowLabels.size() && r < m_grid->m_rows.size(); ++r) {
                const QRect label = m_grid->m_rowLabels[r]->outerRect().translated(0, offset.y());
                QFont bold = font();
                bold.setBold(true);
                painter.setFont(bold);
                const HistogramRow& row = m_grid->m_rows[r];
                painter.setPen(rowLabelColor(row));
                painter.drawText(QRect(2, label.top(), width() - 44, label.height()), Qt::AlignCenter | Qt::TextWordWrap, row.label);
                // The row's count ticks, which scrolled away with its first cell.
                if (m_grid->m_cells[r].empty()) continue;
                QCPAxis* y = m_grid->m_cells[r][0].rect->axis(QCPAxis::atLeft);
                painter.setFont(y->tickLabelFont());
                painter.setPen(QColor(0x30, 0x30, 0x30));
                const QVector<double> ticks = y->tickVector();
                const QVector<QString> labels = y->tickVectorLabels();
                for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
                    const int py = int(y->coordToPixel(ticks[i])) + offset.y();
                    painter.drawText(QRect(width() - 44, py - 8, 40, 16), Qt::AlignRight | Qt::AlignVCenter, labels[i]);
                }
            }
        } else {
            painter.drawLine(0, height() - 1, width(), height() - 1);
            QFont bold = font();
            bold.setBold(true);
            painter.setFont(bold);
            painter.setPen(Qt::black);
            if (m_grid->m_cells.empty()) return;
            for (const Cell& cell : m_grid->m_cells[0]) {
                const QRect title = cell.title->outerRect().translated(offset.x(), 0);
                painter.drawText(QRect(title.left(), 0, title.width(), height()), Qt::AlignCenter, cell.title->text());
            }
        }
    }

private:
    HistogramGrid* m_grid;
    Kind m_kind;
};

HistogramGrid::HistogramGrid(QWidget* parent)
    : QWidget(parent), m_scroll(new QScrollArea(this)), m_plot(new QCustomPlot), m_placeholder(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scroll);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->hide();
    m_scroll->setWidget(m_plot);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setProperty("themeExempt", true);  // sized from this widget's font (see changeEvent)
    m_plot->plotLayout()->clear();
    m_plot->setMouseTracking(true);
    m_plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(m_plot, &QCustomPlot::mouseMove, this, &HistogramGrid::showTooltip);
    m_plot->installEventFilter(this);
    m_frozenRows = new FrozenHeader(this, FrozenHeader::Kind::Rows, m_scroll->viewport());
    m_frozenColumns = new FrozenHeader(this, FrozenHeader::Kind::Columns, m_scroll->viewport());
    for (QScrollBar* bar : {m_scroll->horizontalScrollBar(), m_scroll->verticalScrollBar()}) {
        connect(bar, &QScrollBar::valueChanged, this, &HistogramGrid::updateFrozenHeaders);
        connect(bar, &QScrollBar::rangeChanged, this, &HistogramGrid::updateFrozenHeaders);
    }
    connect(m_plot, &QCustomPlot::afterReplot, this, &HistogramGrid::updateFrozenHeaders);
}

bool HistogramGrid::rowHeadersFrozen() const { return m_frozenRows->isVisible(); }
bool HistogramGrid::columnHeadersFrozen() const { return m_frozenColumns->isVisible(); }

void HistogramGrid::updateFrozenHeaders() {
    const QWidget* viewport = m_scroll->viewport();
    const bool right = m_scroll->horizontalScrollBar()->value() > 0 && !m_rowLabels.empty();
    const bool down = m_scroll->verticalScrollBar()->value() > 0 && !m_cells.empty();
    const int titleHeight = m_cells.empty() || m_cells[0].empty() ? 0 : m_cells[0][0].title->outerRect().height() + 4;
    m_frozenColumns->setGeometry(0, 0, viewport->width(), titleHeight);
    m_frozenColumns->setVisible(down);
    const int top = down ? titleHeight : 0;
    m_frozenRows->setGeometry(0, top, m_rowLabels.empty() ? 0 : m_rowLabels[0]->outerRect().width() + 40,
                              viewport->height() - top);
    // The row header paints in viewport coordinates shifted by its own top.
    m_frozenRows->setVisible(right);
    m_frozenColumns->raise();
    m_frozenRows->raise();
    m_frozenRows->update();
    m_frozenColumns->update();
}

void HistogramGrid::setPlaceholder(const QString& text) {
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    m_scroll->setVisible(text.isEmpty());
}

QString HistogramGrid::fitted(const QString& text, const QFont& font) const {
    // A line wider than a cell ("dL/dA · Layer 1", "μ -8.0e-4 · σ 0.159" in a narrow cell) breaks at
    // its " · " rather than running into the next cell.
    const QFontMetrics metrics(font);
    const int width = !m_cells.empty() && !m_cells[0].empty() && m_cells[0][0].rect->outerRect().width() > 0
                          ? m_cells[0][0].rect->outerRect().width() - 8  // the cell, less a gap to its neighbour
                          : m_cellWidth - 8;
    QStringList lines = text.split('\n');
    for (QString& line : lines) {
        if (metrics.horizontalAdvance(line) > width) line.replace(QStringLiteral(" · "), QStringLiteral("\n"));
    }
    return lines.join('\n');
}

void HistogramGrid::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_plot) {
        // Every title, summary and tick label takes its size from this font: build them anew.
        m_builtRows = -1;
        rebuild();
        refresh();
    }
}

void HistogramGrid::setCellMinimumSize(int width, int height) {
    m_cellWidth = width;
    m_cellHeight = height;
    m_builtRows = -1;
    rebuild();
    refresh();
}

void HistogramGrid::setOptions(const HistogramGridOptions& options) {
    if (options == m_options) return;
    m_options = options;
    refresh();
}

void HistogramGrid::setData(std::vector<HistogramRow> rows, const QStringList& columnTitles) {
    m_rows = std::move(rows);
    m_titles = columnTitles;
    m_columns = 0;
    for (const auto& r : m_rows) m_columns = std::max(m_columns, static_cast<int>(r.cells.size()));
    if (rowCount() != m_builtRows || m_columns != m_builtColumns) rebuild();
    refresh();
}

QSize HistogramGrid::naturalFigureSize() const {
    const int columns = std::max(1, m_columns), rows = std::max(1, rowCount());
    return QSize(100 + columns * (m_options.bookStyle ? 190 : 210), rows * (m_options.bookStyle ? 190 : 210));
}

int HistogramGrid::cellsWithData() const {
    int n = 0;
    for (const auto& row : m_cells) {
        for (const Cell& c : row) {
            if (c.bars && !c.bars->data()->isEmpty()) ++n;
        }
    }
    return n;
}

void HistogramGrid::rebuild() {
    m_plot->clearPlottables();      // the bars first: they point at the axes about to go
    m_plot->plotLayout()->clear();  // deletes every layout element
    m_cells.clear();
    m_rowLabels.clear();
    delete m_marginGroup;
    m_marginGroup = new QCPMarginGroup(m_plot);
    m_builtRows = rowCount();
    m_builtColumns = m_columns;
    QCPLayoutGrid* grid = m_plot->plotLayout();
    grid->setRowSpacing(4);
    grid->setColumnSpacing(2);
    grid->setMargins(QMargins(0, 0, 20, 0));  // room for the last column's right-hand tick label
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    QFont bold = font();
    bold.setBold(true);
    for (int r = 0; r < m_builtRows; ++r) {
        auto* label = new RowLabel(m_plot, bold);
        label->setMaximumSize(160, QWIDGETSIZE_MAX);
        grid->addElement(r, 0, label);
        m_rowLabels.push_back(label);
        std::vector<Cell> cells;
        for (int c = 0; c < m_builtColumns; ++c) {
            auto* cellGrid = new QCPLayoutGrid;
            grid->addElement(r, c + 1, cellGrid);
            cellGrid->setRowSpacing(0);
            Cell cell;
            cell.title = new QCPTextElement(m_plot, QString(), bold);
            cell.rect = new QCPAxisRect(m_plot);
            cell.summary = new QCPTextElement(m_plot, QString(), small);
            cellGrid->addElement(0, 0, cell.title);
            cellGrid->addElement(1, 0, cell.rect);
            cellGrid->addElement(2, 0, cell.summary);
            cellGrid->setRowStretchFactor(0, 0.01);
            cellGrid->setRowStretchFactor(2, 0.01);
            cell.rect->setMarginGroup(QCP::msLeft | QCP::msRight | QCP::msTop | QCP::msBottom,
                                      m_marginGroup);
            cell.rect->setMinimumSize(60, 60);
            for (QCPAxis* axis : {cell.rect->axis(QCPAxis::atBottom), cell.rect->axis(QCPAxis::atLeft)}) {
                axis->setTickLabelFont(small);
                axis->setLayer("axes");
                axis->grid()->setLayer("grid");
            }
            cell.rect->axis(QCPAxis::atBottom)->setNumberFormat("gb");  // 1e-08, never a lone "0"
            cell.rect->axis(QCPAxis::atBottom)->setNumberPrecision(2);
            cell.rect->axis(QCPAxis::atLeft)->ticker()->setTickCount(3);
            cell.bars = new QCPBars(cell.rect->axis(QCPAxis::atBottom), cell.rect->axis(QCPAxis::atLeft));
            cell.bars->setWidthType(QCPBars::wtPlotCoords);
            cell.spike = new QCPBars(cell.rect->axis(QCPAxis::atBottom), cell.rect->axis(QCPAxis::atLeft));
            cell.spike->setWidthType(QCPBars::wtAxisRectRatio);
            cell.spike->setWidth(0.025);
            cell.spike->setPen(Qt::NoPen);
            cell.spike->setBrush(QColor(0x33, 0x33, 0x33));
            // Theory: a thin dark curve over the bars, and its mean ± std as a bar with three dots.
            cell.theoryCurve = new QCPGraph(cell.rect->axis(QCPAxis::atBottom), cell.rect->axis(QCPAxis::atLeft));
            cell.theoryCurve->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.4));
            cell.theoryCurve->setAdaptiveSampling(false);
            cell.theoryMarks = new QCPGraph(cell.rect->axis(QCPAxis::atBottom), cell.rect->axis(QCPAxis::atLeft));
            cell.theoryMarks->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.2));
            cell.theoryMarks->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0x20, 0x20, 0x20), 4));
            for (QCPGraph* g : {cell.theoryCurve, cell.theoryMarks}) g->removeFromLegend();
            for (QCPItemText** text : {&cell.spikeText, &cell.note}) {
                *text = new QCPItemText(m_plot);
                (*text)->setClipToAxisRect(true);
                (*text)->setClipAxisRect(cell.rect);
                // The axis rect first: setType() asks for the pixel position, which a ratio
                // position cannot give without its rect (a warning per item on stderr).
                (*text)->position->setAxisRect(cell.rect);
                (*text)->position->setType(QCPItemPosition::ptAxisRectRatio);
                (*text)->setFont(small);
                (*text)->setPadding(QMargins(2, 1, 2, 1));
            }
            cell.spikeText->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            cell.spikeText->setColor(QColor(0x33, 0x33, 0x33));
            cell.note->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
            cell.note->position->setCoords(0.99, 0.02);
            cell.note->setColor(QColor(0xA0, 0x40, 0x00));
            cell.note->setBrush(QColor(255, 255, 255, 210));
            cells.push_back(cell);
        }
        m_cells.push_back(std::move(cells));
    }
    if (m_builtRows > 0 && m_builtColumns > 0) grid->setColumnStretchFactor(0, 0.01);
    // Sizes grow with the grid's font (presentation mode sets a larger one).
    // (The cells grow less than the text: ticks thin out before a cell scrolls off a projector.)
    const double zoom = std::sqrt(std::max(1.0, font().pointSizeF() / QApplication::font().pointSizeF()));
    const int labelWidth = m_builtRows > 0 ? int(90 * zoom) : 0;
    m_plot->setMinimumSize(labelWidth + int(m_builtColumns * m_cellWidth * zoom), int(m_builtRows * m_cellHeight * zoom));
}

namespace {
// The count of bin k as drawn: without the point mass that is shown on its own.
double drawnCount(const HistogramCell& cell, int k) {
    const Histogram& h = cell.histogram;
    double count = double(h.counts[static_cast<std::size_t>(k)]);
    if (cell.spikeCount > 0 && cell.spikeAt >= h.binLow(k) && (cell.spikeAt < h.binHigh(k) || k == h.bins() - 1)) {
        count -= double(cell.spikeCount);
    }
    return std::max(0.0, count);
}

std::pair<double, double> unionRange(const std::vector<HistogramCell>& cells) {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const HistogramCell& c : cells) {
        lo = std::min(lo, c.histogram.lo);
        hi = std::max(hi, c.histogram.hi);
    }
    return {lo, hi};
}
}  // namespace

void HistogramGrid::refresh() {
    double gridLo = std::numeric_limits<double>::infinity(), gridHi = -gridLo;
    for (const HistogramRow& row : m_rows) {
        const auto [lo, hi] = unionRange(row.cells);
        gridLo = std::min(gridLo, lo);
        gridHi = std::max(gridHi, hi);
    }
    for (int r = 0; r < static_cast<int>(m_cells.size()) && r < rowCount(); ++r) {
        const HistogramRow& row = m_rows[static_cast<std::size_t>(r)];
        m_rowLabels[static_cast<std::size_t>(r)]->setText(row.label);
        m_rowLabels[static_cast<std::size_t>(r)]->setTextColor(rowLabelColor(row));
        double rowMax = 1.0;
        for (const HistogramCell& cell : row.cells) {
            for (int k = 0; k < cell.histogram.bins(); ++k) rowMax = std::max(rowMax, drawnCount(cell, k));
        }
        const auto [rowLo, rowHi] = unionRange(row.cells);
        auto& cells = m_cells[static_cast<std::size_t>(r)];
        for (int c = 0; c < static_cast<int>(cells.size()); ++c) {
            Cell& items = cells[static_cast<std::size_t>(c)];
            const bool present = c < static_cast<int>(row.cells.size());
            items.title->setText(fitted(m_options.bookStyle ? tr("%1-layer").arg(c + 1)
                                                            : (c < m_titles.size() ? m_titles[c] : QString()),
                                        items.title->font()));
            QVector<double> keys, values;
            double cellMax = 1.0;
            QCPAxis* x = items.rect->axis(QCPAxis::atBottom);
            QCPAxis* y = items.rect->axis(QCPAxis::atLeft);
            const HistogramCell* cell = present ? &row.cells[static_cast<std::size_t>(c)] : nullptr;
            if (cell) {
                const Histogram& h = cell->histogram;
                for (int k = 0; k < h.bins(); ++k) {
                    const double count = drawnCount(*cell, k);
                    cellMax = std::max(cellMax, count);
                    if (m_options.logY && count <= 0) continue;
                    keys.push_back(0.5 * (h.binLow(k) + h.binHigh(k)));
                    values.push_back(count);
                }
                items.bars->setWidth(h.bins() > 0 ? h.binWidth() : 1.0);
                switch (m_options.xScale) {
                    case HistogramGridOptions::XScale::PerCell:
                        x->setRange(h.lo, h.hi);
                        break;
                    case HistogramGridOptions::XScale::PerRow:
                        x->setRange(rowLo, rowHi);
                        break;
                    case HistogramGridOptions::XScale::Grid:
                        x->setRange(gridLo, gridHi);
                        break;
                }
                items.summary->setText(m_options.bookStyle ? QString() : fitted(cell->summary, items.summary->font()));
                items.summary->setTextColor(cell->warning ? QColor(0xC0, 0x00, 0x00) : QColor(0x30, 0x30, 0x30));
            } else {
                items.summary->setText(QString());
            }
            items.bars->setData(keys, values, true);
            items.bars->setPen(QPen(row.color.darker(140), 0.8));
            items.bars->setBrush(row.color);
            const double top = m_options.shareRowScale ? rowMax : cellMax;
            double yTop = 0.0;
            if (m_options.logY) {
                y->setScaleType(QCPAxis::stLogarithmic);
                if (!qSharedPointerDynamicCast<QCPAxisTickerLog>(y->ticker())) {
                    y->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
                }
                items.bars->setBaseValue(0.5);
                items.spike->setBaseValue(0.5);
                yTop = top * 2.0;
                y->setRange(0.5, yTop);
            } else {
                y->setScaleType(QCPAxis::stLinear);
                if (qSharedPointerDynamicCast<QCPAxisTickerLog>(y->ticker())) {
                    y->setTicker(QSharedPointer<QCPAxisTicker>::create());
                    y->ticker()->setTickCount(3);
                }
                items.bars->setBaseValue(0.0);
                items.spike->setBaseValue(0.0);
                yTop = m_options.yMax > 0 ? m_options.yMax : top * 1.08;
                y->setRange(0.0, yTop);
            }
            // The point mass: a dark bar that runs to the top of the axis, its share beside it; the
            // axis starts a little before it so the bar is not hidden behind the axis line.
            const bool spike = cell && cell->spikeCount > 0;
            if (spike && cell->spikeAt <= x->range().lower + 1e-12 * std::abs(x->range().size())) {
                x->setRange(x->range().lower - 0.04 * x->range().size(), x->range().upper);
            }
            items.spike->setData(spike ? QVector<double>{cell->spikeAt} : QVector<double>{},
                                 spike ? QVector<double>{std::min(double(cell->spikeCount), yTop)} : QVector<double>{}, true);
            items.spikeText->setVisible(spike);
            if (spike) {
                const double at = (cell->spikeAt - x->range().lower) / std::max(1e-300, x->range().size());
                items.spikeText->position->setCoords(std::clamp(at + 0.03, 0.0, 0.6), 0.02);
            }
            // Theory's prediction over the bars (a point mass stays the spike's).
            QVector<double> curveX, curveY, markX, markY;
            if (cell && m_options.theory && !cell->predicted.empty()) {
                const Histogram& h = cell->histogram;
                for (int k = 0; k < h.bins() && k < static_cast<int>(cell->predicted.size()); ++k) {
                    const double count = cell->predicted[static_cast<std::size_t>(k)];
                    if (m_options.logY && count < 0.5) continue;
                    curveX.push_back(0.5 * (h.binLow(k) + h.binHigh(k)));
                    curveY.push_back(count);
                }
                const double at = m_options.logY ? std::pow(10.0, 0.92 * std::log10(yTop / 0.5)) * 0.5 : 0.93 * yTop;
                if (std::isfinite(cell->predictedMean) && std::isfinite(cell->predictedStd)) {
                    markX = {cell->predictedMean - cell->predictedStd, cell->predictedMean,
                             cell->predictedMean + cell->predictedStd};
                    markY = {at, at, at};
                }
            }
            items.theoryCurve->setData(curveX, curveY, true);
            items.theoryMarks->setData(markX, markY, true);
            y->setTickLabels(!m_options.shareRowScale || c == 0);
            // The book draws y ticks on the first panel only, and no grid.
            y->setTicks(!m_options.bookStyle || c == 0);
            y->grid()->setVisible(!m_options.bookStyle);
            x->grid()->setVisible(!m_options.bookStyle);
        }
    }
    fitTicksFor(QSize());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void HistogramGrid::applyNotes() {
    // Narrow cells get the short forms: the numbers stay on the face, the words in the tooltip.
    static const QRegularExpression words(QStringLiteral("[^0-9.%◂▸\\n]"));
    for (std::size_t r = 0; r < m_cells.size() && r < m_rows.size(); ++r) {
        for (std::size_t c = 0; c < m_cells[r].size(); ++c) {
            Cell& items = m_cells[r][c];
            const HistogramCell* cell = c < m_rows[r].cells.size() ? &m_rows[r].cells[c] : nullptr;
            QString note = cell ? cell->rangeNote : QString();
            QString spike = cell ? cell->spikeLabel : QString();
            if (m_compactNotes) {
                note.remove(words);
                spike.remove(words);
            }
            items.note->setText(note);
            items.note->setVisible(!note.isEmpty());
            items.spikeText->setText(m_compactNotes ? QString() : spike);  // no room for both notes
        }
    }
}

int HistogramGrid::minimumFigureHeight() const {
    return std::max(1, rowCount()) * (m_options.bookStyle ? 125 : 160) + 10;
}

void HistogramGrid::fitTicksFor(QSize figureSize) {
    // The screen: the plot widget's own size (valid as soon as the window is laid out, unlike the
    // cells' geometry, which QCustomPlot updates only while it replots).
    if (!figureSize.isValid() || figureSize.isEmpty()) figureSize = m_plot->size();
    fitTicks((figureSize.width() - 90) / std::max(1, m_columns) - 45,  // less the y axis and margins
             figureSize.height() / std::max(1, rowCount()) - (m_options.bookStyle ? 40 : 65));  // less titles, summaries
}

void HistogramGrid::fitTicks(int cellWidth, int cellHeight) {
    // About one label per 55 px of axis (a label like "0.0005" is ~40 px at the small font).
    const QFontMetrics metrics(m_cells.empty() || m_cells[0].empty() ? font()
                                                                      : m_cells[0][0].rect->axis(QCPAxis::atBottom)->tickLabelFont());
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("0.0005")) + 14;
    int narrowest = std::numeric_limits<int>::max();
    for (auto& row : m_cells) {
        for (Cell& cell : row) {
            const int width = std::max(cellWidth, 20);
            narrowest = std::min(narrowest, width);
            QCPAxis* x = cell.rect->axis(QCPAxis::atBottom);
            const int count = std::clamp(width / labelWidth, 1, 5);
            const bool ends = count <= 2;
            if (ends != bool(qSharedPointerDynamicCast<EndTicker>(x->ticker()))) {
                x->setTicker(ends ? QSharedPointer<QCPAxisTicker>(new EndTicker) : QSharedPointer<QCPAxisTicker>::create());
            }
            x->ticker()->setTickCount(count);
            // Count ticks: one per ~28 px of height (a label is ~12 px tall); a log axis keeps its own.
            QCPAxis* y = cell.rect->axis(QCPAxis::atLeft);
            const int height = std::max(cellHeight, 20);
            if (!qSharedPointerDynamicCast<QCPAxisTickerLog>(y->ticker())) y->ticker()->setTickCount(std::clamp(height / 28, 1, 4));
        }
    }
    // Room for a spike's label and a range note side by side ("dead 50%" and "15% above ▸"), at
    // the cells' font (larger in presentation mode).
    m_compactNotes = narrowest < std::max(120, metrics.horizontalAdvance(QStringLiteral("dead 50%   15% above ▸")));
    applyNotes();
}

bool HistogramGrid::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plot && event->type() == QEvent::Resize) {  // the plot's own size, once it has it
        fitTicksFor(QSize());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    return QWidget::eventFilter(watched, event);
}

void HistogramGrid::showTooltip(QMouseEvent* event) {
    const QPointF pos = event->position();
    for (std::size_t r = 0; r < m_cells.size() && r < m_rows.size(); ++r) {
        for (std::size_t c = 0; c < m_cells[r].size() && c < m_rows[r].cells.size(); ++c) {
            if (m_cells[r][c].rect->rect().contains(pos.toPoint())) {
                QToolTip::showText(event->globalPosition().toPoint(), m_rows[r].cells[c].tooltip, m_plot);
                return;
            }
        }
        if (m_rowLabels[r]->outerRect().contains(pos.toPoint())) {
            QToolTip::showText(event->globalPosition().toPoint(), m_rows[r].tooltip, m_plot);
            return;
        }
    }
    QToolTip::hideText();
}

}  // namespace initscope::ui
