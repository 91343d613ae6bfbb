#pragma once

#include <QWidget>
#include <vector>

#include "experiments/training.h"
#include "export/figure_export.h"
#include "histogram_grid.h"
#include "panel_row.h"
#include "training_mailbox.h"

class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTabWidget;

namespace initscope::ui {

// "MNIST", "Fashion-MNIST", or a dataset folder's name, for titles.
QString datasetDisplayName(const std::string& dataset);

class LossPlot;
class UpdateRatioPlot;
class LayerHeatMap;
class HistogramTimeView;

// The book's second experiment, live: loss and accuracy curves beside four views of the layers,
// all driven by one snapshot scrubber: the initializer × layer histogram grid of the latest (or a
// scrubbed-back) snapshot (activations, dL/dA, weights or dL/dW), the update:data ratio per
// iteration, layer × time heat maps of one statistic, and one layer's histograms over time.
class TrainingView : public QWidget {
    Q_OBJECT
public:
    explicit TrainingView(QWidget* parent = nullptr);

    void begin(const TrainingConfig& config);
    // Takes what `progress` holds: losses and ratios are appended, snapshots moved into the
    // history (one owner, bounded); `progress` is left empty with its capacity for reuse.
    void append(TrainingProgress& progress);
    // Shows a finished run at once (headless rendering): begin() then every iteration and snapshot.
    void showResult(const TrainingResult& result);
    Figure figure() const;
    // The book's figure 6-15: the loss curves alone (call lossPlot()->setShowAccuracy(false) first).
    Figure lossFigure() const;
    const TrainingConfig& config() const { return m_config; }
    void setGridOptions(const HistogramGridOptions& options);
    void setPlaceholder(const QString& text);

    LossPlot* lossPlot() const { return m_loss; }
    HistogramGrid* grid() const { return m_grid; }
    UpdateRatioPlot* updateRatioPlot() const { return m_ratio; }
    LayerHeatMap* heatMap() const { return m_heat; }
    HistogramTimeView* overTime() const { return m_overTime; }
    QTabWidget* views() const { return m_views; }
    // The grid's quantity: activations, dL/dA, weights or dL/dW (HistogramTimeView's enum).
    int gridQuantity() const;
    void setGridQuantity(int quantity);
    // The snapshot the views show (an index into snapshots()); the last follows training live.
    void scrubTo(int index);
    int scrubbedSnapshot() const;
    // Every recorded update ratio so far, laid out as the engine's result (initializers, ratios,
    // updateRatioEvery): for update-ratio.csv.
    const TrainingResult& updateRatioRecord() const { return m_record; }
    int snapshotCount() const { return static_cast<int>(m_snapshots.size()); }
    const std::vector<TrainingSnapshot>& snapshots() const { return m_snapshots; }
    const std::vector<std::vector<double>>& losses() const { return m_losses; }
    int smoothing() const;
    void setSmoothing(int window);

private:
    void showSnapshot(int index);
    void updateSliderLabel();

    LossPlot* m_loss;
    HistogramGrid* m_grid;
    QLabel* m_snapshotLabel;
    QSlider* m_snapshotSlider;
    QComboBox* m_gridQuantity;
    QSpinBox* m_smoothing;
    QTabWidget* m_views;
    UpdateRatioPlot* m_ratio;
    LayerHeatMap* m_heat;
    HistogramTimeView* m_overTime;
    TrainingConfig m_config;
    std::vector<TrainingSnapshot> m_snapshots;
    std::vector<std::vector<double>> m_losses;  // per run
    std::vector<bool> m_diverged;
    std::vector<RunLabel> m_runs;  // display names and colours, from the specs once per run
    TrainingResult m_record;       // the update ratios
    bool m_followLive = true;
};

}  // namespace initscope::ui
