#pragma once

#include <QWidget>

#include "experiments/activations.h"
#include "export/figure_export.h"
#include "histogram_grid.h"

class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace initscope::ui {

class DepthProfileView;
class PhaseDiagramView;
class JacobianView;

// The book's first experiment: one row per initializer, one column per layer, showing the
// quantity chosen above the grid (activations, pre-activations, the gradient sent back or the
// weight gradient), and beside it the depth profile.
class ActivationsView : public QWidget {
    Q_OBJECT
public:
    explicit ActivationsView(QWidget* parent = nullptr);
    void showResult(const ActivationsResult& result, double milliseconds);
    void setGridOptions(const HistogramGridOptions& options);
    // What the grid shows; a quantity the result lacks (no backward pass) shows activations.
    Quantity quantity() const { return m_quantity; }
    void setQuantity(Quantity quantity);
    HistogramGrid* grid() const { return m_grid; }
    DepthProfileView* depthProfile() const { return m_profile; }
    PhaseDiagramView* phaseDiagram() const { return m_phase; }
    JacobianView* jacobian() const { return m_jacobian; }
    QTabWidget* sidePanel() const { return m_side; }  // the depth profile and the phase diagram
    QComboBox* quantityChooser() const { return m_chooser; }
    QToolButton* profileToggle() const { return m_profileToggle; }
    // The depth profile beside the grid: shown when the view is wide enough for both, until the
    // user chooses with the toggle above the grid.
    bool profileShown() const { return m_profileShown; }
    void setProfileShown(bool shown);
    // As the Side panel button does: the choice then no longer follows the window's width.
    void chooseProfileShown(bool shown) {
        m_profileChosen = true;
        setProfileShown(shown);
    }
    bool profileChosen() const { return m_profileChosen; }
    void setProfileChosen(bool chosen) { m_profileChosen = chosen; }
    static constexpr int kWidthForProfile = 960;
    const ActivationsResult& result() const { return m_result; }
    // The grid, with the depth profile beside it when the backward pass was measured.
    Figure figure() const;

signals:
    void quantityChanged(initscope::Quantity quantity);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showGrid();

    QLabel* m_caption;
    QComboBox* m_chooser;
    QSplitter* m_splitter;
    HistogramGrid* m_grid;
    DepthProfileView* m_profile;
    PhaseDiagramView* m_phase;
    JacobianView* m_jacobian;
    QTabWidget* m_side;
    QToolButton* m_profileToggle;
    bool m_profileShown = true;
    bool m_profileChosen = false;  // by the user: no longer follows the width
    ActivationsResult m_result;
    double m_milliseconds = 0.0;
    Quantity m_quantity = Quantity::Activations;
};

}  // namespace initscope::ui
