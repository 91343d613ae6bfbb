#pragma once

#include "common/errors.h"

#include <QObject>
#include <functional>

#include "export/figure_export.h"
#include "io/experiment_file.h"

class QCustomPlot;
class QMenu;
class QWidget;

namespace initscope::ui {

class ActivationsView;
class BnSweepView;
class TrainingView;

// File → Export: figures (PNG/SVG/PDF at a chosen size and scale), the clipboard, CSV data and
// "Export all…"; plus the right-click menu of every plot ("Save plot as…", "Copy image").
class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(QWidget* window, ActivationsView* activations, TrainingView* training,
                  std::function<ExperimentFile()> experiment, QObject* parent = nullptr);

    // The batch-normalization sweep's view: its figure and CSV join the menu and "Export all".
    void setBnSweepView(BnSweepView* view) { m_sweep = view; }
    void populateMenu(QMenu* menu);
    void attachContextMenu(QCustomPlot* plot, std::function<Figure()> figure, const QString& name);

    // Scriptable entry points (the menu's actions call these after asking for a path).
    void saveFigure(const Figure& figure, const QString& path, QSize size, double scale, const PrintSize& print = {});
    // What the figures show, for the names proposed when saving ("fig6-14-relu", a file's name).
    void setSubject(const QString& subject) { m_subject = subject; }
    const QString& subject() const { return m_subject; }
    void copyFigure(const Figure& figure);
    void saveHistogramsCsv(const QString& path);
    void saveLossCsv(const QString& path);
    void saveUpdateRatioCsv(const QString& path);  // every recorded update:data ratio so far
    void saveSnapshotsCsv(const QString& path);    // every snapshot's statistics
    void saveBnSweepCsv(const QString& path);
    void exportAll(const QString& folder);

signals:
    void failed(const initscope::ErrorInfo& error);
    void exported(const QString& what);

private:
    void saveTrainingTable(const QString& path, const std::function<std::string()>& table);
    QString m_subject;
    void askAndSaveFigure(const Figure& figure, const QString& name);
    bool hasTraining() const;

    QWidget* m_window;
    ActivationsView* m_activations;
    TrainingView* m_training;
    BnSweepView* m_sweep = nullptr;
    std::function<ExperimentFile()> m_experiment;
};

}  // namespace initscope::ui
