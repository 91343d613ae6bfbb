#include "histogram_time_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

#include "palette.h"

namespace initscope::ui {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kRidgeStep = 1.0;    // the vertical distance between two ridges' baselines
constexpr double kRidgeHeight = 2.2;  // a ridge's peak: overlapping the ridges behind it, as ridge plots do

}  // namespace

QString HistogramTimeView::quantityName(Quantity q) {
    switch (q) {
        case HistogramTimeView::Quantity::Activations: return tr("activations A");
        case HistogramTimeView::Quantity::Gradients: return tr("gradients dL/dA");
        case HistogramTimeView::Quantity::Weights: return tr("weights W");
        case HistogramTimeView::Quantity::WeightGradients: return tr("weight gradients dL/dW");
    }
    return {};
}
const LayerStats& HistogramTimeView::statsOf(const LayerSnapshot& layer, Quantity quantity) {
    switch (quantity) {
        case Quantity::Activations: return layer.activationStats;
        case Quantity::Gradients: return layer.gradientStats;
        case Quantity::Weights: return layer.weightStats;
        case Quantity::WeightGradients: return layer.weightGradientStats;
    }
    return layer.activationStats;
}

const Histogram& HistogramTimeView::histogramOf(const LayerSnapshot& layer, Quantity quantity) {
    switch (quantity) {
        case Quantity::Activations: return layer.activationHistogram;
        case Quantity::Gradients: return layer.gradientHistogram;
        case Quantity::Weights: return layer.weightHistogram;
        case Quantity::WeightGradients: return layer.weightGradientHistogram;
    }
    return layer.activationHistogram;
}

HistogramTimeView::HistogramTimeView(QWidget* parent)
    : QWidget(parent), m_quantity(new QComboBox), m_layer(new QSpinBox), m_plot(new QCustomPlot), m_panels(m_plot) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* quantityLabel = new QLabel(tr("Quantity"));
    quantityLabel->setBuddy(m_quantity);
    // As narrow as a 1024-wide window needs: long entries are elided, not widening the window.
    m_quantity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_quantity->setMinimumContentsLength(14);
    m_quantity->setObjectName("overTimeQuantity");
    for (Quantity q : {Quantity::Activations, Quantity::Gradients, Quantity::Weights, Quantity::WeightGradients}) {
        m_quantity->addItem(quantityName(q), static_cast<int>(q));
    }
    auto* layerLabel = new QLabel(tr("Layer"));
    layerLabel->setBuddy(m_layer);
    m_layer->setObjectName("overTimeLayer");
    m_layer->setRange(1, 1);
    m_layer->setToolTip(tr("The hidden layer whose histograms are stacked over time"));
    bar->addWidget(quantityLabel);
    bar->addWidget(m_quantity);
    bar->addSpacing(12);
    bar->addWidget(layerLabel);
    bar->addWidget(m_layer);
    bar->addStretch(1);
    layout->addLayout(bar);
    // Its own minimum, not the long title's width: the window still fits a 1024-wide screen.
    m_plot->setMinimumSize(240, 200);
    layout->addWidget(m_plot, 1);
    setToolTip(tr("Top: each snapshot's histogram, the oldest at the back (top, faint), the newest in front "
                  "(bottom); each scaled to its own peak. Bottom: the percentiles over time — shaded 1–99 %, "
                  "5–95 % and 25–75 %, the line the median."));
    connect(m_quantity, &QComboBox::currentIndexChanged, this, [this] { invalidate(); });
    connect(m_layer, &QSpinBox::valueChanged, this, [this] { invalidate(); });
    reset({}, 1);
}

HistogramTimeView::Quantity HistogramTimeView::quantity() const { return static_cast<Quantity>(m_quantity->currentData().toInt()); }
void HistogramTimeView::setQuantity(Quantity q) { m_quantity->setCurrentIndex(m_quantity->findData(static_cast<int>(q))); }
int HistogramTimeView::layer() const { return m_layer->value() - 1; }
void HistogramTimeView::setLayer(int layer) { m_layer->setValue(layer + 1); }

void HistogramTimeView::reset(const std::vector<RunLabel>& runs, int layers) {
    m_runs = runs;
    m_snapshots = nullptr;
    {
        const QSignalBlocker block(m_layer);
        m_layer->setRange(1, std::max(1, layers));
    }
    m_marker = -1;
    invalidate();
}

void HistogramTimeView::setSnapshots(const std::vector<TrainingSnapshot>& snapshots) {
    m_snapshots = &snapshots;
    invalidate();
}

