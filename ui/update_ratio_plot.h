#pragma once

#include <QStringList>
#include <QWidget>
#include <span>
#include <vector>

#include "export/figure_export.h"
#include "panel_row.h"

class QCustomPlot;
class QCPGraph;

namespace initscope::ui {

// log10 of the update:data ratio std(ΔW_l)/std(W_l) of every dense layer over the iterations, one
// panel per initializer, one colour per layer (viridis, layer 1 darkest), with the 10⁻³ line of
// Karpathy's rule of thumb. Records are appended as they arrive (no replot per record).
class UpdateRatioPlot : public QWidget {
    Q_OBJECT
public:
    explicit UpdateRatioPlot(QWidget* parent = nullptr);

    // `layers` dense layers per network (the last is the output), a record every `every` iterations.
    void reset(const std::vector<RunLabel>& runs, int layers, int every, int iterations);
    // Records back to back, each runs × layers floats: ratios[k·layers + l].
    void append(std::span<const float> records);
    void setMarker(int iteration);
    void replot();
    // Hover text at a point of the plot: initializer, layer, iteration and the ratio; empty off a curve.
    QString hoverText(const QPointF& pos) const;

    QCustomPlot* plot() const { return m_plot; }
    Figure figure() const;
    int marker() const { return m_marker; }  // the scrubbed iteration (−1: none)
    int recordCount() const { return m_records; }
    // The plotted log10 value of run k, layer l at record j (NaN where none).
    double plotted(int run, int layer, int record) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateRange(double value);

    QCustomPlot* m_plot;
    PanelRow m_panels;
    std::vector<std::vector<QCPGraph*>> m_graphs;  // [run][layer]
    QStringList m_names;
    int m_layers = 0;
    int m_every = 1;
    int m_records = 0;
    int m_marker = -1;
    double m_low = -4.0, m_high = -2.0;  // the y range (log10), grown to the data in whole decades
};

}  // namespace initscope::ui
