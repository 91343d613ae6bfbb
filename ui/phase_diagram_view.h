#pragma once

#include <QWidget>
#include <memory>

#include "experiments/activations_theory.h"
#include "export/figure_export.h"

class QCustomPlot;
class QCPColorMap;
class QCPCurve;
class QCPGraph;
class QCPItemText;

namespace initscope::ui {

// The order/chaos phase diagram of the chosen activation: the (σ_w², σ_b²) plane (σ_w² on a log
// axis, 10⁻³ … 10³) coloured by log₁₀ χ₁ at the fixed point — blue where gradients vanish
// (ordered), red where they explode (chaotic) — the critical line χ₁ = 1, and each initializer of
// the experiment as a labelled point where it sits. Hover: q*, χ₁ and how fast gradients change;
// a click asks for a custom initializer there (pointChosen).
class PhaseDiagramView : public QWidget {
    Q_OBJECT
public:
    explicit PhaseDiagramView(QWidget* parent = nullptr);
    void showResult(const ActivationsResult& result);
    QCustomPlot* plot() const { return m_plot; }
    Figure figure() const;

    // For tests: the critical line drawn (σ_w², σ_b²) and the initializers' points.
    std::vector<std::pair<double, double>> criticalLine() const;
    std::vector<std::pair<double, double>> points() const;
    // The plane's point under a widget position (σ_w², σ_b²).
    std::pair<double, double> pointAt(QPoint position) const;
    QPoint positionOf(double sigmaW2, double sigmaB2) const;
    QString describe(double sigmaW2, double sigmaB2) const;  // the hover text

signals:
    void pointChosen(double sigmaW2, double sigmaB2);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QCustomPlot* m_plot;
    QCPColorMap* m_map;
    QCPCurve* m_critical;
    std::vector<QCPGraph*> m_points;
    std::vector<QCPItemText*> m_labels;
    std::shared_ptr<const PhaseDiagram> m_diagram;
    const PhaseDiagram* m_drawn = nullptr;  // the diagram the colour map holds
    QString m_activation;
};

}  // namespace initscope::ui
