#include "activations_view.h"
#include "engine_text.h"
#include "nn/initializer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include "cell_text.h"
#include "depth_profile_view.h"
#include "phase_diagram_view.h"
#include "jacobian_view.h"

#include <QTabWidget>
#include "experiments/activations_theory.h"
#include "nn/activation.h"
#include "palette.h"

namespace initscope::ui {

ActivationsView::ActivationsView(QWidget* parent)
    : QWidget(parent),
      m_caption(new QLabel),
      m_chooser(new QComboBox),
      m_splitter(new QSplitter(Qt::Horizontal)),
      m_grid(new HistogramGrid),
      m_profile(new DepthProfileView),
      m_phase(new PhaseDiagramView),
      m_jacobian(new JacobianView),
      m_side(new QTabWidget),
      m_profileToggle(new QToolButton) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* show = new QLabel(tr("&Show:"));
    show->setBuddy(m_chooser);
    m_chooser->addItem(tr("Activations"), int(Quantity::Activations));
    m_chooser->addItem(tr("Pre-activations"), int(Quantity::PreActivations));
    m_chooser->addItem(tr("Gradients (dL/dA)"), int(Quantity::GradInput));
    m_chooser->addItem(tr("Weight gradients (dL/dW)"), int(Quantity::GradWeight));
    m_chooser->setToolTip(tr("What the histograms count: each layer's activations A = f(Z), its pre-activations Z, "
                             "the gradient it sends back towards the input (dL/dA of the layer below) or its "
                             "weight gradient dL/dW, for a random N(0, 1) gradient arriving at the last layer."));
    top->addWidget(show);
    top->addWidget(m_chooser);
    top->addWidget(m_caption, 1);
    m_profileToggle->setText(tr("Side &panel"));
    m_profileToggle->setCheckable(true);
    m_profileToggle->setChecked(true);
    m_profileToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_profileToggle->setToolTip(tr("Show or hide the depth profile and the phase diagram beside the histograms."));
    top->addWidget(m_profileToggle);
    connect(m_profileToggle, &QToolButton::clicked, this, [this](bool checked) {
        m_profileChosen = true;
        setProfileShown(checked);
    });
    layout->addLayout(top);
    m_splitter->addWidget(m_grid);
    m_side->addTab(m_profile, tr("Depth profile"));
    m_side->addTab(m_phase, tr("Phase diagram"));
    m_side->setTabToolTip(1, tr("Mean-field theory's order/chaos map for this activation, with each initializer on it"));
    m_side->addTab(m_jacobian, tr("Jacobian"));
    m_side->setTabToolTip(2, tr("Dynamical isometry: the input–output Jacobian's singular values at one input"));
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(true);
    layout->addWidget(m_splitter, 1);
    m_caption->setWordWrap(true);
    m_grid->setPlaceholder(tr("Computing…"));
    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto q = static_cast<Quantity>(m_chooser->itemData(index).toInt());
        if (q == m_quantity) return;
        m_quantity = q;
        showGrid();  // from the result at hand: nothing is computed again
        emit quantityChanged(q);
    });
}

void ActivationsView::setProfileShown(bool shown) {
    m_profileShown = shown;
    m_profileToggle->setChecked(shown);
    m_side->setVisible(shown && m_result.config.backward);
}

void ActivationsView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // A small screen keeps every histogram in view; the toggle brings the profile back.
    const bool wide = event->size().width() >= kWidthForProfile;
    if (!m_profileChosen && wide != m_profileShown) setProfileShown(wide);
}

Figure ActivationsView::figure() const {
    HistogramGrid* grid = m_grid;
    if (!m_result.config.backward || !m_profileShown) {
        return Figure{{grid->plot()}, {}, grid->naturalFigureSize(), grid->minimumFigureHeight(),
                      [grid](QSize size) { grid->fitTicksFor(size); }};
    }
    const QSize natural = grid->naturalFigureSize();
    const double gridShare = natural.width(), profileShare = std::max(380.0, 0.3 * natural.width());
    return Figure{{grid->plot(), m_profile->plot()},
                  {gridShare, profileShare},
                  QSize(int(gridShare + profileShare), std::max(560, natural.height())),
                  grid->minimumFigureHeight(),
                  [grid, gridShare, profileShare](QSize size) {  // the grid's ticks for its share of the width
                      grid->fitTicksFor(size.isEmpty() ? QSize()
                                                       : QSize(int(size.width() * gridShare / (gridShare + profileShare)),
                                                               size.height()));
                  }};
}

