#pragma once

#include <QWidget>
#include <optional>
#include <vector>

#include "experiments/training.h"
#include "export/figure_export.h"
#include "panel_row.h"

class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QCPColorScale;

namespace initscope::ui {

// One statistic of every hidden layer at every snapshot: layers (rows) × snapshots (columns), one
// panel per initializer, one colour scale shared by all ("dead ReLUs appear in layer 3 after
// iteration 400" at a glance).
class LayerHeatMap : public QWidget {
    Q_OBJECT
public:
    enum class Statistic { ActivationStd, Saturated, Dead, GradientStd, WeightStd, WeightGradientStd };
    explicit LayerHeatMap(QWidget* parent = nullptr);

    // What a cell shows: a standard deviation, or a share in percent; nullopt where it does not
    // apply (saturation for ReLU, dead units for tanh) or was not measured.
    static std::optional<double> statisticOf(const LayerSnapshot& layer, Statistic statistic);

    void reset(const std::vector<RunLabel>& runs);
    // Redraws from the snapshot history (called when snapshots arrive, or the statistic changes).
    void setSnapshots(const std::vector<TrainingSnapshot>& snapshots);
    void setMarker(int iteration);
    Statistic statistic() const;
    void setStatistic(Statistic statistic);
    QString hoverText(const QPointF& pos) const;

    QCustomPlot* plot() const { return m_plot; }
    Figure figure();  // brought up to date first (a hidden view redraws only when shown or exported)
    // The drawn value of run k, hidden layer l (0-based) at snapshot s (NaN: empty cell).
    double cellValue(int run, int layer, int snapshot) const;
    int marker() const { return m_marker; }  // the scrubbed iteration (−1: none)
    int columnCount() const { return m_columns; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Redraws now if shown, else when next shown or exported: a hidden tab costs nothing per snapshot.
    void invalidate();
    void rebuild();

    QComboBox* m_choice;
    QCustomPlot* m_plot;
    PanelRow m_panels;
    std::vector<RunLabel> m_runs;
    std::vector<QCPColorMap*> m_maps;
    QCPColorScale* m_scale = nullptr;
    std::vector<int> m_iterations;  // the columns' iterations
    const std::vector<TrainingSnapshot>* m_snapshots = nullptr;
    int m_columns = 0;
    int m_layers = 0;
    int m_marker = -1;
    bool m_dirty = true;
};

}  // namespace initscope::ui
