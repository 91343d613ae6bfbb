#pragma once

#include <QWidget>
#include <vector>

#include "experiments/training.h"
#include "export/figure_export.h"
#include "histogram_grid.h"
#include "training_worker.h"

class QLabel;
class QSlider;
class QSpinBox;
class QRadioButton;

namespace initscope::ui {

// "MNIST", "Fashion-MNIST", or a dataset folder's name, for titles.
QString datasetDisplayName(const std::string& dataset);

class LossPlot;

// The book's second experiment, live: loss and accuracy curves, and the initializer × layer
// histogram grid of the latest (or a scrubbed-back) snapshot, activations or gradients.
class TrainingView : public QWidget {
    Q_OBJECT
public:
    explicit TrainingView(QWidget* parent = nullptr);

    void begin(const TrainingConfig& config);
    void append(TrainingProgress&& progress);
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
    QRadioButton* m_showActivations;
    QRadioButton* m_showGradients;
    QSpinBox* m_smoothing;
    TrainingConfig m_config;
    std::vector<TrainingSnapshot> m_snapshots;
    std::vector<std::vector<double>> m_losses;  // per run
    std::vector<bool> m_diverged;
    bool m_followLive = true;
};

}  // namespace initscope::ui