void ActivationsView::setGridOptions(const HistogramGridOptions& options) {
    m_grid->setOptions(options);
    m_profile->setTheoryShown(options.theory);
}

void ActivationsView::setQuantity(Quantity quantity) {
    const int index = m_chooser->findData(int(quantity));
    if (index >= 0) m_chooser->setCurrentIndex(index);
}

void ActivationsView::showResult(const ActivationsResult& result, double milliseconds) {
    m_result = result;
    m_milliseconds = milliseconds;
    // The book's figures (no backward pass) are the grid alone.
    m_side->setVisible(m_profileShown && result.config.backward);
    m_chooser->setEnabled(result.config.backward);
    m_profileToggle->setEnabled(result.config.backward);
    m_profile->showResult(m_result);
    m_phase->showResult(m_result);
    m_jacobian->showResult(m_result);
    showGrid();
}

void ActivationsView::showGrid() {
    const ActivationsConfig& c = m_result.config;
    const Quantity q = c.backward ? m_quantity : Quantity::Activations;
    const Activation& act = activationByName(c.activation);
    const QString actName = activationName(act.name());
    QStringList widths;
    for (int w : c.hidden) widths << QLocale().toString(w);
    const QString shape = c.isUniform() ? tr("%1 layers × %2 units").arg(c.depth()).arg(c.inputWidth())
                                        : tr("layers of %1 units").arg(widths.join(QStringLiteral(", ")));
    QString what;
    switch (q) {
        case Quantity::Activations:
            what = c.batchNorm ? tr("<b>%1</b> activations after batch norm").arg(actName)
                               : tr("<b>%1</b> activations").arg(actName);
            break;
        case Quantity::PreActivations:
            what = c.batchNorm ? tr("Pre-activations Z (after batch norm, the input of <b>%1</b>)").arg(actName)
                               : tr("Pre-activations Z (the input of <b>%1</b>)").arg(actName);
            break;
        case Quantity::GradInput:
            what = tr("Gradients dL/dA each layer sends back (<b>%1</b>; N(0, 1) at the last layer)").arg(actName);
            break;
        case Quantity::GradWeight:
            what = tr("Weight gradients dL/dW (<b>%1</b>; N(0, 1) at the last layer)").arg(actName);
            break;
    }
    QString caption = tr("%1 of %2 for %3 N(0, 1) input samples.").arg(what, shape).arg(c.samples);
    if (c.repeats > 1) {
        caption += " " + tr("Histograms: seed %1; summaries: medians over %2 seeds.").arg(c.seed).arg(c.repeats);
    }
    m_caption->setText(caption + " " + tr("Computed in %1 ms.").arg(m_milliseconds, 0, 'f', 1));
    const ActivationsTheory* theory = m_result.theory.get();
    std::vector<HistogramRow> rows;
    for (std::size_t r = 0; r < m_result.runs.size(); ++r) {
        const InitializerRun& run = m_result.runs[r];
        HistogramRow row;
        const QString spec = QString::fromStdString(run.initializer);
        row.color = initializerColor(spec);
        std::unique_ptr<Initializer> initializer;
        try {
            initializer = makeInitializer(run.initializer);
        } catch (const std::exception&) {
        }
        const LayerResult* first = run.layers.empty() ? nullptr : &run.layers.front();
        row.label = initializerName(run.initializer) +
                    (first ? "\n" + tr("σ = %1").arg(compact(first->sigma)) : QString());
        row.tooltip = first ? QString::fromStdString(first->description) : QString();
        for (std::size_t l = 0; l < run.layers.size(); ++l) {
            const LayerResult& layer = run.layers[l];
            const LayerStats& stats = *layer.statsOf(q);
            const Histogram& histogram = *layer.histogramOf(q);
            HistogramCell cell;
            cell.histogram = histogram;
            const StatsSpread* spread = layer.spread ? layer.spread->of(q) : nullptr;
            cell.summary = spread ? spreadSummaryLine(*spread, stats) : summaryLine(stats);
            decorateCell(cell, stats);
            cell.warning = hasWarning(stats);
            QString heading = tr("%1 — layer %2 (%3 → %4)")
                                  .arg(initializerName(run.initializer))
                                  .arg(layer.layer)
                                  .arg(layer.fanIn)
                                  .arg(layer.width);
            if (q == Quantity::GradInput) heading += "<br>" + tr("dL/dA of layer %1's input").arg(layer.layer);
            if (q == Quantity::GradWeight) {
                heading += "<br>" + tr("std(dL/dW) / std(W) = %1").arg(compact(layer.gradWeightRatio));
            }
            QString predicted;
            if (theory && r < theory->runs.size() && l < theory->runs[r].layers.size()) {
                const LayerTheory& t = theory->runs[r].layers[l];
                const auto k = static_cast<std::size_t>(q);
                const PredictedHistogram& p = t.histograms[k];
                const double total = double(stats.count);
                for (double m : p.mass) cell.predicted.push_back(m * total);
                cell.predictedMean = t.mean[k];
                cell.predictedStd = t.std[k];
                predicted = "<br>" + tr("Theory: μ %1 · σ %2").arg(compact(t.mean[k]), compact(t.std[k]));
                if (p.pointMass > 0.0) predicted += " · " + tr("dead %1%").arg(100.0 * p.pointMass, 0, 'f', 0);
                if (q == Quantity::Activations || q == Quantity::PreActivations) {
                    predicted += "<br>" + tr("q = %1, χ = %2").arg(compact(t.prediction.q), compact(t.prediction.chi));
                }
            }
            if (spread) predicted += spreadTooltip(*spread, layer.spread->seeds);
            // What the cell shows, explained: the initializer's rule with this layer's numbers, the
            // activation, what its words mean, then the measurement.
            QString explained;
            if (initializer && !initializer->needsData()) {
                explained = "<br>" + initializerFormulaWithNumbers(*initializer, layer.fanIn, layer.width).toHtmlEscaped();
            } else {
                explained = "<br>" + QString::fromStdString(layer.description).toHtmlEscaped();  // LSUV: its passes and gain
            }
            explained += "<br>" + tr("Activation: %1, %2").arg(actName, QString::fromUtf8(act.formula().data(), int(act.formula().size())).toHtmlEscaped());
            const QString glossary = statisticsGlossary(c.activation);
            cell.tooltip = statsTooltip(heading + explained, stats, histogram) + predicted +
                           (glossary.isEmpty() ? QString() : QStringLiteral("<br>") + glossary);
            row.warning = row.warning || cell.warning;
            row.cells.push_back(std::move(cell));
        }
        rows.push_back(std::move(row));
    }
    // Titles say what is counted, so that an exported figure does too.
    QStringList titles;
    for (int l = 1; l <= c.depth(); ++l) {
        const QString layer = c.isUniform() ? tr("Layer %1").arg(l)
                                            : tr("Layer %1 (%2)").arg(l).arg(c.hidden[static_cast<std::size_t>(l) - 1]);
        switch (q) {
            case Quantity::Activations:
                titles << layer;
                break;
            case Quantity::PreActivations:
                titles << tr("Z · %1").arg(layer);
                break;
            case Quantity::GradInput:
                titles << tr("dL/dA · %1").arg(layer);
                break;
            case Quantity::GradWeight:
                titles << tr("dL/dW · %1").arg(layer);
                break;
        }
    }
    m_grid->setPlaceholder(rows.empty() ? tr("Tick at least one initializer.") : QString());
    m_grid->setData(std::move(rows), titles);
}

}  // namespace initscope::ui
