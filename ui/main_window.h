#pragma once

#include <QIcon>
#include <QMainWindow>
#include <QMessageBox>
#include <functional>
#include <QTimer>

#include "common/errors.h"
#include "experiments/training.h"
#include "io/lesson.h"
#include "settings_store.h"
#include "io/experiment_file.h"
#include "space_key_filter.h"

class QAction;
class QStackedWidget;
class QTabWidget;

class QDockWidget;
class QLabel;
class QToolBar;
class QVBoxLayout;

namespace initscope::ui {

class ActivationsEngine;
class BnSweepController;
class BnSweepPanel;
class BnSweepView;
class TrainingModePage;
class ExportActions;
class FileActions;
class ActivationsPanel;
class ActivationsView;
class MessageBar;
class RunStatus;
class TrainingController;
class LessonPanel;
class LessonController;
class HelpMenu;
class FormulaPanel;
class PresentationMode;
class TrainingPanel;
class TrainingView;

// Wires the panels, views and engines together; holds no experiment logic of its own.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ActivationsPanel* activationsPanel() const { return m_activationsPanel; }
    TrainingPanel* trainingPanel() const { return m_trainingPanel; }
    ActivationsView* activationsView() const { return m_activationsView; }
    TrainingView* trainingView() const { return m_trainingView; }
    BnSweepPanel* bnSweepPanel() const { return m_sweepPanel; }
    BnSweepView* bnSweepView() const { return m_sweepView; }
    BnSweepController* bnSweep() const { return m_sweep; }
    TrainingController* training() const { return m_training; }
    TrainingModePage* trainingModePage() const { return m_trainingPage; }
    // The Training tab shows the batch-normalization sweep rather than the initializer comparison.
    bool sweepMode() const;
    MessageBar* messages() const { return m_messages; }
    RunStatus* runStatus() const { return m_status; }
    bool isTraining() const;
    bool isBusy() const;  // training or sweeping
    QTabWidget* tabs() const { return m_tabs; }
    FileActions* fileActions() const { return m_file; }
    ExportActions* exportActions() const { return m_export; }
    ExperimentFile currentExperiment() const;
    // Applies a whole experiment (from a file or a preset) to every control.
    void applyExperiment(const initscope::ExperimentFile& experiment, bool bookStyle, double yMax = 0.0);
    bool openFile(const QString& path);
    // Lessons: one shown in the Lesson panel, its first step applied; a file (false, with the
    // error in the message strip, when it is malformed).
    void startLesson(const initscope::Lesson& lesson);
    bool openLesson(const QString& path);
    LessonPanel* lessonPanel() const;
    HelpMenu* help() const { return m_help; }
    FormulaPanel* formulaPanel() const { return m_formula; }
    // Presentation mode (F5, View → Presentation; Esc leaves): full screen, the settings folded to
    // a strip, plots ×1.6 (Theme), high contrast, the lesson's caption as a title bar.
    void setPresentation(bool on);
    bool isPresenting() const;
    QLabel* presentationBanner() const;
    // True when the settings differ from those last opened, saved or restored at launch.
    bool hasUnsavedChanges() const;
    // How closing with unsaved changes is answered (Save, Discard or Cancel). By default a
    // message box asks; tests and scripted runs install their own answer.
    using UnsavedChangesPrompt = std::function<QMessageBox::StandardButton()>;
    static void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt);

    // What a window hands to the one replacing it (View → Language builds the window anew in the
    // new language): the file and baseline of "unsaved changes", the export name, book style.
    // The experiment itself, the geometry and the display settings go through the settings.
    struct Session {
        ExperimentFile savedExperiment;
        QString filePath;
        QString exportSubject;
        bool bookStyle = false;
        double yMax = 0.0;
        std::string yMaxActivation;
    };
    // Saves the settings, stops the engines and returns the session; the window is then done.
    Session endForReplacement();
    void resumeSession(const Session& session);

public slots:
    void runOrPause();
    void startTraining();
    void stopTraining();
    void stepTraining();
    void resetTraining();
    void showTraining();
    // The phase diagram was clicked: a custom initializer there, computed beside the others.
    void tryPhasePoint(double sigmaW2, double sigmaB2);
    void setSweepMode(bool sweep);

signals:
    void trainingFinished(bool cancelled);
    // View → Language chose `code` ("en", "ko"; "" for the system's): the host rebuilds the window.
    void languageChosen(const QString& code);
    void lessonStepShown(int step);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    void showLessonStep(const initscope::LessonStep& step, int index);
    void tryLessonChange(const std::vector<initscope::SettingChange>& changes, const QString& label);
    void buildMenus();
    void applyGridOptions();
    void recomputeActivations();
    void updateActions();
    // The message strip for `error`, with a hint chosen by its kind (aboutDataset: it came from
    // loading the training data).
    void showError(const initscope::ErrorInfo& error, bool aboutDataset = false);
    void noteDatasetSubstituted(const QString& folder);
    void confirmRestoredExperiment();
    void stopEngines();
    void restoreSettings();
    void saveSettings();

    ActivationsPanel* m_activationsPanel;
    TrainingPanel* m_trainingPanel;
    ActivationsView* m_activationsView;
    TrainingView* m_trainingView;
    BnSweepPanel* m_sweepPanel;
    BnSweepView* m_sweepView;
    QStackedWidget* m_trainingStack;
    TrainingModePage* m_trainingPage;
    QTabWidget* m_tabs;
    QStackedWidget* m_panels;
    MessageBar* m_messages;
    RunStatus* m_status;
    ActivationsEngine* m_activationsEngine;
    TrainingController* m_training;
    LessonController* m_lessons = nullptr;
    HelpMenu* m_help;
    FormulaPanel* m_formula;
    QDockWidget* m_formulaDock = nullptr;
    PresentationMode* m_present = nullptr;
    QVBoxLayout* m_bannerSlot = nullptr;
    SettingsStore m_settings;
    BnSweepController* m_sweep;
    QAction* m_run = nullptr;
    QAction* m_step = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_reset = nullptr;
    QIcon m_playIcon, m_pauseIcon;
    FileActions* m_file;
    ExportActions* m_export;
    QAction* m_bookStyle = nullptr;
    QAction* m_theory = nullptr;
    std::string m_phaseSpec;  // the initializer the phase diagram's last click added
    double m_yMax = 0.0;  // a preset's fixed count axis, until the activation changes
    std::string m_yMaxActivation;  // the activation that axis was drawn for
    ExperimentFile m_savedExperiment;  // the baseline of hasUnsavedChanges()
    bool m_datasetNoteShown = false;   // "MNIST missing, Fashion-MNIST used" said this session
    bool m_restorePending = false;     // a remembered experiment awaits its first result
};

}  // namespace initscope::ui
