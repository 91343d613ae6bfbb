#pragma once

#include <QLabel>
#include <QWidget>
#include <vector>

#include "experiments/bn_sweep.h"
#include "export/figure_export.h"

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPItemText;
class QCPTextElement;

namespace initscope::ui {

// The book's figure 6-19: one small plot per weight scale, the training accuracy per epoch with
// BatchNorm (solid) and without (dashed); cells fill in as their scale finishes. With one scale
// (figure 6-18) it is one large plot.
class BnSweepView : public QWidget {
    Q_OBJECT
public:
    explicit BnSweepView(QWidget* parent = nullptr);

    // Empty cells for every scale of `config`, waiting for their results.
    void begin(const BnSweepConfig& config);
    // One finished scale (both networks), drawn into its cell.
    void addScale(BnSweepScale scale);
    // The whole result at once (the command line's --plot, a bundle).
    void showResult(const BnSweepResult& result);
    void setCaption(const QString& text);

    const BnSweepConfig& config() const { return m_config; }
    const std::vector<BnSweepScale>& scales() const { return m_scales; }  // finished, in scale order
    // The result as far as it goes (for CSV and bundles).
    BnSweepResult result() const;
    int finishedCount() const { return static_cast<int>(m_scales.size()); }
    QCustomPlot* plot() const { return m_plot; }
    Figure figure() const;

private:
    struct Cell {
        QCPAxisRect* rect = nullptr;
        QCPGraph* bn = nullptr;
        QCPGraph* plain = nullptr;
        QCPItemText* note = nullptr;
    };
    void layoutCells();

    BnSweepConfig m_config;
    std::vector<int> m_recordIterations;
    std::vector<BnSweepScale> m_scales;
    std::vector<Cell> m_cells;
    QLabel* m_caption;
    QCustomPlot* m_plot;
    QCPTextElement* m_title = nullptr;
    double m_trainSeconds = 0.0;
};

}  // namespace initscope::ui
