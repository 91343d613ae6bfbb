#pragma once

#include <QWidget>
#include <vector>

#include "experiments/training.h"
#include "export/figure_export.h"
#include "panel_row.h"

class QComboBox;
class QCustomPlot;
class QSpinBox;

namespace initscope::ui {

// One hidden layer's histograms over the snapshots, per initializer: stacked as a ridge plot
// (TensorBoard's "offset" mode: older behind and fainter, the newest in front) over the
// percentile bands of the same quantity against iterations (TensorBoard's "distributions":
// 1–99 %, 5–95 %, 25–75 %, median).
class HistogramTimeView : public QWidget {
    Q_OBJECT
public:
    enum class Quantity { Activations, Gradients, Weights, WeightGradients };
    explicit HistogramTimeView(QWidget* parent = nullptr);

    static QString quantityName(Quantity quantity);  // "activations A", "weights W", …
    static const LayerStats& statsOf(const LayerSnapshot& layer, Quantity quantity);
    static const Histogram& histogramOf(const LayerSnapshot& layer, Quantity quantity);

    void reset(const std::vector<RunLabel>& runs, int layers);
    void setSnapshots(const std::vector<TrainingSnapshot>& snapshots);
    void setMarker(int iteration);
    Quantity quantity() const;
    void setQuantity(Quantity quantity);
    int layer() const;  // 0-based
    void setLayer(int layer);

    QCustomPlot* plot() const { return m_plot; }
    Figure figure();  // brought up to date first (a hidden view redraws only when shown or exported)
    // The snapshots drawn as ridges (indices into the history: at most kMaxRidges, evenly spread,
    // the first and the newest always among them).
    const std::vector<int>& ridgeSnapshots() const { return m_ridges; }
    // The band plot's percentile curve `level` (an index into percentileLevels()) of run k at
    // snapshot s (NaN: none).
    double bandValue(int run, int level, int snapshot) const;
    int marker() const { return m_marker; }  // the scrubbed iteration (−1: none)
    static constexpr int kMaxRidges = 24;

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Redraws now if shown, else when next shown or exported: a hidden tab costs nothing per snapshot.
    void invalidate();
    void rebuild();

    QComboBox* m_quantity;
    QSpinBox* m_layer;
    QCustomPlot* m_plot;
    PanelRow m_panels;
    std::vector<RunLabel> m_runs;
    const std::vector<TrainingSnapshot>* m_snapshots = nullptr;
    std::vector<int> m_ridges;
    std::vector<std::vector<std::vector<double>>> m_bands;  // [run][level][snapshot]
    int m_marker = -1;
    bool m_dirty = true;
};

}  // namespace initscope::ui
