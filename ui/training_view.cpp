#include "training_view.h"

#include "data/dataset.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QFileInfo>
#include <QLabel>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

#include "cell_text.h"
#include "loss_plot.h"
#include "nn/initializer.h"
#include "palette.h"

namespace initscope::ui {

TrainingView::TrainingView(QWidget* parent)
    : QWidget(parent),
      m_loss(new LossPlot),
      m_grid(new HistogramGrid),
      m_snapshotLabel(new QLabel),
      m_snapshotSlider(new QSlider(Qt::Horizontal)),
      m_showActivations(new QRadioButton(tr("Activations"))),
      m_showGradients(new QRadioButton(tr("Gradients"))),
      m_smoothing(new QSpinBox) {
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName("trainingSplitter");
    layout->addWidget(splitter, 1);

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* lossBar = new QHBoxLayout;
    auto* lossTitle = new QLabel(tr("Faint: each mini-batch; bold: smoothed."));
    lossTitle->setWordWrap(true);  // wraps on a small screen instead of widening the window
    lossBar->addWidget(lossTitle, 1);
    lossBar->addStretch(1);
    lossBar->addWidget(new QLabel(tr("Smoothing window")));
    m_smoothing->setRange(1, 501);
    m_smoothing->setSingleStep(10);
    m_smoothing->setValue(11);
    m_smoothing->setToolTip(tr("Points in the Kaiser window that smooths the bold curves (the book: 11)."));
    lossBar->addWidget(m_smoothing);
    topLayout->addLayout(lossBar);
    topLayout->addWidget(m_loss, 1);
    splitter->addWidget(top);

    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* gridBar = new QHBoxLayout;
    auto* gridTitle = new QLabel(tr("<b>Per layer</b>, on a fixed probe batch:"));
    gridTitle->setWordWrap(true);
    gridBar->addWidget(gridTitle, 1);
    gridBar->addWidget(m_showActivations);
    gridBar->addWidget(m_showGradients);
    m_snapshotLabel->setWordWrap(true);
    m_showActivations->setChecked(true);
    m_showActivations->setToolTip(tr("Histograms of each hidden layer's activations A."));
    m_showGradients->setToolTip(tr("Histograms of the gradient dL/dA reaching each hidden layer: "
                                   "watch it vanish or explode."));
    auto* group = new QButtonGroup(this);
    group->addButton(m_showActivations);
    group->addButton(m_showGradients);
    auto* scrubBar = new QHBoxLayout;
    scrubBar->addWidget(m_snapshotLabel);
    scrubBar->addWidget(m_snapshotSlider, 1);
    m_snapshotSlider->setToolTip(tr("Scrub back through earlier snapshots; at the right end the grid follows training live."));
    m_snapshotSlider->setEnabled(false);
    bottomLayout->addLayout(gridBar);
    bottomLayout->addLayout(scrubBar);
    bottomLayout->addWidget(m_grid, 1);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 5);
    m_grid->setCellMinimumSize(110, 130);
    setPlaceholder(tr("Press Run (Space) to train one network per initializer on the same mini-batches."));
    updateSliderLabel();

    connect(m_smoothing, &QSpinBox::valueChanged, m_loss, &LossPlot::setSmoothing);
    connect(group, &QButtonGroup::buttonClicked, this, [this] { showSnapshot(m_snapshotSlider->value()); });
    connect(m_snapshotSlider, &QSlider::valueChanged, this, [this](int v) {
        m_followLive = v == m_snapshotSlider->maximum();
        showSnapshot(v);
    });
}

int TrainingView::smoothing() const { return m_smoothing->value(); }
void TrainingView::setSmoothing(int window) { m_smoothing->setValue(window); }

void TrainingView::setPlaceholder(const QString& text) { m_grid->setPlaceholder(text); }

void TrainingView::setGridOptions(const HistogramGridOptions& options) { m_grid->setOptions(options); }

