#include "loss_plot.h"

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
    m_lossRect = new QCPAxisRect(m_plot);
    m_accuracyRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(0, 0, m_lossRect);
    m_plot->plotLayout()->addElement(1, 0, m_accuracyRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 2.4);
    m_plot->plotLayout()->setRowStretchFactor(1, 1.0);
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
    m_plot->legend = new QCPLegend;
    m_lossRect->insetLayout()->addElement(m_plot->legend, Qt::AlignTop | Qt::AlignRight);
    m_plot->legend->setLayer("legend");
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 220));
    reset({}, 1);
}

void LossPlot::reset(const std::vector<Series>& series, int iterations) {
    m_plot->clearPlottables();
    m_plot->clearItems();
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

void LossPlot::appendLosses(const std::vector<std::vector<double>>& rows) {
    for (const auto& row : rows) {
        for (std::size_t k = 0; k < m_curves.size() && k < row.size(); ++k) {
            Curve& c = m_curves[k];
            if (c.diverged || !std::isfinite(row[k])) continue;
            c.raw->addData(double(c.losses.size()), row[k]);
            c.losses.push_back(row[k]);
            if (c.losses.size() > 10) m_maxLoss = std::max(m_maxLoss, std::min(row[k], 10.0));
        }
    }
    for (Curve& c : m_curves) updateSmoothed(c, false);
    updateRanges();
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
    m_lossRect->axis(QCPAxis::atBottom)->setRange(0, m_iterations);
    m_accuracyRect->axis(QCPAxis::atBottom)->setRange(0, m_iterations);
    m_lossRect->axis(QCPAxis::atLeft)->setRange(0, std::ceil(m_maxLoss * 2.0) / 2.0);
}

void LossPlot::replot() { m_plot->replot(QCustomPlot::rpQueuedReplot); }

int LossPlot::pointCount(int series) const {
    if (series < 0 || series >= static_cast<int>(m_curves.size())) return 0;
    return m_curves[static_cast<std::size_t>(series)].raw->dataCount();
}

}  // namespace initscope::ui
