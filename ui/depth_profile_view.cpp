#include "depth_profile_view.h"
#include "engine_text.h"

#include <QVBoxLayout>
#include <array>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

#include "experiments/activations_theory.h"
#include "palette.h"

namespace initscope::ui {

namespace {
// The positive, finite values of a line (a log axis has no room for 0 or NaN: those are gaps).
void addPositive(const std::vector<double>& values, double& lo, double& hi) {
    for (double v : values) {
        if (std::isfinite(v) && v > 0.0) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
}

void setLine(QCPGraph* graph, const std::vector<double>& values) {
    QVector<double> x, y;
    for (std::size_t l = 0; l < values.size(); ++l) {
        x << double(l + 1);
        y << (std::isfinite(values[l]) && values[l] > 0.0 ? values[l] : std::numeric_limits<double>::quiet_NaN());
    }
    graph->setData(x, y, /*alreadySorted=*/true);
}
}  // namespace

DepthProfileView::DepthProfileView(QWidget* parent)
    : QWidget(parent), m_plot(new QCustomPlot), m_forward(nullptr), m_backward(nullptr) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->plotLayout()->clear();
    QFont bold = font();
    bold.setBold(true);
    m_title = new QCPTextElement(m_plot, tr("Depth profile"), bold);
    m_forward = new QCPAxisRect(m_plot);
    m_backward = new QCPAxisRect(m_plot);
    m_backwardNote = new QCPTextElement(m_plot, QString(), font());
    auto* group = new QCPMarginGroup(m_plot);
    QCPLayoutGrid* grid = m_plot->plotLayout();
    grid->addElement(0, 0, m_title);
    grid->addElement(1, 0, m_forward);
    grid->addElement(2, 0, m_backward);
    auto* legendRow = new QCPLayoutGrid;
    grid->addElement(3, 0, legendRow);
    grid->addElement(4, 0, m_backwardNote);
    grid->setRowStretchFactor(0, 0.01);
    grid->setRowStretchFactor(1, 1.0);
    grid->setRowStretchFactor(2, 1.0);
    grid->setRowStretchFactor(3, 0.01);
    grid->setRowStretchFactor(4, 0.01);
    for (QCPAxisRect* rect : {m_forward, m_backward}) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        QCPAxis* y = rect->axis(QCPAxis::atLeft);
        y->setScaleType(QCPAxis::stLogarithmic);
        auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
        ticker->setLogBase(10);
        ticker->setSubTickCount(8);
        y->setTicker(ticker);
        y->setNumberFormat("eb");  // 10⁻³ as "10^-3" drawn with a superscript
        y->setNumberPrecision(0);
        y->grid()->setSubGridVisible(true);
        auto integers = QSharedPointer<QCPAxisTickerFixed>::create();
        integers->setTickStep(1.0);
        integers->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        rect->axis(QCPAxis::atBottom)->setTicker(integers);
        rect->axis(QCPAxis::atBottom)->setLabel(tr("layer"));
    }
    m_forward->axis(QCPAxis::atLeft)->setLabel(tr("σ of activations"));
    m_backward->axis(QCPAxis::atLeft)->setLabel(tr("σ of dL/dA (backward)"));
    // A label longer than its panel is tall (a short window, or presentation sizes) would run into
    // the other panel's: it shortens to the symbols (read before each replot, at the drawn size).
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] {
        const std::pair<QCPAxisRect*, std::pair<QString, QString>> labels[] = {
            {m_forward, {tr("σ of activations"), tr("σ(A)")}}, {m_backward, {tr("σ of dL/dA (backward)"), tr("σ(dL/dA)")}}};
        for (const auto& [rect, text] : labels) {
            QCPAxis* y = rect->axis(QCPAxis::atLeft);
            const int room = rect->height() > 0 ? rect->height() + 8 : 1 << 20;
            const QString wanted = QFontMetrics(y->labelFont()).horizontalAdvance(text.first) <= room ? text.first : text.second;
            if (y->label() != wanted) y->setLabel(wanted);
        }
    });
    // The legend has a row of its own under the panels: it never covers a line.
    m_plot->legend = new QCPLegend;
    legendRow->addElement(0, 0, m_plot->legend);
    legendRow->setMargins(QMargins(0, 0, 0, 0));
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(2);
    m_plot->legend->setLayer("legend");
    m_plot->legend->setVisible(true);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    setMinimumWidth(220);
    setToolTip(tr("The standard deviation of every layer's activations (top) and of the gradient it sends back "
                  "towards the input (bottom), on a log scale: a line falling towards 0 vanishes, one rising "
                  "explodes, a flat one holds. Circles: more than half of the layer's units saturated or dead."));
}

