#include "phase_diagram_view.h"
#include "engine_text.h"

#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

#include "cell_text.h"
#include "nn/activation.h"
#include "palette.h"

namespace initscope::ui {

namespace {
constexpr double kChiRange = 2.0;  // log₁₀ χ₁ from −2 to 2: a hundredfold shrinking or growth per layer

QString powerOfTen(int k) {
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString s = QStringLiteral("10");
    if (k < 0) s += QStringLiteral("⁻");
    for (QChar c : QString::number(std::abs(k))) s += digits[c.digitValue()];
    return s;
}
}  // namespace

PhaseDiagramView::PhaseDiagramView(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->plotLayout()->insertRow(0);
    QFont bold = font();
    bold.setBold(true);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, tr("Order and chaos"), bold));
    QCPAxis* x = m_plot->xAxis;
    QCPAxis* y = m_plot->yAxis;
    x->setLabel(tr("σ_w² = n_in·Var(W)  (log scale)"));
    y->setLabel(tr("σ_b² (bias variance)"));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int k = -3; k <= 3; ++k) ticker->addTick(k, powerOfTen(k));
    x->setTicker(ticker);
    x->setRange(std::log10(kPhaseWeightMin), std::log10(kPhaseWeightMax));
    y->setRange(-0.04 * kPhaseBiasMax, kPhaseBiasMax);  // room for the points at σ_b² = 0
    m_map = new QCPColorMap(x, y);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0x21, 0x66, 0xAC));   // ordered: vanishing (blue)
    gradient.setColorStopAt(0.5, QColor(0xF7, 0xF7, 0xF7));   // χ₁ = 1
    gradient.setColorStopAt(1.0, QColor(0xB2, 0x18, 0x2B));   // chaotic: exploding (red)
    m_map->setGradient(gradient);
    m_map->setDataRange(QCPRange(-kChiRange, kChiRange));
    m_map->setInterpolate(true);
    auto* scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(1, 1, scale);
    scale->setGradient(gradient);
    scale->setDataRange(QCPRange(-kChiRange, kChiRange));
    scale->axis()->setLabel(tr("log₁₀ χ₁"));
    m_map->setColorScale(scale);
    auto* group = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_critical = new QCPCurve(x, y);
    m_critical->setPen(QPen(QColor(0x10, 0x10, 0x10), 2.0));
    m_critical->setName(tr("critical line χ₁ = 1"));
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    setMinimumWidth(260);
    setToolTip(tr("Where each initializer sits between order (blue: gradients shrink layer by layer) and chaos "
                  "(red: they grow). The black line is χ₁ = 1, the edge of chaos. Click to try a custom "
                  "initializer there."));
}

void PhaseDiagramView::showResult(const ActivationsResult& result) {
    const ActivationsTheory* theory = result.theory.get();
    if (!theory || !theory->phase) return;
    m_diagram = theory->phase;
    const PhaseDiagram& d = *m_diagram;
    if (m_drawn != &d) {  // the colour map only when the activation's diagram changes
        m_drawn = &d;
        m_map->data()->setSize(d.columns, d.rows);
        m_map->data()->setRange(QCPRange(std::log10(d.weightAt(0)), std::log10(d.weightAt(d.columns - 1))),
                                QCPRange(d.biasAt(0), d.biasAt(d.rows - 1)));
        for (int j = 0; j < d.rows; ++j) {
            for (int i = 0; i < d.columns; ++i) {
                const double chi = d.chiAt(i, j);
                m_map->data()->setCell(i, j, chi > 0.0 ? std::clamp(std::log10(chi), -kChiRange, kChiRange) : -kChiRange);
            }
        }
        QVector<double> t, keys, values;
        for (int j = 0; j < d.rows; ++j) {
            const double w = d.criticalWeight[static_cast<std::size_t>(j)];
            if (!std::isfinite(w)) continue;
            t << j;
            keys << std::log10(w);
            values << d.biasAt(j);
        }
        m_critical->setData(t, keys, values);
    }
    const Activation& act = activationByName(result.config.activation);
    m_activation = activationName(act.name());
    static_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0))->setText(tr("Order and chaos: %1").arg(m_activation));
    // The initializers, each a point in its colour with its name.
    while (m_points.size() > theory->points.size()) {
        m_plot->removeGraph(m_points.back());
        m_points.pop_back();
        m_plot->removeItem(m_labels.back());
        m_labels.pop_back();
    }
    while (m_points.size() < theory->points.size()) {
        m_points.push_back(m_plot->addGraph());
        m_points.back()->setLineStyle(QCPGraph::lsNone);
        auto* label = new QCPItemText(m_plot);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setPadding(QMargins(3, 1, 3, 1));
        label->setClipToAxisRect(true);
        label->setBrush(QColor(255, 255, 255, 215));  // readable on either colour
        m_labels.push_back(label);
    }
    for (std::size_t k = 0; k < theory->points.size(); ++k) {
        const auto [w, b] = theory->points[k];
        const QColor colour = initializerColor(QString::fromStdString(result.runs[k].initializer));
        m_points[k]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 1.2), QBrush(colour), 11));
        const double key = std::log10(std::clamp(w, kPhaseWeightMin, kPhaseWeightMax));
        m_points[k]->setData(QVector<double>{key}, QVector<double>{std::clamp(b, 0.0, kPhaseBiasMax)}, true);
        // Labels alternate in height: Xavier and He sit close together on the log axis.
        m_labels[k]->position->setCoords(key, std::clamp(b, 0.0, kPhaseBiasMax) + (k % 2 ? 0.07 : 0.015) * kPhaseBiasMax);
        m_labels[k]->setText(initializerName(result.runs[k].initializer));
        m_labels[k]->setColor(colour.darker(130));
        QFont f = font();
        f.setBold(true);
        m_labels[k]->setFont(f);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