void HistogramTimeView::setMarker(int iteration) {
    if (iteration == m_marker) return;
    m_marker = iteration;
    invalidate();  // the ridge of the scrubbed snapshot is drawn in red
}

void HistogramTimeView::invalidate() {
    m_dirty = true;
    if (isVisible()) rebuild();
}

void HistogramTimeView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_dirty) rebuild();
}

double HistogramTimeView::bandValue(int run, int level, int snapshot) const {
    if (run < 0 || run >= static_cast<int>(m_bands.size())) return kNaN;
    const auto& levels = m_bands[static_cast<std::size_t>(run)];
    if (level < 0 || level >= static_cast<int>(levels.size())) return kNaN;
    const auto& values = levels[static_cast<std::size_t>(level)];
    return snapshot >= 0 && snapshot < static_cast<int>(values.size()) ? values[static_cast<std::size_t>(snapshot)] : kNaN;
}

void HistogramTimeView::rebuild() {
    m_dirty = false;
    const Quantity q = quantity();
    const int l = layer();
    m_panels.reset(m_runs, 2);
    m_panels.title()->setText(tr("Layer %1, %2 over time: histograms (top) and percentiles (bottom)").arg(l + 1).arg(quantityName(q)));
    m_ridges.clear();
    m_bands.assign(m_runs.size(), {});
    const int n = m_snapshots ? static_cast<int>(m_snapshots->size()) : 0;
    // Which snapshots become ridges: evenly spread, first and newest included, and the scrubbed one.
    int marked = -1;
    for (int s = 0; s < n; ++s) {
        if ((*m_snapshots)[static_cast<std::size_t>(s)].iteration == m_marker) marked = s;
    }
    if (n > 0) {
        const int count = std::min(n, kMaxRidges);
        for (int i = 0; i < count; ++i) {
            const int s = count == 1 ? n - 1 : static_cast<int>(std::lround(double(i) * (n - 1) / (count - 1)));
            if (m_ridges.empty() || m_ridges.back() != s) m_ridges.push_back(s);
        }
        if (marked >= 0 && std::find(m_ridges.begin(), m_ridges.end(), marked) == m_ridges.end()) {
            m_ridges.insert(std::upper_bound(m_ridges.begin(), m_ridges.end(), marked), marked);
        }
    }
    const std::vector<double>& levels = percentileLevels();
    for (std::size_t k = 0; k < m_runs.size(); ++k) {
        QCPAxisRect* ridgeRect = m_panels.rect(static_cast<int>(k), 0);
        QCPAxisRect* bandRect = m_panels.rect(static_cast<int>(k), 1);
        const QColor color = m_runs[k].color;
        QCPAxis* rx = ridgeRect->axis(QCPAxis::atBottom);
        QCPAxis* ry = ridgeRect->axis(QCPAxis::atLeft);
        QCPAxis* bx = bandRect->axis(QCPAxis::atBottom);
        QCPAxis* by = bandRect->axis(QCPAxis::atLeft);
        rx->setLabel(quantityName(q));
        ry->setLabel(k == 0 ? tr("iteration") : QString());
        bx->setLabel(tr("iteration"));
        by->setLabel(k == 0 ? quantityName(q) : QString());
        // Ridges: the oldest at the top, drawn first; each newer one in front, its fill hiding what
        // lies behind it.
        const int ridges = static_cast<int>(m_ridges.size());
        auto ticks = QSharedPointer<QCPAxisTickerText>::create();
        const int labelEvery = std::max(1, ridges / 6);
        double xlo = std::numeric_limits<double>::infinity(), xhi = -xlo;
        for (int r = 0; r < ridges; ++r) {
            const TrainingSnapshot& snap = (*m_snapshots)[static_cast<std::size_t>(m_ridges[static_cast<std::size_t>(r)])];
            if (k >= snap.runs.size() || l >= static_cast<int>(snap.runs[k].layers.size())) continue;
            const Histogram& h = histogramOf(snap.runs[k].layers[static_cast<std::size_t>(l)], q);
            const double base = (ridges - 1 - r) * kRidgeStep;
            if ((ridges - 1 - r) % labelEvery == 0 || r == 0) ticks->addTick(base, QString::number(snap.iteration));
            if (h.bins() == 0) continue;
            // Scaled to its own peak, unless one bin towers over the rest (ReLU's dead units all at
            // 0): then to the second-highest bin, the tower clipped, so the shape stays visible.
            std::int64_t peak = 0, second = 0;
            for (std::int64_t c : h.counts) {
                if (c > peak) {
                    second = peak;
                    peak = c;
                } else {
                    second = std::max(second, c);
                }
            }
            if (peak > 3 * second && second > 0) peak = second;
            QVector<double> xs, ys, bases;
            for (int b = 0; b < h.bins(); ++b) {
                const double left = Histogram::edge(h.lo, h.hi, h.bins(), b), right = Histogram::edge(h.lo, h.hi, h.bins(), b + 1);
                const double share = peak > 0 ? std::min(1.25, double(h.counts[static_cast<std::size_t>(b)]) / double(peak)) : 0.0;
                const double y = base + kRidgeHeight * share;
                xs << left << right;
                ys << y << y;
            }
            bases.fill(base, xs.size());
            xlo = std::min(xlo, h.lo);
            xhi = std::max(xhi, h.hi);
            const bool current = m_ridges[static_cast<std::size_t>(r)] == marked;
            const double age = ridges > 1 ? double(r) / (ridges - 1) : 1.0;  // 0 oldest … 1 newest
            QCPGraph* floor = m_plot->addGraph(rx, ry);
            floor->setData(xs, bases, true);
            floor->setPen(Qt::NoPen);
            QCPGraph* ridge = m_plot->addGraph(rx, ry);
            ridge->setData(xs, ys, true);
            ridge->setPen(QPen(current ? QColor(0xC0, 0x30, 0x30) : faint(color.darker(110), int(70 + 185 * age)), current ? 2.2 : 1.2));
            ridge->setBrush(QColor(255, 255, 255, 235));
            ridge->setChannelFillGraph(floor);
        }
        ry->setTicker(ticks);
        ry->setRange(-0.2, (std::max(1, ridges) - 1) * kRidgeStep + 1.25 * kRidgeHeight + 0.2);  // a clipped tower's top too
        if (xlo < xhi) rx->setRange(xlo, xhi);
        // Bands: percentiles 1, 5, 25, 50, 75, 95, 99 over every snapshot.
        auto& bands = m_bands[k];
        bands.assign(levels.size(), std::vector<double>(static_cast<std::size_t>(n), kNaN));
        QVector<double> its;
        for (int s = 0; s < n; ++s) {
            const TrainingSnapshot& snap = (*m_snapshots)[static_cast<std::size_t>(s)];
            its << snap.iteration;
            if (k >= snap.runs.size() || l >= static_cast<int>(snap.runs[k].layers.size())) continue;
            const LayerStats& st = statsOf(snap.runs[k].layers[static_cast<std::size_t>(l)], q);
            for (std::size_t p = 0; p < levels.size() && p < st.percentiles.size(); ++p) {
                bands[p][static_cast<std::size_t>(s)] = st.percentiles[p];
            }
        }
        std::vector<QCPGraph*> curves;
        double ylo = std::numeric_limits<double>::infinity(), yhi = -ylo;
        for (std::size_t p = 0; p < levels.size(); ++p) {
            QVector<double> vs;
            for (int s = 0; s < n; ++s) {
                const double v = bands[p][static_cast<std::size_t>(s)];
                vs << v;
                if (std::isfinite(v)) {
                    ylo = std::min(ylo, v);
                    yhi = std::max(yhi, v);
                }
            }
            QCPGraph* g = m_plot->addGraph(bx, by);
            g->setData(its, vs, true);
            g->setPen(levels[p] == 50.0 ? QPen(color.darker(120), 2.0) : QPen(faint(color, 90), 0.8));
            curves.push_back(g);
        }
        // Fill between the mirrored levels: 1–99, 5–95, 25–75, darker inwards.
        const int alphas[3] = {40, 70, 110};
        for (std::size_t p = 0; p < levels.size() / 2; ++p) {
            curves[p]->setBrush(faint(color, alphas[std::min<std::size_t>(p, 2)]));
            curves[p]->setChannelFillGraph(curves[levels.size() - 1 - p]);
        }
        if (n > 0) bx->setRange(its.front(), std::max(its.back(), its.front() + 1.0));
        if (ylo < yhi) {
            const double pad = 0.05 * (yhi - ylo);
            by->setRange(ylo - pad, yhi + pad);
        } else if (ylo == yhi) {
            by->setRange(ylo - 1.0, yhi + 1.0);
        }
    }
    m_panels.setMarker(m_marker, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

Figure HistogramTimeView::figure() {
    if (m_dirty) rebuild();
    const int runs = std::max(1, static_cast<int>(m_runs.size()));
    return Figure{{m_plot}, {}, QSize(std::max(700, 340 * runs), 760), 0, {}};
}

}  // namespace initscope::ui
