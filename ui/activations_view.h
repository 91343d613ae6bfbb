#pragma once

#include <QWidget>

#include "experiments/activations.h"
#include "export/figure_export.h"
#include "histogram_grid.h"

class QLabel;

namespace initscope::ui {

// The book's first experiment: one row per initializer, one column per layer.
class ActivationsView : public QWidget {
    Q_OBJECT
public:
    explicit ActivationsView(QWidget* parent = nullptr);
    void showResult(const ActivationsResult& result, double milliseconds);
    void setGridOptions(const HistogramGridOptions& options);
    HistogramGrid* grid() const { return m_grid; }
    const ActivationsResult& result() const { return m_result; }
    Figure figure() const;

private:
    QLabel* m_caption;
    HistogramGrid* m_grid;
    ActivationsResult m_result;
};

}  // namespace initscope::ui
