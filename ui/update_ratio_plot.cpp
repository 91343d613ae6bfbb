#include "update_ratio_plot.h"
#include "plot_hover.h"

#include <QVBoxLayout>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

#include "cell_text.h"
#include "palette.h"

namespace initscope::ui {

namespace {
constexpr double kRuleOfThumb = -3.0;  // log10(1e-3): Karpathy's "about 1e-3" per step

QString layerName(int layer, int layers) {
    return layer + 1 == layers ? UpdateRatioPlot::tr("output") : UpdateRatioPlot::tr("layer %1").arg(layer + 1);
}
}  // namespace

UpdateRatioPlot::UpdateRatioPlot(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot), m_panels(m_plot) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Its own minimum, not the long title's width: the window still fits a 1024-wide screen.
    m_plot->setMinimumSize(240, 200);
    layout->addWidget(m_plot);
    m_plot->setNoAntialiasingOnDrag(true);
    showHoverText(m_plot, [this](const QPointF& at) { return hoverText(at); });
    reset({}, 0, 1, 1);
}

void UpdateRatioPlot::reset(const std::vector<RunLabel>& runs, int layers, int every, int iterations) {
    m_panels.reset(runs);
    m_panels.title()->setText(tr("Update : data ratio per step, log₁₀ std(ΔW)/std(W) (dashed: 10⁻³, the rule of thumb)"));
    m_graphs.assign(runs.size(), {});
    m_names.clear();
    for (const RunLabel& r : runs) m_names << r.name;
    m_layers = layers;
    m_every = std::max(1, every);
    m_records = 0;
    m_marker = -1;
    m_low = -4.0;
    m_high = -2.0;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        QCPAxisRect* rect = m_panels.rect(static_cast<int>(k));
        QCPAxis* x = rect->axis(QCPAxis::atBottom);
        QCPAxis* y = rect->axis(QCPAxis::atLeft);
        x->setLabel(tr("iterations"));
        x->setRange(0, std::max(1, iterations));
        y->setLabel(k == 0 ? tr("log₁₀ update:data") : QString());
        for (int l = 0; l < layers; ++l) {
            QCPGraph* g = m_plot->addGraph(x, y);
            g->setPen(QPen(layerColor(l, layers), 1.3));
            g->setName(layerName(l, layers));
            g->setAdaptiveSampling(true);
            m_graphs[k].push_back(g);
        }
        auto* guide = new QCPItemStraightLine(m_plot);
        guide->setClipAxisRect(rect);
        guide->point1->setAxes(x, y);
        guide->point2->setAxes(x, y);
        guide->point1->setCoords(0, kRuleOfThumb);
        guide->point2->setCoords(1, kRuleOfThumb);
        guide->setPen(QPen(QColor(0xC0, 0x30, 0x30), 1.5, Qt::DashLine));
        auto* label = new QCPItemText(m_plot);
        label->setClipAxisRect(rect);
        label->position->setType(QCPItemPosition::ptAxisRectRatio);
        label->position->setAxisRect(rect);
        label->position->setAxes(x, y);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0.99, kRuleOfThumb);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setBrush(QColor(255, 255, 255, 215));  // readable over the curves it may sit on
        label->setColor(QColor(0xC0, 0x30, 0x30));
        label->setText(tr("10⁻³"));
        label->setPadding(QMargins(0, 0, 2, 1));
    }
    // One legend for every panel: the layers' colours, under the panels.
    if (layers > 0 && !runs.empty()) {
        auto* legend = new QCPLegend;
        m_plot->plotLayout()->addElement(2, 0, legend);  // under all the panels, not widening the first
        legend->setVisible(true);
        legend->setBorderPen(Qt::NoPen);
        legend->setBrush(Qt::NoBrush);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        legend->setWrap(std::min(layers, 8));
        legend->setLayer(QStringLiteral("legend"));
        for (QCPGraph* g : m_graphs.front()) legend->addItem(new QCPPlottableLegendItem(legend, g));
        m_plot->plotLayout()->setRowStretchFactor(2, 0.01);
    }
    for (auto& column : m_graphs) {
        for (QCPGraph* g : column) g->valueAxis()->setRange(m_low - 0.25, m_high + 0.25);
    }
    replot();
}

