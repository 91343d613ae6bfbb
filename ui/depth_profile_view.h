#pragma once

#include <QWidget>
#include <memory>
#include <vector>

#include "experiments/activations.h"
#include "export/figure_export.h"

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPTextElement;

namespace initscope::ui {

// The depth profile: x = layer, y = standard deviation on a log axis, one line per initializer in
// its colour. The upper panel holds the activations (forward), the lower one the gradient each
// layer sends back, dL/dA (backward); circles mark layers whose activations are more than half
// saturated or dead. Which initializer explodes, vanishes or holds, at any depth, at a glance.
// Repeated over seeds, each line is the median over the seeds in a shaded 5–95 % band.
class DepthProfileView : public QWidget {
    Q_OBJECT
public:
    explicit DepthProfileView(QWidget* parent = nullptr);
    void showResult(const ActivationsResult& result);
    // Theory's predictions (the result's, when it carries them) as dashed lines beside the measured.
    void setTheoryShown(bool shown);
    QCustomPlot* plot() const { return m_plot; }
    Figure figure() const;

    // What is drawn, for tests: per initializer, the forward and backward lines and the markers.
    struct Drawn {
        QString name;
        std::vector<double> forwardX, forwardY, backwardX, backwardY, markerX, markerY;
        std::vector<double> theoryForwardY, theoryBackwardY;  // empty while theory is hidden
        std::vector<double> forwardLowY, forwardHighY, backwardLowY, backwardHighY;  // the band; empty for one seed
    };
    std::vector<Drawn> drawn() const;
    bool hasBackward() const { return m_hasBackward; }

private:
    void redraw();
    void fitAxes();

    QCustomPlot* m_plot;
    QCPTextElement* m_title;
    QCPAxisRect* m_forward;
    QCPAxisRect* m_backward;
    QCPTextElement* m_backwardNote;
    struct Lines {
        // Created first, so drawn under the lines: the 5–95 % band (high filled down to low).
        QCPGraph* forwardLow;
        QCPGraph* forwardHigh;
        QCPGraph* backwardLow;
        QCPGraph* backwardHigh;
        QCPGraph* forward;
        QCPGraph* backward;
        QCPGraph* markers;
        QCPGraph* theoryForward;
        QCPGraph* theoryBackward;
    };
    std::vector<Lines> m_lines;
    QCPGraph* m_markerKey = nullptr;  // no data: the markers' legend entry
    QCPGraph* m_theoryKey = nullptr;  // no data: the dashed lines' legend entry
    QCPGraph* m_bandKey = nullptr;    // no data: the band's legend entry
    int m_seeds = 1;
    int m_depth = 0;
    bool m_hasBackward = false;
    bool m_theoryShown = false;
    std::vector<DepthProfile> m_profiles;               // the last result's lines
    std::shared_ptr<const ActivationsTheory> m_theory;  // and its predictions, for switching theory
};

}  // namespace initscope::ui
