#include "bn_sweep_view.h"

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

#include "nn/initializer.h"
#include "palette.h"

namespace initscope::ui {

BnSweepView::BnSweepView(QWidget* parent) : QWidget(parent), m_caption(new QLabel), m_plot(new QCustomPlot) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption->setWordWrap(true);
    m_caption->setObjectName("bnSweepCaption");
    layout->addWidget(m_caption);
    layout->addWidget(m_plot, 1);
    m_plot->setObjectName("bnSweepPlot");
    begin(BnSweepConfig{});
}

void BnSweepView::setCaption(const QString& text) { m_caption->setText(text); }

void BnSweepView::begin(const BnSweepConfig& config) {
    m_config = config;
    m_recordIterations = bnSweepRecordIterations(config);
    m_scales.clear();
    m_trainSeconds = 0.0;
    layoutCells();
    m_caption->setText(tr("Training accuracy on the first %1 training images, with batch norm (solid) and "
                          "without (dashed), per epoch; the same weights N(0, w²) and the same mini-batches "
                          "for both networks.")
                           .arg(config.trainSize));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void BnSweepView::layoutCells() {
    m_plot->clearItems();
    m_plot->clearGraphs();
    m_plot->plotLayout()->clear();
    m_cells.clear();
    const int n = static_cast<int>(m_config.weights.size());
    const int cols = std::max(1, static_cast<int>(std::ceil(std::sqrt(double(n)))));
    const int rows = (n + cols - 1) / cols;
    QFont bold = font();
    bold.setBold(true);
    m_title = new QCPTextElement(m_plot, n == 1 ? tr("Batch normalization: training accuracy")
                                                : tr("Batch normalization across weight scales w"),
                                 bold);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    // The legend: a row of its own, the two line styles the cells use.
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, legendRow);
    m_plot->legend = new QCPLegend;
    legendRow->addElement(0, 0, m_plot->legend);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(2);
    m_plot->legend->setLayer("legend");
    m_plot->legend->setVisible(true);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    auto* grid = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(2, 0, grid);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.01);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.01);
    m_plot->plotLayout()->setRowStretchFactor(2, 1.0);
    grid->setColumnSpacing(4);
    grid->setRowSpacing(2);
    auto* group = new QCPMarginGroup(m_plot);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const double lastEpoch = std::max<double>(1.0, static_cast<double>(m_recordIterations.size()) - 1.0);
    // One large plot (figure 6-18) reads finer ticks than sixteen small ones.
    const bool single = n == 1;
    auto xTicker = QSharedPointer<QCPAxisTickerFixed>::create();
    xTicker->setTickStep(single ? (lastEpoch > 40 ? 10 : lastEpoch > 10 ? 2 : 1) : (lastEpoch > 10 ? 10 : lastEpoch > 4 ? 2 : 1));
    xTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    auto yTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (double y : single ? std::vector<double>{0.0, 0.2, 0.4, 0.6, 0.8, 1.0} : std::vector<double>{0.0, 0.5, 1.0}) {
        yTicker->addTick(y, QString::number(y, 'g', 2));
    }
    QPen bnPen(batchNormColor(), 1.8);
    QPen plainPen(plainNetworkColor(), 1.6, Qt::DashLine);
    for (int k = 0; k < n; ++k) {
        const int r = k / cols, c = k % cols;
        auto* cell = new QCPLayoutGrid;
        grid->addElement(r, c, cell);
        auto* title = new QCPTextElement(m_plot, tr("w = %1").arg(QString::fromStdString(formatNumber(m_config.weights[k], 3))), small);
        cell->addElement(0, 0, title);
        auto* rect = new QCPAxisRect(m_plot);
        cell->addElement(1, 0, rect);
        cell->setRowStretchFactor(0, 0.01);
        cell->setRowSpacing(0);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight | QCP::msBottom, group);
        QCPAxis* x = rect->axis(QCPAxis::atBottom);
        QCPAxis* y = rect->axis(QCPAxis::atLeft);
        x->setRange(0, lastEpoch);
        y->setRange(0, 1.0);
        x->setTicker(xTicker);
        y->setTicker(yTicker);
        x->setTickLabelFont(small);
        y->setTickLabelFont(small);
        x->setTickLabels(r == rows - 1 || k + cols >= n);  // the bottom cell of each column
        y->setTickLabels(c == 0);
        if (r == rows - 1 || k + cols >= n) x->setLabel(tr("epochs"));
        if (c == 0) y->setLabel(tr("accuracy"));
        x->setLabelFont(small);
        y->setLabelFont(small);
        Cell cellData;
        cellData.rect = rect;
        cellData.plain = m_plot->addGraph(x, y);
        cellData.plain->setPen(plainPen);
        cellData.plain->setName(tr("Without batch norm"));
        cellData.bn = m_plot->addGraph(x, y);
        cellData.bn->setPen(bnPen);
        cellData.bn->setName(tr("Batch norm"));
        cellData.note = new QCPItemText(m_plot);
        cellData.note->setClipAxisRect(rect);
        cellData.note->setClipToAxisRect(true);
        cellData.note->position->setAxisRect(rect);
        cellData.note->position->setType(QCPItemPosition::ptAxisRectRatio);
        cellData.note->position->setCoords(0.5, 0.5);
        cellData.note->setFont(small);
        cellData.note->setColor(Qt::gray);
        cellData.note->setText(tr("training…"));
        if (k > 0) {
            cellData.plain->removeFromLegend();
            cellData.bn->removeFromLegend();
        }
        m_cells.push_back(cellData);
    }
    if (!m_cells.empty()) {
        // Legend order: solid first, as the book.
        m_plot->legend->clearItems();
        m_cells.front().bn->addToLegend();
        m_cells.front().plain->addToLegend();
    }
}

