#pragma once

#include <QWidget>

#include "experiments/activations.h"
#include "histogram_grid.h"

namespace initscope::ui {

class ActivationChooser;
class NetworkShapeGroup;
class InitializerList;
class HistogramSettingsGroup;

// Every setting of the activations experiment.
class ActivationsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ActivationsPanel(QWidget* parent = nullptr);
    ActivationsConfig config() const;
    void setConfig(const ActivationsConfig& config);
    HistogramGridOptions gridOptions() const;
    InitializerList* initializerList() const { return m_initializers; }
    void setGridOptions(const HistogramGridOptions& options);

signals:
    void configChanged();
    void displayChanged();

private:
    ActivationChooser* m_activation;
    NetworkShapeGroup* m_shape;
    InitializerList* m_initializers;
    HistogramSettingsGroup* m_histograms;
    // Kept as the file has it, for saving: the window computes the backward pass either way.
    bool m_backward = true;
};

}  // namespace initscope::ui