void UpdateRatioPlot::append(std::span<const float> records) {
    const std::size_t width = m_graphs.size() * static_cast<std::size_t>(m_layers);
    if (width == 0) return;
    const std::size_t count = records.size() / width;
    for (std::size_t j = 0; j < count; ++j, ++m_records) {
        const double x = double(m_records) * m_every;
        for (std::size_t k = 0; k < m_graphs.size(); ++k) {
            for (int l = 0; l < m_layers; ++l) {
                const float r = records[j * width + k * static_cast<std::size_t>(m_layers) + static_cast<std::size_t>(l)];
                if (!(r > 0.0f) || !std::isfinite(r)) continue;  // a diverged run, or a step of exactly 0
                const double v = std::log10(double(r));
                m_graphs[k][static_cast<std::size_t>(l)]->addData(x, v);
                updateRange(v);
            }
        }
    }
}

void UpdateRatioPlot::updateRange(double value) {
    const double low = std::min(m_low, std::floor(value)), high = std::max(m_high, std::ceil(value));
    if (low == m_low && high == m_high) return;
    m_low = std::max(low, -12.0);
    m_high = std::min(high, 3.0);
    for (auto& column : m_graphs) {
        if (!column.empty()) column.front()->valueAxis()->setRange(m_low - 0.25, m_high + 0.25);
    }
}

void UpdateRatioPlot::setMarker(int iteration) {
    m_marker = iteration;
    m_panels.setMarker(iteration);
    replot();
}

void UpdateRatioPlot::replot() {
    // A hidden tab is drawn when shown (a queued replot of thousands of points ~30 times a second
    // would be work nobody sees).
    if (isVisible()) m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void UpdateRatioPlot::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

double UpdateRatioPlot::plotted(int run, int layer, int record) const {
    if (run < 0 || run >= static_cast<int>(m_graphs.size()) || layer < 0 || layer >= m_layers) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const auto data = m_graphs[static_cast<std::size_t>(run)][static_cast<std::size_t>(layer)]->data();
    const double key = double(record) * m_every;
    const auto it = data->findBegin(key, false);
    return it != data->constEnd() && it->key == key ? it->value : std::numeric_limits<double>::quiet_NaN();
}

QString UpdateRatioPlot::hoverText(const QPointF& pos) const {
    const auto [run, row] = m_panels.rectAt(pos);
    if (run < 0) return {};
    const auto& column = m_graphs[static_cast<std::size_t>(run)];
    if (column.empty()) return {};
    QCPAxis* x = column.front()->keyAxis();
    QCPAxis* y = column.front()->valueAxis();
    const long record = std::lround(x->pixelToCoord(pos.x()) / m_every);
    if (record < 0 || record >= m_records) return {};
    // The layer whose curve passes closest to the pointer at this iteration (within 12 px).
    int best = -1;
    double bestDistance = 12.0, bestValue = 0.0;
    for (int l = 0; l < m_layers; ++l) {
        const double v = plotted(run, l, static_cast<int>(record));
        if (!std::isfinite(v)) continue;
        const double d = std::abs(y->coordToPixel(v) - pos.y());
        if (d < bestDistance) {
            best = l;
            bestDistance = d;
            bestValue = v;
        }
    }
    if (best < 0) return {};
    return tr("<b>%1</b>, %2, iteration %3<br>update:data %4 (log₁₀ %5)")
        .arg(m_names[static_cast<std::size_t>(run)].toHtmlEscaped())
        .arg(layerName(best, m_layers))
        .arg(record * m_every + 1)
        .arg(compact(std::pow(10.0, bestValue)))
        .arg(bestValue, 0, 'f', 2);
}

Figure UpdateRatioPlot::figure() const {
    const int runs = std::max(1, static_cast<int>(m_graphs.size()));
    return Figure{{m_plot}, {}, QSize(std::max(700, 380 * runs), 520), 0, {}};
}

}  // namespace initscope::ui
