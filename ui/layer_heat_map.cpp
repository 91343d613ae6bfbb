#include "layer_heat_map.h"
#include "plot_hover.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

#include "cell_text.h"
#include "palette.h"

namespace initscope::ui {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isShare(LayerHeatMap::Statistic s) {
    return s == LayerHeatMap::Statistic::Saturated || s == LayerHeatMap::Statistic::Dead;
}

QString statisticName(LayerHeatMap::Statistic s) {
    switch (s) {
        case LayerHeatMap::Statistic::ActivationStd: return LayerHeatMap::tr("std of activations A");
        case LayerHeatMap::Statistic::Saturated: return LayerHeatMap::tr("saturated activations, %");
        case LayerHeatMap::Statistic::Dead: return LayerHeatMap::tr("dead activations (exactly 0), %");
        case LayerHeatMap::Statistic::GradientStd: return LayerHeatMap::tr("std of gradients dL/dA");
        case LayerHeatMap::Statistic::WeightStd: return LayerHeatMap::tr("std of weights W");
        case LayerHeatMap::Statistic::WeightGradientStd: return LayerHeatMap::tr("std of weight gradients dL/dW");
    }
    return {};
}
}  // namespace

std::optional<double> LayerHeatMap::statisticOf(const LayerSnapshot& layer, Statistic statistic) {
    const auto measured = [](const LayerStats& s) { return s.count > s.nonfinite ? std::optional<double>(s.std) : std::nullopt; };
    switch (statistic) {
        case Statistic::ActivationStd: return measured(layer.activationStats);
        case Statistic::Saturated:
            return layer.activationStats.saturated ? std::optional<double>(100.0 * *layer.activationStats.saturated) : std::nullopt;
        case Statistic::Dead:
            return layer.activationStats.dead ? std::optional<double>(100.0 * *layer.activationStats.dead) : std::nullopt;
        case Statistic::GradientStd: return measured(layer.gradientStats);
        case Statistic::WeightStd: return measured(layer.weightStats);
        case Statistic::WeightGradientStd: return measured(layer.weightGradientStats);
    }
    return std::nullopt;
}

LayerHeatMap::LayerHeatMap(QWidget* parent)
    : QWidget(parent), m_choice(new QComboBox), m_plot(new QCustomPlot), m_panels(m_plot) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("Color shows"));
    bar->addWidget(label);
    // As narrow as a 1024-wide window needs: long entries are elided, not widening the window.
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(14);
    m_choice->setObjectName("heatMapStatistic");
    for (Statistic s : {Statistic::ActivationStd, Statistic::Saturated, Statistic::Dead, Statistic::GradientStd,
                        Statistic::WeightStd, Statistic::WeightGradientStd}) {
        m_choice->addItem(statisticName(s), static_cast<int>(s));
    }
    m_choice->setToolTip(tr("The statistic each cell's color shows, for every hidden layer (rows) at every snapshot "
                            "(columns), on the fixed probe batch. Standard deviations on a log scale, shares 0–100 %."));
    label->setBuddy(m_choice);
    bar->addWidget(m_choice);
    bar->addStretch(1);
    layout->addLayout(bar);
    // Its own minimum, not the long title's width: the window still fits a 1024-wide screen.
    m_plot->setMinimumSize(240, 200);
    layout->addWidget(m_plot, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] { invalidate(); });
    showHoverText(m_plot, [this](const QPointF& at) { return hoverText(at); });
    reset({});
}

LayerHeatMap::Statistic LayerHeatMap::statistic() const { return static_cast<Statistic>(m_choice->currentData().toInt()); }

void LayerHeatMap::setStatistic(Statistic statistic) { m_choice->setCurrentIndex(m_choice->findData(static_cast<int>(statistic))); }

void LayerHeatMap::reset(const std::vector<RunLabel>& runs) {
    m_runs = runs;
    m_snapshots = nullptr;
    m_marker = -1;
    invalidate();
}

void LayerHeatMap::setSnapshots(const std::vector<TrainingSnapshot>& snapshots) {
    m_snapshots = &snapshots;
    invalidate();
}

void LayerHeatMap::invalidate() {
    m_dirty = true;
    if (isVisible()) rebuild();
}

void LayerHeatMap::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_dirty) rebuild();
}

