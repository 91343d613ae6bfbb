#pragma once

#include <QWidget>
#include <vector>

#include "experiments/activations.h"
#include "export/figure_export.h"

class QCustomPlot;
class QCPGraph;
class QCPTextElement;

namespace initscope::ui {

// Dynamical isometry: for one input, the histogram of the singular values of the input–output
// Jacobian ∂A_L/∂A_0, one step line per initializer in its colour, on a log axis with σ = 1 (a
// perfectly conditioned network) marked. Pennington et al.'s picture of why orthogonal weights at
// criticality train deep networks: their singular values stay near 1, Gaussian ones spread.
class JacobianView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kBins = 40;
    explicit JacobianView(QWidget* parent = nullptr);
    void showResult(const ActivationsResult& result);
    QCustomPlot* plot() const { return m_plot; }
    Figure figure() const;
    // For tests: per initializer the bin centres (log₁₀ σ) and counts drawn.
    std::vector<std::pair<std::vector<double>, std::vector<double>>> drawn() const;

private:
    QCustomPlot* m_plot;
    QCPTextElement* m_title;
    QCPTextElement* m_note;
    std::vector<QCPGraph*> m_graphs;
};

}  // namespace initscope::ui
