#include "loss_plot.h"
#include "plot_hover.h"

#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

#include "palette.h"
#include "stats/smoothing.h"

namespace initscope::ui {

LossPlot::LossPlot(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->plotLayout()->clear();
    QFont bold = font();
    bold.setBold(true);
    m_title = new QCPTextElement(m_plot, tr("Training loss"), bold);
    m_lossRect = new QCPAxisRect(m_plot);
    m_legendRow = new QCPLayoutGrid;
    m_accuracyRect = new QCPAxisRect(m_plot);
    auto* group = new QCPMarginGroup(m_plot);
    m_lossRect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    m_accuracyRect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    m_lossRect->axis(QCPAxis::atLeft)->setLabel(tr("loss"));
    m_lossRect->axis(QCPAxis::atBottom)->setLabel(tr("iterations"));
    m_accuracyRect->axis(QCPAxis::atLeft)->setLabel(tr("test accuracy"));
    m_accuracyRect->axis(QCPAxis::atBottom)->setLabel(tr("iterations"));
    m_accuracyRect->axis(QCPAxis::atLeft)->setRange(0.0, 1.0);
    auto percent = QSharedPointer<QCPAxisTickerText>::create();
    for (int p = 0; p <= 100; p += 25) percent->addTick(p / 100.0, QString("%1%").arg(p));
    m_accuracyRect->axis(QCPAxis::atLeft)->setTicker(percent);
    for (QCPAxisRect* rect : {m_lossRect, m_accuracyRect}) {
        // Ticks at a round step, the axis ending on one (…, 1500, 2000): see updateRanges().
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
        rect->axis(QCPAxis::atBottom)->setTicker(ticker);
    }
    arrange();
    // The legend has a row of its own between the plots: it never covers a curve. (Added once its
    // row belongs to the plot, so that it has a plot and a layer.)
    m_plot->legend = new QCPLegend;
    m_legendRow->addElement(0, 0, m_plot->legend);
    m_legendRow->setMargins(QMargins(0, 0, 0, 0));
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(4);
    m_plot->legend->setLayer("legend");
    m_plot->legend->setVisible(true);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    reset({}, 1);
    showHoverText(m_plot, [this](const QPointF& at) {
        return m_lossRect->rect().contains(at.toPoint()) ? hoverText(m_lossRect->axis(QCPAxis::atBottom)->pixelToCoord(at.x()))
                                                         : QString();
    });
}

void LossPlot::arrange() {
    QCPLayoutGrid* layout = m_plot->plotLayout();
    for (QCPLayoutElement* e : std::initializer_list<QCPLayoutElement*>{m_title, m_lossRect, m_legendRow, m_accuracyRect}) {
        if (e->layout() == layout) layout->take(e);
    }
    layout->simplify();
    layout->addElement(0, 0, m_title);
    layout->addElement(1, 0, m_lossRect);
    layout->addElement(2, 0, m_legendRow);
    if (m_showAccuracy) layout->addElement(3, 0, m_accuracyRect);
    layout->setRowStretchFactor(0, 0.01);
    layout->setRowStretchFactor(1, 2.4);
    layout->setRowStretchFactor(2, 0.01);
    if (m_showAccuracy) layout->setRowStretchFactor(3, 1.0);
    m_accuracyRect->setVisible(m_showAccuracy);
    for (QCPAxis* a : {m_accuracyRect->axis(QCPAxis::atBottom), m_accuracyRect->axis(QCPAxis::atLeft)}) a->setVisible(m_showAccuracy);
}

void LossPlot::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updateRanges();  // tick steps for the new width
    replot();
    // As many legend entries side by side as fit (~150 px each): never cut off.
    const int wrap = std::clamp(width() / 150, 1, 4);
    if (m_plot->legend->wrap() != wrap) {
        m_plot->legend->setWrap(wrap);
        m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        replot();
    }
}

void LossPlot::setShowAccuracy(bool show) {
    if (show == m_showAccuracy) return;
    m_showAccuracy = show;
    for (Curve& c : m_curves) c.accuracy->setVisible(show);
    if (m_accuracyMarker) m_accuracyMarker->setVisible(show && m_marker >= 0);
    arrange();
    replot();
}