void LayerHeatMap::rebuild() {
    m_dirty = false;
    const Statistic stat = statistic();
    m_panels.reset(m_runs);
    m_maps.clear();
    m_scale = nullptr;
    m_iterations.clear();
    m_columns = m_snapshots ? static_cast<int>(m_snapshots->size()) : 0;
    m_layers = 0;
    if (m_snapshots) {
        for (const TrainingSnapshot& s : *m_snapshots) {
            m_iterations.push_back(s.iteration);
            for (const RunSnapshot& r : s.runs) m_layers = std::max(m_layers, static_cast<int>(r.layers.size()));
        }
    }
    m_panels.title()->setText(tr("Layer × time: %1, on the probe batch").arg(statisticName(stat)));
    if (m_runs.empty()) {
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    m_scale = new QCPColorScale(m_plot);
    m_panels.panels()->addElement(1, static_cast<int>(m_runs.size()), m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(14);
    m_scale->axis()->setLabel(statisticName(stat));
    QCPColorGradient gradient;
    gradient.clearColorStops();
    for (int i = 0; i <= 8; ++i) gradient.setColorStopAt(i / 8.0, viridis(i / 8.0));
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(QColor(0xEE, 0xEE, 0xEE));
    m_scale->setGradient(gradient);
    const bool share = isShare(stat);
    if (!share) {
        m_scale->setDataScaleType(QCPAxis::stLogarithmic);
        m_scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        m_scale->axis()->setNumberFormat("eb");
        m_scale->axis()->setNumberPrecision(0);
    }
    auto* group = new QCPMarginGroup(m_plot);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    bool any = false;
    for (std::size_t k = 0; k < m_runs.size(); ++k) {
        QCPAxisRect* rect = m_panels.rect(static_cast<int>(k));
        rect->setMarginGroup(QCP::msTop | QCP::msBottom, group);
        QCPAxis* x = rect->axis(QCPAxis::atBottom);
        QCPAxis* y = rect->axis(QCPAxis::atLeft);
        x->setLabel(tr("iteration"));
        y->setLabel(k == 0 ? tr("hidden layer") : QString());
        y->setRangeReversed(true);  // layer 1 on top, as the network is drawn
        auto layerTicks = QSharedPointer<QCPAxisTickerFixed>::create();
        layerTicks->setTickStep(m_layers > 12 ? 5.0 : 1.0);
        layerTicks->setScaleStrategy(QCPAxisTickerFixed::ssNone);
        y->setTicker(layerTicks);
        y->setRange(0.5, std::max(1, m_layers) + 0.5);
        auto* map = new QCPColorMap(x, y);
        map->setInterpolate(false);
        map->setTightBoundary(false);
        map->setColorScale(m_scale);
        m_maps.push_back(map);
        if (m_columns == 0 || m_layers == 0) continue;
        const double first = m_iterations.front(), last = m_iterations.back();
        const double span = m_columns > 1 ? (last - first) / (m_columns - 1) : 1.0;
        map->data()->setSize(m_columns, m_layers);
        map->data()->setRange(QCPRange(first, m_columns > 1 ? last : first + 1e-9), QCPRange(1, m_layers > 1 ? m_layers : 1 + 1e-9));
        x->setRange(first - span / 2, last + span / 2);
        for (int c = 0; c < m_columns; ++c) {
            const TrainingSnapshot& s = (*m_snapshots)[static_cast<std::size_t>(c)];
            for (int l = 0; l < m_layers; ++l) {
                double v = kNaN;
                if (k < s.runs.size() && l < static_cast<int>(s.runs[k].layers.size())) {
                    if (auto value = statisticOf(s.runs[k].layers[static_cast<std::size_t>(l)], stat)) v = *value;
                }
                if (!share && !(v > 0)) v = kNaN;  // a zero std has no place on a log scale: shown as empty
                map->data()->setCell(c, l, v);
                if (std::isfinite(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                    any = true;
                }
            }
        }
    }
    if (share) {
        m_scale->setDataRange(QCPRange(0.0, 100.0));
    } else if (any) {
        if (hi <= lo * 1.01) {
            lo /= 1.5;
            hi *= 1.5;
        }
        m_scale->setDataRange(QCPRange(lo, hi));
    } else {
        m_scale->setDataRange(QCPRange(1e-3, 1.0));
    }
    if (!any && m_columns > 0) {
        m_panels.title()->setText(tr("Layer × time: %1 — not measured for this activation").arg(statisticName(stat)));
    }
    m_panels.setMarker(m_marker);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LayerHeatMap::setMarker(int iteration) {
    m_marker = iteration;
    m_panels.setMarker(iteration);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

double LayerHeatMap::cellValue(int run, int layer, int snapshot) const {
    if (run < 0 || run >= static_cast<int>(m_maps.size()) || layer < 0 || layer >= m_layers || snapshot < 0 ||
        snapshot >= m_columns) {
        return kNaN;
    }
    return m_maps[static_cast<std::size_t>(run)]->data()->cell(snapshot, layer);
}

QString LayerHeatMap::hoverText(const QPointF& pos) const {
    const auto [run, row] = m_panels.rectAt(pos);
    if (run < 0 || run >= static_cast<int>(m_maps.size()) || m_columns == 0 || m_layers == 0) return {};
    QCPColorMap* map = m_maps[static_cast<std::size_t>(run)];
    int column = 0, layer = 0;
    map->data()->coordToCell(map->keyAxis()->pixelToCoord(pos.x()), map->valueAxis()->pixelToCoord(pos.y()), &column, &layer);
    if (column < 0 || column >= m_columns || layer < 0 || layer >= m_layers) return {};
    const double v = cellValue(run, layer, column);
    const Statistic stat = statistic();
    const QString value = !std::isfinite(v) ? tr("not measured") : isShare(stat) ? tr("%1 %").arg(v, 0, 'f', 1) : compact(v);
    return tr("<b>%1</b>, layer %2, iteration %3<br>%4: %5")
        .arg(m_runs[static_cast<std::size_t>(run)].name.toHtmlEscaped())
        .arg(layer + 1)
        .arg(m_iterations[static_cast<std::size_t>(column)])
        .arg(statisticName(stat), value);
}

Figure LayerHeatMap::figure() {
    if (m_dirty) rebuild();
    const int runs = std::max(1, static_cast<int>(m_runs.size()));
    return Figure{{m_plot}, {}, QSize(std::max(700, 330 * runs + 120), 460), 0, {}};
}

}  // namespace initscope::ui