void TrainingView::begin(const TrainingConfig& config) {
    m_config = config;
    m_snapshots.clear();
    m_losses.assign(config.initializers.size(), {});
    m_diverged.assign(config.initializers.size(), false);
    m_followLive = true;
    std::vector<LossPlot::Series> series;
    for (const auto& spec : config.initializers) {
        const auto init = makeInitializer(spec);
        series.push_back({QString::fromStdString(init->displayName()), initializerColor(QString::fromStdString(spec))});
    }
    m_loss->reset(series, config.iterations);
    m_loss->setTitle(tr("Training loss on %1").arg(datasetDisplayName(config.dataset)));
    m_loss->setSmoothing(m_smoothing->value());
    {
        const QSignalBlocker block(m_snapshotSlider);
        m_snapshotSlider->setRange(0, 0);
        m_snapshotSlider->setEnabled(false);
    }
    m_grid->setData({}, {});
    setPlaceholder(tr("Loading the dataset…"));
    updateSliderLabel();
}

void TrainingView::append(TrainingProgress&& progress) {
    for (const auto& row : progress.losses) {
        for (std::size_t k = 0; k < row.size() && k < m_losses.size(); ++k) {
            if (std::isfinite(row[k])) m_losses[k].push_back(row[k]);
        }
    }
    m_loss->appendLosses(progress.losses);
    for (TrainingSnapshot& s : progress.snapshots) {
        std::vector<std::optional<double>> accuracy;
        for (std::size_t k = 0; k < s.runs.size(); ++k) {
            accuracy.push_back(s.runs[k].testAccuracy);
            if (s.runs[k].divergedAt && !m_diverged[k]) {
                m_diverged[k] = true;
                m_loss->markDiverged(static_cast<int>(k), *s.runs[k].divergedAt);
            }
        }
        m_loss->addAccuracy(s.iteration, accuracy);
        m_snapshots.push_back(std::move(s));  // one owner from the engine on: moved, not copied
    }
    if (m_snapshots.size() > kMaxKeptSnapshots) thinSnapshots(m_snapshots);  // bounded history
    if (!progress.snapshots.empty()) {
        setPlaceholder(QString());
        const int last = static_cast<int>(m_snapshots.size()) - 1;
        {
            const QSignalBlocker block(m_snapshotSlider);
            m_snapshotSlider->setRange(0, last);
            m_snapshotSlider->setEnabled(last > 0);
            if (m_followLive) m_snapshotSlider->setValue(last);
        }
        if (m_followLive) showSnapshot(last);
        updateSliderLabel();
    }
    m_loss->replot();
}

void TrainingView::showResult(const TrainingResult& result) {
    begin(result.config);
    TrainingProgress progress;
    std::size_t rows = 0;
    for (const auto& run : result.runs) rows = std::max(rows, run.loss.size() + (run.divergedAt ? 1 : 0));
    for (std::size_t i = 0; i < rows; ++i) {
        std::vector<double> row;
        for (const auto& run : result.runs) {
            row.push_back(i < run.loss.size() ? run.loss[i] : std::numeric_limits<double>::quiet_NaN());
        }
        progress.losses.push_back(std::move(row));
    }
    progress.snapshots = result.snapshots;
    progress.iterationsDone = static_cast<int>(rows);
    append(std::move(progress));
}

QString datasetDisplayName(const std::string& dataset) {
    if (dataset == "mnist") return QStringLiteral("MNIST");
    if (dataset == "fashion-mnist" || dataset == kFashionMnistFolder) return QStringLiteral("Fashion-MNIST");
    const QString path = QString::fromStdString(dataset);
    const QString name = QFileInfo(path.endsWith('/') ? path.chopped(1) : path).fileName();
    if (name.contains("fashion", Qt::CaseInsensitive)) return QStringLiteral("Fashion-MNIST (%1)").arg(name);
    if (name.contains("mnist", Qt::CaseInsensitive)) return QStringLiteral("MNIST (%1)").arg(name);
    return name.isEmpty() ? path : name;
}

Figure TrainingView::lossFigure() const { return Figure{{m_loss->plot()}, {}, QSize(900, 560), 0, {}}; }

