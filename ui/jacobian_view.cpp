#include "jacobian_view.h"
#include "engine_text.h"
#include "error_text.h"

#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

#include "experiments/jacobian.h"
#include "palette.h"

namespace initscope::ui {

JacobianView::JacobianView(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    QFont bold = font();
    bold.setBold(true);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, tr("Input–output Jacobian: singular values"), bold);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_note = new QCPTextElement(m_plot, QString(), font());
    m_plot->plotLayout()->addElement(2, 0, m_note);
    m_plot->xAxis->setLabel(tr("singular value σᵢ of ∂A_L/∂A_0 (log scale)"));
    m_plot->yAxis->setLabel(tr("how many"));
    m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_plot->xAxis->setNumberFormat("eb");
    m_plot->xAxis->setNumberPrecision(0);
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 210));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    setMinimumWidth(260);
    setToolTip(tr("For the first input sample: how the network stretches or squeezes each direction on the way "
                  "from input to output. Near 1 everywhere (orthogonal weights at the edge of chaos): every "
                  "direction's gradient passes alike. Spread over decades: some directions vanish, others explode."));
}

void JacobianView::showResult(const ActivationsResult& result) {
    for (QCPGraph* g : m_graphs) m_plot->removeGraph(g);
    m_graphs.clear();
    if (!result.jacobian) {
        const auto why = jacobianUnavailable(result.config);
        m_note->setText(why ? tr("No Jacobian here: %1.").arg(problemText(why->problem, why->message)) : QString());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    m_note->setText(tr("One input; the line at σ = 1 is a network that neither stretches nor squeezes."));
    // One set of log-spaced bins for every initializer, over all their finite, positive values.
    double lo = std::numeric_limits<double>::infinity(), hi = 0.0;
    for (const JacobianSpectrum& s : *result.jacobian) {
        for (double v : s.singularValues) {
            if (std::isfinite(v) && v > 0.0) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    if (!(lo <= hi)) lo = hi = 1.0;
    double a = std::log10(std::min(lo, 1.0)) - 0.1, b = std::log10(std::max(hi, 1.0)) + 0.1;
    if (b - a < 1.0) {
        const double mid = 0.5 * (a + b);
        a = mid - 0.5;
        b = mid + 0.5;
    }
    const double width = (b - a) / kBins;
    double top = 1.0;
    for (std::size_t k = 0; k < result.jacobian->size(); ++k) {
        const JacobianSpectrum& s = (*result.jacobian)[k];
        std::vector<double> counts(kBins, 0.0);
        for (double v : s.singularValues) {
            // A singular value of exactly 0 (a direction lost in double precision) counts in the
            // lowest bin: every one of them is counted, none dropped.
            const int bin = std::isfinite(v) && v > 0.0 ? std::clamp(int((std::log10(v) - a) / width), 0, kBins - 1)
                            : std::isfinite(v)           ? 0
                                                         : kBins - 1;
            counts[static_cast<std::size_t>(bin)] += 1.0;
        }
        QVector<double> x, y;
        for (int i = 0; i < kBins; ++i) {
            x << std::pow(10.0, a + (i + 0.5) * width);
            y << counts[static_cast<std::size_t>(i)];
            top = std::max(top, counts[static_cast<std::size_t>(i)]);
        }
        QCPGraph* g = m_plot->addGraph();
        const QColor colour = initializerColor(QString::fromStdString(s.initializer));
        g->setPen(QPen(colour, 2.0));
        g->setBrush(faint(colour, 50));
        g->setLineStyle(QCPGraph::lsStepCenter);
        g->setName(initializerName(s.initializer));
        g->setData(x, y, true);
        m_graphs.push_back(g);
    }
    // σ = 1: isometry.
    QCPGraph* one = m_plot->addGraph();
    one->setPen(QPen(palette().color(QPalette::Text), 1.2, Qt::DashLine));
    one->setData(QVector<double>{1.0, 1.0}, QVector<double>{0.0, top * 1.15}, true);
    one->setName(tr("σ = 1"));
    m_graphs.push_back(one);
    m_plot->xAxis->setRange(std::pow(10.0, a), std::pow(10.0, b));
    m_plot->yAxis->setRange(0.0, top * 1.15);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

std::vector<std::pair<std::vector<double>, std::vector<double>>> JacobianView::drawn() const {
    std::vector<std::pair<std::vector<double>, std::vector<double>>> out;
    for (std::size_t k = 0; k + 1 < m_graphs.size(); ++k) {
        std::pair<std::vector<double>, std::vector<double>> d;
        for (auto it = m_graphs[k]->data()->constBegin(); it != m_graphs[k]->data()->constEnd(); ++it) {
            d.first.push_back(it->key);
            d.second.push_back(it->value);
        }
        out.push_back(std::move(d));
    }
    return out;
}

Figure JacobianView::figure() const {
    Figure f;
    f.plots = {m_plot};
    f.naturalSize = QSize(640, 480);
    return f;
}

}  // namespace initscope::ui
