#include "training_view.h"
#include "engine_text.h"

#include "data/dataset.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QFileInfo>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

#include "cell_text.h"
#include "histogram_time_view.h"
#include "layer_heat_map.h"
#include "update_ratio_plot.h"
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
      m_gridQuantity(new QComboBox),
      m_smoothing(new QSpinBox),
      m_views(new QTabWidget),
      m_ratio(new UpdateRatioPlot),
      m_heat(new LayerHeatMap),
      m_overTime(new HistogramTimeView) {
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
    m_snapshotLabel->setWordWrap(true);
    auto* scrubBar = new QHBoxLayout;
    scrubBar->addWidget(m_snapshotLabel);
    scrubBar->addWidget(m_snapshotSlider, 1);
    m_snapshotSlider->setObjectName("snapshotSlider");
    m_snapshotSlider->setToolTip(tr("Scrub back through earlier snapshots: every view follows (the grid, the marks on the "
                                    "curves, the heat maps' and the histograms' highlighted iteration). At the right end "
                                    "they follow training live."));
    m_snapshotSlider->setEnabled(false);
    bottomLayout->addLayout(scrubBar);

    auto* gridPage = new QWidget;
    auto* gridLayout = new QVBoxLayout(gridPage);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    auto* gridBar = new QHBoxLayout;
    auto* gridTitle = new QLabel(tr("<b>Per layer</b>, on a fixed probe batch:"));
    gridTitle->setWordWrap(true);
    gridBar->addWidget(gridTitle, 1);
    // As narrow as a 1024-wide window needs: long entries are elided, not widening the window.
    m_gridQuantity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_gridQuantity->setMinimumContentsLength(14);
    m_gridQuantity->setObjectName("trainingQuantity");
    m_gridQuantity->addItem(tr("Activations"), int(HistogramTimeView::Quantity::Activations));
    m_gridQuantity->addItem(tr("Gradients dL/dA"), int(HistogramTimeView::Quantity::Gradients));
    m_gridQuantity->addItem(tr("Weights W"), int(HistogramTimeView::Quantity::Weights));
    m_gridQuantity->addItem(tr("Weight gradients dL/dW"), int(HistogramTimeView::Quantity::WeightGradients));
    m_gridQuantity->setToolTip(tr("What the grid's histograms show: each hidden layer's activations A; the gradient dL/dA "
                                  "reaching it (watch it vanish or explode); its weights W; or their gradient dL/dW on "
                                  "the probe batch."));
    gridBar->addWidget(m_gridQuantity);
    gridLayout->addLayout(gridBar);
    gridLayout->addWidget(m_grid, 1);
    m_views->setObjectName("trainingViews");
    m_views->addTab(gridPage, tr("Per layer"));
    m_views->addTab(m_ratio, tr("Update ratio"));
    m_views->addTab(m_heat, tr("Layer × time"));
    m_views->addTab(m_overTime, tr("Over time"));
    m_views->setTabToolTip(1, tr("How big each step is against the weights, per layer: log₁₀ std(ΔW)/std(W). Around −3 "
                                 "(Karpathy's rule of thumb) a layer learns at a healthy pace; far below, it hardly moves."));
    m_views->setTabToolTip(2, tr("One statistic of every layer at every snapshot: when and where units die, saturate or "
                                 "gradients fade."));
    m_views->setTabToolTip(3, tr("One layer's histograms stacked over the snapshots, and its percentiles over time."));
    bottomLayout->addWidget(m_views, 1);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 5);
    m_grid->setCellMinimumSize(110, 130);
    setPlaceholder(tr("Press Run (Space) to train one network per initializer on the same mini-batches."));
    updateSliderLabel();

    connect(m_smoothing, &QSpinBox::valueChanged, m_loss, &LossPlot::setSmoothing);
    connect(m_gridQuantity, &QComboBox::currentIndexChanged, this, [this] { showSnapshot(m_snapshotSlider->value()); });
    connect(m_snapshotSlider, &QSlider::valueChanged, this, [this](int v) {
        m_followLive = v == m_snapshotSlider->maximum();
        showSnapshot(v);
    });
}

int TrainingView::gridQuantity() const { return m_gridQuantity->currentData().toInt(); }
void TrainingView::setGridQuantity(int quantity) { m_gridQuantity->setCurrentIndex(m_gridQuantity->findData(quantity)); }

