#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

#include "histogram_grid.h"

namespace initscope::ui {

// How the window shows things, remembered between launches (not part of an experiment file).
struct DisplaySettings {
    HistogramGridOptions activations;  // log y, shared row scale, x scale, theory
    HistogramGridOptions training;     // log y, shared row scale, x scale
    int smoothing = 11;
    int trainingTab = 0;         // the Training tab's view: per layer, update ratio, layer × time, over time
    int trainingQuantity = 0;    // the per-layer grid's quantity (HistogramTimeView::Quantity)
    int heatStatistic = 0;       // LayerHeatMap::Statistic
    int overTimeQuantity = 0;    // HistogramTimeView::Quantity
};

// The one owner of QSettings for the main window: geometry, the remembered experiment (with the
// marker that notices a launch which crashed on it), and the display settings. Values read back
// are checked: out-of-range or damaged entries give the defaults.
class SettingsStore {
public:
    QByteArray geometry() const;
    QByteArray windowState() const;
    void saveWindow(const QByteArray& geometry, const QByteArray& state);

    struct Remembered {
        std::optional<QString> experiment;  // the last session's experiment, JSON
        bool lastLaunchCrashed = false;     // the previous launch restored it and never confirmed
    };
    // Reads the remembered experiment, marking it "being restored" until confirmRestored(); an
    // experiment whose restoration the last launch never confirmed is forgotten instead.
    Remembered takeRememberedExperiment();
    void confirmRestored();
    void forgetExperiment();
    void saveExperiment(const QString& json);

    // The window's language: "en", "ko", or "" to follow the system.
    QString language() const;
    void setLanguage(const QString& code);

    DisplaySettings display(const DisplaySettings& defaults) const;
    void saveDisplay(const DisplaySettings& display);
};

}  // namespace initscope::ui
