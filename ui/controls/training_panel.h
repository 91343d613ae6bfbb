#pragma once

#include <QWidget>

#include "experiments/training.h"
#include "histogram_grid.h"

namespace initscope::ui {

class ActivationChooser;
class NetworkShapeGroup;
class InitializerList;
class HistogramSettingsGroup;
class TrainingSettingsGroup;

// Every setting of the training experiment.
class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget* parent = nullptr);
    TrainingConfig config() const;
    void setConfig(const TrainingConfig& config);
    HistogramGridOptions gridOptions() const;
    void setGridOptions(const HistogramGridOptions& options);

signals:
    void configChanged();
    void displayChanged();

private:
    TrainingConfig m_loaded;  // the last config set: what config() starts from
    TrainingSettingsGroup* m_training;
    ActivationChooser* m_activation;
    NetworkShapeGroup* m_shape;
    InitializerList* m_initializers;
    HistogramSettingsGroup* m_histograms;
};

}  // namespace initscope::ui