void TrainingView::scrubTo(int index) { m_snapshotSlider->setValue(index); }
int TrainingView::scrubbedSnapshot() const { return m_snapshotSlider->value(); }

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
    m_runs.clear();
    m_record = TrainingResult{};
    m_record.config = config;
    m_record.updateRatioEvery = updateRatioEvery(config.iterations);
    const int layers = static_cast<int>(config.hidden.size()) + 1;
    const auto records = static_cast<std::size_t>((config.iterations + m_record.updateRatioEvery - 1) / m_record.updateRatioEvery);
    for (const auto& spec : config.initializers) {
        const auto init = makeInitializer(spec);
        m_runs.push_back({initializerName(spec), initializerColor(QString::fromStdString(spec))});
        series.push_back({m_runs.back().name, m_runs.back().color});
        TrainingRun run;
        run.initializer = spec;
        run.updateRatio.assign(static_cast<std::size_t>(layers), {});
        for (auto& r : run.updateRatio) r.reserve(records);  // bounded (kMaxUpdateRatios): no regrowth while training
        m_record.runs.push_back(std::move(run));
    }
    m_loss->reset(series, config.iterations);
    m_ratio->reset(m_runs, layers, m_record.updateRatioEvery, config.iterations);
    m_heat->reset(m_runs);
    m_overTime->reset(m_runs, static_cast<int>(config.hidden.size()));
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

void TrainingView::append(TrainingProgress& progress) {
    for (std::size_t k = 0; k < progress.losses.size() && k < m_losses.size(); ++k) {
        for (const double loss : progress.losses[k]) {
            if (std::isfinite(loss)) m_losses[k].push_back(loss);
        }
    }
    m_loss->appendLosses(progress.losses);
    const int layers = m_record.runs.empty() ? 0 : static_cast<int>(m_record.runs.front().updateRatio.size());
    if (progress.ratioWidth == static_cast<int>(m_record.runs.size()) * layers && layers > 0) {
        const std::span<const float> ratios(progress.updateRatios);
        for (int j = 0; j < progress.ratioRecordCount(); ++j) {
            for (std::size_t k = 0; k < m_record.runs.size(); ++k) {
                for (int l = 0; l < layers; ++l) {
                    const float r = ratios[static_cast<std::size_t>(j * progress.ratioWidth) + k * static_cast<std::size_t>(layers) + static_cast<std::size_t>(l)];
                    if (std::isfinite(r)) m_record.runs[k].updateRatio[static_cast<std::size_t>(l)].push_back(r);
                }
            }
        }
        m_ratio->append(ratios);
    }
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
        m_heat->setSnapshots(m_snapshots);
        m_overTime->setSnapshots(m_snapshots);
        showSnapshot(m_snapshotSlider->value());
    }
    m_loss->replot();
    m_ratio->replot();
    progress.clear(progress.losses.size());
}

void TrainingView::showResult(const TrainingResult& result) {
    begin(result.config);
    TrainingProgress progress;
    for (const auto& run : result.runs) progress.losses.push_back(run.loss);
    const int layers = result.runs.empty() ? 0 : static_cast<int>(result.runs.front().updateRatio.size());
    progress.ratioWidth = static_cast<int>(result.runs.size()) * layers;
    std::size_t records = 0;
    for (const auto& run : result.runs) {
        for (const auto& layer : run.updateRatio) records = std::max(records, layer.size());
    }
    for (std::size_t j = 0; j < records; ++j) {
        for (const auto& run : result.runs) {
            for (const auto& layer : run.updateRatio) {
                progress.updateRatios.push_back(j < layer.size() ? layer[j] : std::numeric_limits<float>::quiet_NaN());
            }
        }
    }
    progress.snapshots = result.snapshots;  // headless: the result stays the caller's
    progress.iterationsDone = result.config.iterations;
    append(progress);
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
    m_ratio->setMarker(s.iteration);
    m_heat->setMarker(s.iteration);
    m_overTime->setMarker(s.iteration);
    const auto quantity = static_cast<HistogramTimeView::Quantity>(gridQuantity());
    const bool activations = quantity == HistogramTimeView::Quantity::Activations;
    std::vector<HistogramRow> rows;
    for (std::size_t k = 0; k < s.runs.size(); ++k) {
        const RunSnapshot& run = s.runs[k];
        HistogramRow row;
        const QString spec = QString::fromStdString(run.initializer);
        row.color = k < m_runs.size() ? m_runs[k].color : initializerColor(spec);
        row.label = k < m_runs.size() ? m_runs[k].name : spec;
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
        row.tooltip = lines.join(QStringLiteral("<br>"));
        for (std::size_t l = 0; l < run.layers.size(); ++l) {
            const LayerSnapshot& layer = run.layers[l];
            HistogramCell cell;
            const LayerStats& stats = HistogramTimeView::statsOf(layer, quantity);
            cell.histogram = HistogramTimeView::histogramOf(layer, quantity);
            cell.summary = activations ? summaryLine(stats) : tr("σ %1").arg(compact(stats.std));
            if (!activations && stats.nonfinite > 0) cell.summary = summaryLine(stats);
            // A gradient's or weight's cell range is chosen to show the bulk (the rare tails are
            // counted in its tooltip), so only activation cells carry the out-of-range note and
            // the dead units.
            if (activations) decorateCell(cell, stats);
            cell.warning = hasWarning(stats);
            cell.tooltip = statsTooltip(tr("%1 — layer %2, %3, iteration %4")
                                            .arg(row.label.section('\n', 0, 0))
                                            .arg(l + 1)
                                            .arg(HistogramTimeView::quantityName(quantity))
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