void LossPlot::setTitle(const QString& title) {
    m_title->setText(title);
    replot();
}

QString LossPlot::title() const { return m_title->text(); }

QList<double> LossPlot::lossTicks() const {
    QCPAxis* x = m_lossRect->axis(QCPAxis::atBottom);
    QVector<double> ticks;
    QVector<QString> labels;
    x->ticker()->generate(x->range(), QLocale(), 'g', 6, ticks, nullptr, &labels);
    return QList<double>(ticks.begin(), ticks.end());
}

void LossPlot::setMarker(int iteration) {
    m_marker = iteration;
    auto make = [this](QCPAxisRect* rect) {
        auto* line = new QCPItemStraightLine(m_plot);
        line->setClipAxisRect(rect);
        line->point1->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        line->point2->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        line->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.2, Qt::DashLine));
        return line;
    };
    if (!m_lossMarker) m_lossMarker = make(m_lossRect);
    if (!m_accuracyMarker) m_accuracyMarker = make(m_accuracyRect);
    for (QCPItemStraightLine* line : {m_lossMarker, m_accuracyMarker}) {
        line->point1->setCoords(iteration, 0);
        line->point2->setCoords(iteration, 1);
        line->setVisible(iteration >= 0);
    }
    m_accuracyMarker->setVisible(iteration >= 0 && m_showAccuracy);
    replot();
}

void LossPlot::reset(const std::vector<Series>& series, int iterations) {
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_lossMarker = m_accuracyMarker = nullptr;  // deleted with the items
    m_marker = -1;
    m_curves.clear();
    m_iterations = std::max(1, iterations);
    m_maxLoss = 2.5;
    QCPAxis* x = m_lossRect->axis(QCPAxis::atBottom);
    QCPAxis* y = m_lossRect->axis(QCPAxis::atLeft);
    QCPAxis* ax = m_accuracyRect->axis(QCPAxis::atBottom);
    QCPAxis* ay = m_accuracyRect->axis(QCPAxis::atLeft);
    for (const Series& s : series) {
        Curve c;
        c.raw = m_plot->addGraph(x, y);
        c.raw->setPen(QPen(faint(s.color, 70), 1.0));
        c.raw->removeFromLegend();
        c.smooth = m_plot->addGraph(x, y);
        c.smooth->setPen(QPen(s.color, 2.5));
        c.smooth->setName(s.name);
        c.accuracy = m_plot->addGraph(ax, ay);
        c.accuracy->setPen(QPen(s.color, 2.0));
        c.accuracy->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, s.color, 5));
        c.accuracy->removeFromLegend();
        c.accuracy->setVisible(m_showAccuracy);
        c.marker = m_plot->addGraph(x, y);
        c.marker->setLineStyle(QCPGraph::lsNone);
        c.marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, QPen(QColor(0xC0, 0, 0), 3), Qt::NoBrush, 16));
        c.marker->removeFromLegend();
        m_curves.push_back(std::move(c));
    }
    m_plot->legend->setVisible(!series.empty());
    updateRanges();
    replot();
}

void LossPlot::appendLosses(const std::vector<std::vector<double>>& columns) {
    for (std::size_t k = 0; k < m_curves.size() && k < columns.size(); ++k) {
        Curve& c = m_curves[k];
        for (const double loss : columns[k]) {
            if (c.diverged || !std::isfinite(loss)) continue;
            c.raw->addData(double(c.losses.size()), loss);
            c.losses.push_back(loss);
            if (c.losses.size() > 10) m_maxLoss = std::max(m_maxLoss, std::min(loss, 10.0));
        }
    }
    for (Curve& c : m_curves) updateSmoothed(c, false);
    updateRanges();
}

QString LossPlot::hoverText(double iteration) const {
    const long i = std::lround(iteration);
    if (i < 0) return {};
    QStringList lines;
    for (const Curve& c : m_curves) {
        const auto at = static_cast<std::size_t>(i);
        if (at >= c.losses.size()) continue;
        const double smooth = at < c.smoothed.size() ? c.smoothed[at] : c.losses[at];
        lines << tr("<b style=\"color:%1\">%2</b>: %3 (smoothed %4)")
                     .arg(c.smooth->pen().color().name(), c.smooth->name().toHtmlEscaped())
                     .arg(c.losses[at], 0, 'f', 4)
                     .arg(smooth, 0, 'f', 4);
    }
    if (lines.isEmpty()) return {};
    return tr("Iteration %1").arg(i + 1) + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
}