void BnSweepView::addScale(BnSweepScale scale) {
    if (scale.index < 0 || scale.index >= static_cast<int>(m_cells.size())) return;
    const Cell& cell = m_cells[static_cast<std::size_t>(scale.index)];
    auto fill = [](QCPGraph* graph, const BnSweepCurve& curve) {
        QVector<double> xs, ys;
        for (std::size_t k = 0; k < curve.accuracy.size(); ++k) {
            if (!std::isfinite(curve.accuracy[k])) break;  // diverged: the line stops
            xs << double(k);
            ys << curve.accuracy[k];
        }
        graph->setData(xs, ys, true);
    };
    fill(cell.bn, scale.bn);
    fill(cell.plain, scale.plain);
    // Short enough for a 100-pixel cell; the colour says which network.
    QStringList notes;
    if (scale.plain.divergedAt) notes << tr("diverged") << tr("(iteration %1)").arg(*scale.plain.divergedAt);
    if (scale.bn.divergedAt) notes << tr("batch norm diverged") << tr("(iteration %1)").arg(*scale.bn.divergedAt);
    cell.note->setText(notes.join('\n'));
    cell.note->setColor(plainNetworkColor());
    cell.note->position->setCoords(0.5, 0.3);
    auto at = std::lower_bound(m_scales.begin(), m_scales.end(), scale.index,
                               [](const BnSweepScale& s, int index) { return s.index < index; });
    if (at != m_scales.end() && at->index == scale.index) {
        *at = std::move(scale);
    } else {
        m_scales.insert(at, std::move(scale));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void BnSweepView::showResult(const BnSweepResult& result) {
    begin(result.config);
    for (const BnSweepScale& s : result.scales) addScale(s);
    m_trainSeconds = result.trainSeconds;
    m_plot->replot();
}

BnSweepResult BnSweepView::result() const {
    BnSweepResult r;
    r.config = m_config;
    r.recordIterations = m_recordIterations;
    r.scales = m_scales;
    r.trainSeconds = m_trainSeconds;
    r.cancelled = m_scales.size() < m_config.weights.size();
    return r;
}

Figure BnSweepView::figure() const {
    Figure f;
    f.plots = {m_plot};
    const int n = static_cast<int>(m_config.weights.size());
    f.naturalSize = n == 1 ? QSize(800, 600) : QSize(1200, 1000);
    f.minimumHeight = n == 1 ? 300 : 600;
    return f;
}

}  // namespace initscope::ui
