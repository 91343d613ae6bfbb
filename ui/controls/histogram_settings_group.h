#pragma once

#include <QGroupBox>

#include "histogram_grid.h"
#include "stats/histogram.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace initscope::ui {

// Bins, range (automatic, the book's (0, 1), or custom) and the y axis of the histogram grid.
class HistogramSettingsGroup : public QGroupBox {
    Q_OBJECT
public:
    HistogramSettingsGroup(bool withRange, QWidget* parent = nullptr);
    int bins() const;
    void setBins(int bins);
    HistogramRange range() const;
    void setRange(const HistogramRange& range);
    HistogramGridOptions gridOptions() const;
    void setGridOptions(const HistogramGridOptions& options);

signals:
    void changed();             // bins or range: the experiment must be recomputed
    void displayChanged();      // y axis only: redraw

private:
    void updateRangeEnabled();

    QSpinBox* m_bins;
    QComboBox* m_rangeMode = nullptr;
    QComboBox* m_xShare = nullptr;
    QDoubleSpinBox* m_lo = nullptr;
    QDoubleSpinBox* m_hi = nullptr;
    QComboBox* m_yScale;
    QComboBox* m_yShare;
    QCheckBox* m_theory = nullptr;  // the activations grid only
};

}  // namespace initscope::ui