std::vector<std::pair<double, double>> PhaseDiagramView::criticalLine() const {
    std::vector<std::pair<double, double>> out;
    for (auto it = m_critical->data()->constBegin(); it != m_critical->data()->constEnd(); ++it) {
        out.emplace_back(std::pow(10.0, it->key), it->value);
    }
    return out;
}

std::vector<std::pair<double, double>> PhaseDiagramView::points() const {
    std::vector<std::pair<double, double>> out;
    for (QCPGraph* g : m_points) {
        if (!g->data()->isEmpty()) out.emplace_back(std::pow(10.0, g->data()->constBegin()->key), g->data()->constBegin()->value);
    }
    return out;
}

std::pair<double, double> PhaseDiagramView::pointAt(QPoint position) const {
    return {std::pow(10.0, m_plot->xAxis->pixelToCoord(position.x())), m_plot->yAxis->pixelToCoord(position.y())};
}

QPoint PhaseDiagramView::positionOf(double sigmaW2, double sigmaB2) const {
    return QPoint(int(std::lround(m_plot->xAxis->coordToPixel(std::log10(sigmaW2)))),
                  int(std::lround(m_plot->yAxis->coordToPixel(sigmaB2))));
}

QString PhaseDiagramView::describe(double w, double b) const {
    if (!m_diagram) return QString();
    const PhaseDiagram& d = *m_diagram;
    // The nearest computed point.
    const double u = std::log(w / d.weightAt(0)) / std::log(d.weightAt(d.columns - 1) / d.weightAt(0));
    const int i = std::clamp(int(std::lround(u * (d.columns - 1))), 0, d.columns - 1);
    const int j = std::clamp(int(std::lround(b / std::max(1e-300, d.biasMax) * (d.rows - 1))), 0, d.rows - 1);
    const double chi = d.chiAt(i, j), q = d.q[static_cast<std::size_t>(j) * d.columns + i];
    QString text = tr("σ_w² = %1, σ_b² = %2").arg(compact(d.weightAt(i)), compact(d.biasAt(j))) + "<br>" +
                   tr("q* = %1, χ₁ = %2").arg(std::isfinite(q) ? compact(q) : tr("∞"), compact(chi)) + "<br>";
    if (std::abs(std::log(chi)) < 1e-3) {
        text += tr("critical: gradients keep their size");
    } else {
        const double depth = 1.0 / std::abs(std::log(chi));  // ×e (or ÷e) every 1/|ln χ₁| layers
        text += (chi < 1.0 ? tr("ordered: gradients shrink ×%1 per layer (÷e every %2 layers)")
                           : tr("chaotic: gradients grow ×%1 per layer (×e every %2 layers)"))
                    .arg(compact(chi), compact(depth));
    }
    return text + "<br>" + tr("Click: a custom initializer here");
}

bool PhaseDiagramView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plot && m_diagram) {
        if (event->type() == QEvent::MouseMove) {
            auto* e = static_cast<QMouseEvent*>(event);
            if (m_plot->axisRect()->rect().contains(e->position().toPoint())) {
                const auto [w, b] = pointAt(e->position().toPoint());
                QToolTip::showText(e->globalPosition().toPoint(), describe(w, b), m_plot);
            }
        } else if (event->type() == QEvent::MouseButtonRelease) {
            auto* e = static_cast<QMouseEvent*>(event);
            if (e->button() == Qt::LeftButton && m_plot->axisRect()->rect().contains(e->position().toPoint())) {
                const auto [w, b] = pointAt(e->position().toPoint());
                emit pointChosen(std::clamp(w, kPhaseWeightMin, kPhaseWeightMax), std::clamp(b, 0.0, kPhaseBiasMax));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

Figure PhaseDiagramView::figure() const {
    Figure f;
    f.plots = {m_plot};
    f.naturalSize = QSize(640, 520);
    return f;
}

}  // namespace initscope::ui
