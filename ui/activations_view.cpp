#include "activations_view.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "cell_text.h"
#include "nn/activation.h"
#include "palette.h"

namespace initscope::ui {

ActivationsView::ActivationsView(QWidget* parent) : QWidget(parent), m_caption(new QLabel), m_grid(new HistogramGrid) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_grid, 1);
    m_caption->setWordWrap(true);
    m_grid->setPlaceholder(tr("Computing…"));
}

Figure ActivationsView::figure() const {
    HistogramGrid* grid = m_grid;
    Figure f{{grid->plot()}, {}, grid->naturalFigureSize(), grid->minimumFigureHeight(), [grid](QSize size) { grid->fitTicksFor(size); }};
    return f;
}

void ActivationsView::setGridOptions(const HistogramGridOptions& options) { m_grid->setOptions(options); }

void ActivationsView::showResult(const ActivationsResult& result, double milliseconds) {
    m_result = result;
    const ActivationsConfig& c = result.config;
    const Activation& act = activationByName(c.activation);
    const QString actName = QString::fromUtf8(act.displayName().data(), int(act.displayName().size()));
    QStringList widths;
    for (int w : c.hidden) widths << QLocale().toString(w);
    const QString shape = c.isUniform() ? tr("%1 layers × %2 units").arg(c.depth()).arg(c.inputWidth())
                                        : tr("layers of %1 units").arg(widths.join(QStringLiteral(", ")));
    const QString what = c.batchNorm ? tr("<b>%1</b> activations after batch norm").arg(actName)
                                     : tr("<b>%1</b> activations").arg(actName);
    m_caption->setText(tr("%1 of %2 for %3 N(0, 1) input samples — each histogram counts all samples × width "
                          "values of its layer. Computed in %4 ms.")
                           .arg(what, shape)
                           .arg(c.samples)
                           .arg(milliseconds, 0, 'f', 1));
    std::vector<HistogramRow> rows;
    for (const InitializerRun& run : result.runs) {
        HistogramRow row;
        const QString spec = QString::fromStdString(run.initializer);
        row.color = initializerColor(spec);
        const LayerResult* first = run.layers.empty() ? nullptr : &run.layers.front();
        row.label = QString::fromStdString(run.displayName) +
                    (first ? "\n" + tr("σ = %1").arg(compact(first->sigma)) : QString());
        row.tooltip = first ? QString::fromStdString(first->description) : QString();
        for (const LayerResult& layer : run.layers) {
            HistogramCell cell;
            cell.histogram = layer.histogram;
            cell.summary = summaryLine(layer.stats);
            decorateCell(cell, layer.stats);
            cell.warning = hasWarning(layer.stats);
            cell.tooltip = statsTooltip(tr("%1 — layer %2 (%3 → %4)")
                                            .arg(QString::fromStdString(run.displayName))
                                            .arg(layer.layer)
                                            .arg(layer.fanIn)
                                            .arg(layer.width),
                                        layer.stats, layer.histogram) +
                           QStringLiteral("<br>") + QString::fromStdString(layer.description).toHtmlEscaped();
            row.warning = row.warning || cell.warning;
            row.cells.push_back(std::move(cell));
        }
        rows.push_back(std::move(row));
    }
    QStringList titles;
    for (int l = 1; l <= c.depth(); ++l) {
        titles << (c.isUniform() ? tr("Layer %1").arg(l)
                                 : tr("Layer %1 (%2)").arg(l).arg(c.hidden[static_cast<std::size_t>(l) - 1]));
    }
    m_grid->setPlaceholder(rows.empty() ? tr("Tick at least one initializer.") : QString());
    m_grid->setData(std::move(rows), titles);
}

}  // namespace initscope::ui