void LossPlot::updateSmoothed(Curve& c, bool full) {
    const std::size_t half = static_cast<std::size_t>(m_window / 2);
    const std::size_t from = full ? 0 : (c.smoothedUpTo > half ? c.smoothedUpTo - half : 0);
    if (!full && c.smoothedUpTo == c.losses.size()) return;
    smoothCurveTail(c.losses, c.smoothed, from, m_window);
    if (full) {
        c.smooth->data()->clear();
    } else {
        c.smooth->data()->removeAfter(double(from) - 0.5);
    }
    QVector<double> keys, values;
    for (std::size_t i = from; i < c.smoothed.size(); ++i) {
        keys.push_back(double(i));
        values.push_back(c.smoothed[i]);
    }
    c.smooth->addData(keys, values, true);
    c.smoothedUpTo = c.losses.size();
}

void LossPlot::addAccuracy(int iteration, const std::vector<std::optional<double>>& accuracy) {
    for (std::size_t k = 0; k < m_curves.size() && k < accuracy.size(); ++k) {
        if (accuracy[k]) m_curves[k].accuracy->addData(iteration, *accuracy[k]);
    }
}

void LossPlot::markDiverged(int series, int iteration) {
    if (series < 0 || series >= static_cast<int>(m_curves.size())) return;
    Curve& c = m_curves[static_cast<std::size_t>(series)];
    if (c.diverged) return;
    c.diverged = true;
    const double y = c.losses.empty() ? 2.3 : std::min(c.losses.back(), m_maxLoss);
    c.marker->addData(iteration, y);
    c.label = new QCPItemText(m_plot);
    c.label->setClipAxisRect(m_lossRect);
    c.label->position->setAxes(m_lossRect->axis(QCPAxis::atBottom), m_lossRect->axis(QCPAxis::atLeft));
    c.label->position->setCoords(iteration, y);
    c.label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    c.label->setPadding(QMargins(8, 0, 0, 4));
    c.label->setColor(QColor(0xC0, 0, 0));
    c.label->setText(tr("%1 diverged at iteration %2").arg(c.smooth->name()).arg(iteration));
}

void LossPlot::setSmoothing(int window) {
    m_window = std::max(1, window);
    for (Curve& c : m_curves) updateSmoothed(c, true);
    replot();
}

void LossPlot::updateRanges() {
    // A round step (1, 2, 2.5 or 5 × 10ᵏ) giving at most 5 intervals, and the axis ending on the
    // first tick at or after the last iteration: 2000 iterations end on a labelled 2000.
    // Fewer intervals where the plot is narrow (~70 px per label: "1500" never touches "2000").
    const int width = isVisible() || this->width() > 100 ? std::max(100, this->width() - 70) : 400;  // the axis' share
    const int intervals = std::clamp(width / 70, 2, 5);
    double step = 1.0;
    for (double magnitude = 1.0; step * intervals < m_iterations; magnitude *= 10.0) {
        for (double m : {1.0, 2.0, 2.5, 5.0}) {
            step = m * magnitude;
            if (step * intervals >= m_iterations) break;
        }
    }
    const double end = std::ceil(m_iterations / step) * step;
    for (QCPAxisRect* rect : {m_lossRect, m_accuracyRect}) {
        QCPAxis* x = rect->axis(QCPAxis::atBottom);
        if (auto fixed = qSharedPointerDynamicCast<QCPAxisTickerFixed>(x->ticker())) fixed->setTickStep(step);
        x->setRange(0, end);
    }
    m_lossRect->axis(QCPAxis::atLeft)->setRange(0, std::ceil(m_maxLoss * 2.0) / 2.0);
}

void LossPlot::replot() { m_plot->replot(QCustomPlot::rpQueuedReplot); }

int LossPlot::pointCount(int series) const {
    if (series < 0 || series >= static_cast<int>(m_curves.size())) return 0;
    return m_curves[static_cast<std::size_t>(series)].raw->dataCount();
}

}  // namespace initscope::ui