void DepthProfileView::setTheoryShown(bool shown) {
    if (shown == m_theoryShown) return;
    m_theoryShown = shown;
    redraw();
}

void DepthProfileView::showResult(const ActivationsResult& result) {
    // Only what the profile draws is kept: the lines, the predictions (shared), the shape.
    m_profiles = depthProfiles(result);
    m_theory = result.theory;
    m_depth = result.config.depth();
    m_hasBackward = result.config.backward;
    redraw();
}

void DepthProfileView::redraw() {
    const std::vector<DepthProfile>& profiles = m_profiles;
    // Graphs are kept while the number of initializers stays; only their data changes.
    if (m_lines.size() != profiles.size()) {
        m_plot->clearGraphs();
        m_lines.clear();
        m_markerKey = nullptr;
        m_theoryKey = nullptr;
        m_bandKey = nullptr;
        for (std::size_t k = 0; k < profiles.size(); ++k) {
            Lines lines{m_plot->addGraph(m_forward->axis(QCPAxis::atBottom), m_forward->axis(QCPAxis::atLeft)),
                        m_plot->addGraph(m_forward->axis(QCPAxis::atBottom), m_forward->axis(QCPAxis::atLeft)),
                        m_plot->addGraph(m_backward->axis(QCPAxis::atBottom), m_backward->axis(QCPAxis::atLeft)),
                        m_plot->addGraph(m_backward->axis(QCPAxis::atBottom), m_backward->axis(QCPAxis::atLeft)),
                        m_plot->addGraph(m_forward->axis(QCPAxis::atBottom), m_forward->axis(QCPAxis::atLeft)),
                        m_plot->addGraph(m_backward->axis(QCPAxis::atBottom), m_backward->axis(QCPAxis::atLeft)),
                        m_plot->addGraph(m_forward->axis(QCPAxis::atBottom), m_forward->axis(QCPAxis::atLeft)),
                        m_plot->addGraph(m_forward->axis(QCPAxis::atBottom), m_forward->axis(QCPAxis::atLeft)),
                        m_plot->addGraph(m_backward->axis(QCPAxis::atBottom), m_backward->axis(QCPAxis::atLeft))};
            for (QCPGraph* g : {lines.backward, lines.markers, lines.theoryForward, lines.theoryBackward, lines.forwardLow,
                                lines.forwardHigh, lines.backwardLow, lines.backwardHigh}) {
                g->removeFromLegend();
            }
            lines.markers->setLineStyle(QCPGraph::lsNone);
            lines.forwardHigh->setChannelFillGraph(lines.forwardLow);
            lines.backwardHigh->setChannelFillGraph(lines.backwardLow);
            m_lines.push_back(lines);
        }
    }
    for (std::size_t k = 0; k < profiles.size(); ++k) {
        const DepthProfile& p = profiles[k];
        const Lines& lines = m_lines[k];
        const QColor colour = initializerColor(QString::fromStdString(p.initializer));
        // Dots on the lines when there are few layers; at depth 50 the line alone reads better.
        const QCPScatterStyle dot(m_depth <= 20 ? QCPScatterStyle::ssDisc : QCPScatterStyle::ssNone, colour, colour, 5);
        for (QCPGraph* g : {lines.forward, lines.backward}) {
            g->setPen(QPen(colour, 2.0));
            g->setScatterStyle(dot);
        }
        lines.forward->setName(initializerName(p.initializer));
        lines.markers->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 1.6), Qt::NoBrush, 13));
        setLine(lines.forward, p.forward);
        setLine(lines.backward, p.backward);
        // The band over the seeds: a light fill in the line's colour, its edges faint.
        QColor fill = colour;
        fill.setAlpha(50);
        QColor edge = colour;
        edge.setAlpha(110);
        for (QCPGraph* g : {lines.forwardLow, lines.forwardHigh, lines.backwardLow, lines.backwardHigh}) {
            g->setPen(QPen(edge, 0.8));
            g->setBrush(Qt::NoBrush);
        }
        lines.forwardHigh->setBrush(fill);
        lines.backwardHigh->setBrush(fill);
        setLine(lines.forwardLow, p.forwardLow);
        setLine(lines.forwardHigh, p.forwardHigh);
        setLine(lines.backwardLow, p.backwardLow);
        setLine(lines.backwardHigh, p.backwardHigh);
        // Theory: the same colour, dashed, no dots.
        std::vector<double> theoryForward, theoryBackward;
        if (m_theoryShown && m_theory && k < m_theory->runs.size()) {
            for (const LayerTheory& t : m_theory->runs[k].layers) {
                theoryForward.push_back(t.prediction.activationStd);
                theoryBackward.push_back(m_hasBackward ? t.prediction.gradInputStd : std::numeric_limits<double>::quiet_NaN());
            }
        }
        // Darker than the measured line and drawn over it: visible where the two agree.
        for (QCPGraph* g : {lines.theoryForward, lines.theoryBackward}) g->setPen(QPen(colour.darker(170), 1.6, Qt::DashLine));
        setLine(lines.theoryForward, theoryForward);
        setLine(lines.theoryBackward, theoryBackward);
        std::vector<double> marked(p.forward.size(), std::numeric_limits<double>::quiet_NaN());
        for (std::size_t l = 0; l < marked.size(); ++l) {
            if (p.saturatedOrDead[l]) marked[l] = p.forward[l];
        }
        setLine(lines.markers, marked);
    }
    // The dashed lines' key, while theory is shown.
    if (!m_theoryKey) {
        m_theoryKey = m_plot->addGraph(m_forward->axis(QCPAxis::atBottom), m_forward->axis(QCPAxis::atLeft));
        m_theoryKey->setPen(QPen(palette().color(QPalette::Text), 1.6, Qt::DashLine));
        m_theoryKey->setName(tr("theory (mean field)"));
    }
    if (m_theoryShown && m_theory) {
        m_theoryKey->addToLegend();
    } else {
        m_theoryKey->removeFromLegend();
    }
    // The band's key and the title's count, while the result is repeated over seeds.
    m_seeds = profiles.empty() ? 1 : profiles.front().seeds;
    if (!m_bandKey) {
        m_bandKey = m_plot->addGraph(m_forward->axis(QCPAxis::atBottom), m_forward->axis(QCPAxis::atLeft));
        QColor text = palette().color(QPalette::Text);
        text.setAlpha(60);
        m_bandKey->setPen(Qt::NoPen);
        m_bandKey->setBrush(text);
    }
    m_bandKey->setName(tr("5–95 % of %1 seeds").arg(m_seeds));
    if (m_seeds > 1) {
        m_bandKey->addToLegend();
    } else {
        m_bandKey->removeFromLegend();
    }
    m_title->setText(m_seeds > 1 ? tr("Depth profile · median of %1 seeds").arg(m_seeds) : tr("Depth profile"));
    bool anyMarked = false;
    for (const DepthProfile& p : profiles) {
        for (bool m : p.saturatedOrDead) anyMarked = anyMarked || m;
    }
    // The markers' key: a legend entry of its own, shown while any layer is marked.
    if (!m_markerKey) {
        m_markerKey = m_plot->addGraph(m_forward->axis(QCPAxis::atBottom), m_forward->axis(QCPAxis::atLeft));
        m_markerKey->setLineStyle(QCPGraph::lsNone);
        m_markerKey->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(palette().color(QPalette::Text), 1.6),
                                                     Qt::NoBrush, 11));
        m_markerKey->setName(tr("> 50% saturated or dead"));
    }
    if (anyMarked) {
        m_markerKey->addToLegend();
    } else {
        m_markerKey->removeFromLegend();
    }
    m_backwardNote->setText(m_hasBackward ? QString() : tr("The backward pass was not measured."));
    m_backwardNote->setVisible(!m_hasBackward);
    fitAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void DepthProfileView::fitAxes() {
    const std::vector<std::pair<QCPAxisRect*, bool>> panels = {{m_forward, true}, {m_backward, false}};
    for (const auto& [rect, forward] : panels) {
        double lo = std::numeric_limits<double>::infinity(), hi = 0.0;
        for (const Lines& lines : m_lines) {
            const std::array<QCPGraph*, 4> graphs =
                forward ? std::array{lines.forward, lines.theoryForward, lines.forwardLow, lines.forwardHigh}
                        : std::array{lines.backward, lines.theoryBackward, lines.backwardLow, lines.backwardHigh};
            for (QCPGraph* g : graphs) {
                for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) addPositive({it->value}, lo, hi);
            }
        }
        if (!(lo <= hi)) {
            lo = 0.1;
            hi = 10.0;
        }
        // A decade's margin at least, so a flat line does not sit on an edge.
        const double top = std::pow(10.0, std::ceil(std::log10(hi) + 0.05));
        double bottom = std::pow(10.0, std::floor(std::log10(lo) - 0.05));
        if (top / bottom < 100.0) bottom = top / 100.0;
        rect->axis(QCPAxis::atLeft)->setRange(bottom, top);
        rect->axis(QCPAxis::atBottom)->setRange(0.5, std::max(1, m_depth) + 0.5);
        // Integer ticks: every layer up to 10, then a round step.
        auto ticker = qSharedPointerCast<QCPAxisTickerFixed>(rect->axis(QCPAxis::atBottom)->ticker());
        ticker->setTickStep(m_depth <= 10 ? 1.0 : m_depth <= 25 ? 5.0 : 10.0);
    }
    m_backward->setVisible(m_hasBackward);
    for (QCPAxis* a : {m_backward->axis(QCPAxis::atBottom), m_backward->axis(QCPAxis::atLeft)}) a->setVisible(m_hasBackward);
}

std::vector<DepthProfileView::Drawn> DepthProfileView::drawn() const {
    std::vector<Drawn> out;
    auto read = [](QCPGraph* g, std::vector<double>& x, std::vector<double>& y) {
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
            x.push_back(it->key);
            y.push_back(it->value);
        }
    };
    for (const Lines& lines : m_lines) {
        Drawn d;
        d.name = lines.forward->name();
        read(lines.forward, d.forwardX, d.forwardY);
        read(lines.backward, d.backwardX, d.backwardY);
        read(lines.markers, d.markerX, d.markerY);
        std::vector<double> ignored;
        read(lines.theoryForward, ignored, d.theoryForwardY);
        read(lines.theoryBackward, ignored, d.theoryBackwardY);
        read(lines.forwardLow, ignored, d.forwardLowY);
        read(lines.forwardHigh, ignored, d.forwardHighY);
        read(lines.backwardLow, ignored, d.backwardLowY);
        read(lines.backwardHigh, ignored, d.backwardHighY);
        out.push_back(std::move(d));
    }
    return out;
}

Figure DepthProfileView::figure() const {
    Figure f;
    f.plots = {m_plot};
    f.naturalSize = QSize(520, 700);
    return f;
}

}  // namespace initscope::ui
