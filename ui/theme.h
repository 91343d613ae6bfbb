#pragma once

#include <QObject>
#include <QPointer>
#include <vector>

class QCustomPlot;

namespace initscope::ui {

// The one switch for how plots are sized: normal, or presentation (a projector at the back of a
// classroom: every plot's fonts and line widths ×1.6, thicker axes, darker grid lines). Plots are
// attached once; before each replot their fonts and pens are set from the sizes their views gave
// them (the views need not know), so a view that rebuilds its elements stays themed.
class Theme : public QObject {
    Q_OBJECT
public:
    static Theme& instance();
    static constexpr double kPresentationScale = 1.6;

    bool presentation() const { return m_presentation; }
    double scale() const { return m_presentation ? kPresentationScale : 1.0; }
    void setPresentation(bool on);
    // Keeps `plot` themed (and redraws it when the theme changes).
    void attach(QCustomPlot* plot);
    // Sets every font and pen width of `plot` to its view's size × `scale` (idempotent: a size
    // the view changed since is taken as its new base).
    static void apply(QCustomPlot* plot, double scale, bool highContrast);

signals:
    void changed(bool presentation);

private:
    bool m_presentation = false;
    std::vector<QPointer<QCustomPlot>> m_plots;
};

}  // namespace initscope::ui