Figure TrainingView::figure() const {
    const QSize grid = m_grid->naturalFigureSize();
    const double lossShare = 0.8 * grid.height(), gridShare = double(grid.width());
    HistogramGrid* cells = m_grid;
    return Figure{{m_loss->plot(), m_grid->plot()},
                  {lossShare, gridShare},
                  QSize(int(lossShare) + grid.width(), std::max(600, grid.height())),
                  m_grid->minimumFigureHeight(),
                  [cells, lossShare, gridShare](QSize size) {  // the grid's ticks for its share of the width
                      cells->fitTicksFor(size.isEmpty() ? QSize() : QSize(int(size.width() * gridShare / (lossShare + gridShare)), size.height()));
                  }};
}

void TrainingView::updateSliderLabel() {
    if (m_snapshots.empty()) {
        m_snapshotLabel->setText(tr("No snapshot yet"));
        return;
    }
    const int i = m_snapshotSlider->value();
    const int it = m_snapshots[static_cast<std::size_t>(std::clamp(i, 0, snapshotCount() - 1))].iteration;
    m_snapshotLabel->setText(m_followLive ? tr("Iteration %1 (live)").arg(it) : tr("Iteration %1").arg(it));
}

void TrainingView::showSnapshot(int index) {
    updateSliderLabel();
    if (index < 0 || index >= snapshotCount()) return;
    const TrainingSnapshot& s = m_snapshots[static_cast<std::size_t>(index)];
    m_loss->setMarker(s.iteration);  // where this snapshot sits on the curves
    const bool gradients = m_showGradients->isChecked();
    std::vector<HistogramRow> rows;
    for (std::size_t k = 0; k < s.runs.size(); ++k) {
        const RunSnapshot& run = s.runs[k];
        HistogramRow row;
        const QString spec = QString::fromStdString(run.initializer);
        const auto init = makeInitializer(run.initializer);
        row.color = initializerColor(spec);
        row.label = QString::fromStdString(init->displayName());
        if (run.testAccuracy) row.label += "\n" + tr("acc %1%").arg(100.0 * *run.testAccuracy, 0, 'f', 1);
        if (run.divergedAt) {
            row.label += "\n" + tr("diverged at %1").arg(*run.divergedAt);
            row.warning = true;
        }
        // How each dense layer started (the first snapshot has it: LSUV's passes and gains, each
        // layer's σ from its own fans).
        const std::vector<std::string>& described = m_snapshots.front().runs.size() > k
                                                        ? m_snapshots.front().runs[k].layerDescriptions
                                                        : std::vector<std::string>{};
        QStringList lines;
        for (std::size_t d = 0; d < described.size(); ++d) {
            lines << tr("dense %1: %2").arg(d + 1).arg(QString::fromStdString(described[d]).toHtmlEscaped());
        }
        row.tooltip = lines.isEmpty() ? QString::fromStdString(init->describe(784, m_config.hidden.empty() ? 100 : m_config.hidden[0]))
                                      : lines.join(QStringLiteral("<br>"));
        for (std::size_t l = 0; l < run.layers.size(); ++l) {
            const LayerSnapshot& layer = run.layers[l];
            HistogramCell cell;
            const LayerStats& stats = gradients ? layer.gradientStats : layer.activationStats;
            cell.histogram = gradients ? layer.gradientHistogram : layer.activationHistogram;
            cell.summary = gradients ? tr("σ %1").arg(compact(stats.std)) : summaryLine(stats);
            if (gradients && stats.nonfinite > 0) cell.summary = summaryLine(stats);
            // A gradient cell's range is chosen to show the bulk (the rare tails are counted in its
            // tooltip), so only activation cells carry the out-of-range note and the dead units.
            if (!gradients) decorateCell(cell, stats);
            cell.warning = hasWarning(stats);
            cell.tooltip = statsTooltip(tr("%1 — layer %2, %3, iteration %4")
                                            .arg(row.label.section('\n', 0, 0))
                                            .arg(l + 1)
                                            .arg(gradients ? tr("gradient dL/dA") : tr("activations"))
                                            .arg(s.iteration),
                                        stats, cell.histogram);
            row.cells.push_back(std::move(cell));
        }
        rows.push_back(std::move(row));
    }
    QStringList titles;
    const int layers = rows.empty() ? 0 : static_cast<int>(rows.front().cells.size());
    for (int l = 1; l <= layers; ++l) titles << tr("Layer %1").arg(l);
    m_grid->setData(std::move(rows), titles);
}

}  // namespace initscope::ui
