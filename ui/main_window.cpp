#include "main_window.h"

#include "app_icon.h"
#include "error_text.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QLabel>
#include <QMenuBar>
#include <qcustomplot.h>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include "activations_view.h"
#include "depth_profile_view.h"
#include "phase_diagram_view.h"
#include "jacobian_view.h"
#include "cell_text.h"
#include "activations_worker.h"
#include "bn_sweep_controller.h"
#include "bn_sweep_view.h"
#include "controls/bn_sweep_panel.h"
#include "controls/training_mode_page.h"
#include "common/errors.h"
#include "io/json_io.h"
#include "io/presets.h"
#include <QFileInfo>
#include "controls/activations_panel.h"
#include "controls/training_panel.h"
#include "export/export_actions.h"
#include "file_actions.h"
#include "loss_plot.h"
#include "io/experiment_file.h"
#include "message_bar.h"
#include "run_status.h"
#include "training_view.h"
#include "histogram_time_view.h"
#include "language.h"
#include "formula_panel.h"
#include "help_menu.h"
#include "presentation_mode.h"
#include "theme.h"
#include "lesson_controller.h"
#include "lesson_panel.h"
#include "layer_heat_map.h"
#include "training_controller.h"
#include "update_ratio_plot.h"

namespace initscope::ui {

namespace {
constexpr int kActivationsTab = 0;
constexpr int kTrainingTab = 1;
// Set while a remembered experiment is being restored, until its first result (crash guard).

QScrollArea* scrolled(QWidget* panel) {
    auto* area = new QScrollArea;
    area->setWidget(panel);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // A panel wider than the dock scrolls sideways rather than clipping its controls.
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return area;
}
// The experiment the window's results belong to: the window always measures the backward pass
// (the grid's selector, the depth profile), whatever the file says for the command line.
ExperimentFile asComputed(ExperimentFile e) {
    e.activations.backward = true;
    return e;
}
}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_activationsPanel(new ActivationsPanel),
      m_trainingPanel(new TrainingPanel),
      m_activationsView(new ActivationsView),
      m_trainingView(new TrainingView),
      m_sweepPanel(new BnSweepPanel),
      m_sweepView(new BnSweepView),
      m_trainingStack(new QStackedWidget),
      m_trainingPage(new TrainingModePage(scrolled(m_trainingPanel), scrolled(m_sweepPanel))),
      m_tabs(new QTabWidget),
      m_panels(new QStackedWidget),
      m_messages(new MessageBar),
      m_status(new RunStatus),
      m_activationsEngine(new ActivationsEngine(this)),
      m_training(new TrainingController(m_trainingPanel, m_trainingView, m_status, this)),
      m_help(new HelpMenu(this)),
      m_formula(new FormulaPanel),
      m_sweep(new BnSweepController(m_sweepPanel, m_sweepView, m_status, this)),
      m_file(new FileActions(this, [this] { return currentExperiment(); }, this)),
      m_export(new ExportActions(this, m_activationsView, m_trainingView,
                                 [this] { return asComputed(currentExperiment()); }, this)) {
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    setWindowTitle(tr("InitScope — weight initialization, layer by layer"));
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    m_bannerSlot = layout;  // presentation mode's title bar goes first (see buildActions)
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_tabs->addTab(m_activationsView, tr("Activations"));
    m_trainingStack->addWidget(m_trainingView);
    m_trainingStack->addWidget(m_sweepView);
    m_tabs->addTab(m_trainingStack, tr("Training"));
    m_tabs->setTabToolTip(kActivationsTab, tr("The book's first experiment: every layer's activations at initialization."));
    m_tabs->setTabToolTip(kTrainingTab, tr("The book's second experiment, train one network per initializer on MNIST, "
                                           "and its next lesson, batch normalization across weight scales."));

    m_panels->addWidget(scrolled(m_activationsPanel));
    m_panels->addWidget(m_trainingPage);
    auto* dock = new QDockWidget(tr("Settings"));
    dock->setObjectName("settingsDock");
    dock->setWidget(m_panels);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setMinimumWidth(std::min(300, std::max(m_activationsPanel->minimumSizeHint().width(),
                                                 m_trainingPanel->minimumSizeHint().width()) +
                                            dock->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8));
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_lessons = new LessonController(this);
    m_formulaDock = new QDockWidget(tr("Formula"));
    m_formulaDock->setObjectName("formulaDock");
    m_formulaDock->setWidget(m_formula);
    m_formulaDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_formulaDock);
    m_formulaDock->hide();
    m_formula->follow(m_activationsPanel);
    statusBar()->addPermanentWidget(m_status, 1);

    buildActions();
    buildMenus();
    connect(m_tabs, &QTabWidget::currentChanged, m_panels, &QStackedWidget::setCurrentIndex);

    connect(m_activationsPanel, &ActivationsPanel::configChanged, this, &MainWindow::recomputeActivations);
    connect(m_trainingPage, &TrainingModePage::modeChanged, this,
            [this](TrainingModePage::Mode mode) { setSweepMode(mode == TrainingModePage::Mode::BatchNormSweep); });
    connect(m_sweep, &BnSweepController::runningChanged, this, &MainWindow::updateActions);
    connect(m_sweep, &BnSweepController::failed, this,
            [this](const ErrorInfo& e, bool aboutDataset) { showError(e, aboutDataset); });
    connect(m_sweep, &BnSweepController::finished, this, &MainWindow::trainingFinished);
    connect(m_activationsPanel, &ActivationsPanel::displayChanged, this, &MainWindow::applyGridOptions);
    connect(m_trainingPanel, &TrainingPanel::displayChanged, this, &MainWindow::applyGridOptions);
    connect(m_file, &FileActions::experimentLoaded, this, [this](const ExperimentFile& experiment) {
        applyExperiment(experiment, false);
        // What the file holds is saved; a value the window had to change is an unsaved change.
        m_savedExperiment = experiment;
        m_export->setSubject(QFileInfo(m_file->currentPath()).completeBaseName());
    });
    connect(m_file, &FileActions::presetChosen, this, [this](const ExperimentFile& experiment, bool bookStyle, double yMax) {
        applyExperiment(experiment, bookStyle, yMax);
        m_savedExperiment = experiment;  // a preset is a known state: nothing to save on quitting
        for (const Preset& p : presets()) {
            if (p.experiment == experiment) m_export->setSubject(QString::fromStdString(p.name));
        }
    });
    connect(m_file, &FileActions::failed, this, [this](const ErrorInfo& e) { showError(e); });
    connect(m_file, &FileActions::saved, this, [this](const QString& path) {
        m_savedExperiment = currentExperiment();
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    });
    connect(m_export, &ExportActions::failed, this, [this](const ErrorInfo& e) { showError(e); });
    connect(m_export, &ExportActions::exported, this, [this](const QString& what) {
        statusBar()->showMessage(tr("Exported to %1").arg(what), 5000);
    });
    m_export->attachContextMenu(m_activationsView->grid()->plot(), [this] { return m_activationsView->figure(); },
                                tr("activations"));
    m_export->attachContextMenu(m_activationsView->depthProfile()->plot(),
                                [this] { return m_activationsView->depthProfile()->figure(); }, tr("depth-profile"));
    m_export->attachContextMenu(m_activationsView->phaseDiagram()->plot(),
                                [this] { return m_activationsView->phaseDiagram()->figure(); }, tr("phase-diagram"));
    connect(m_activationsView->phaseDiagram(), &PhaseDiagramView::pointChosen, this, &MainWindow::tryPhasePoint);
    m_export->attachContextMenu(m_activationsView->jacobian()->plot(),
                                [this] { return m_activationsView->jacobian()->figure(); }, tr("jacobian"));
    m_export->attachContextMenu(m_trainingView->grid()->plot(), [this] { return m_trainingView->figure(); },
                                tr("training"));
    m_export->attachContextMenu(m_sweepView->plot(), [this] { return m_sweepView->figure(); }, tr("batch-norm"));
    m_export->setBnSweepView(m_sweepView);
    m_export->attachContextMenu(m_trainingView->lossPlot()->plot(), [this] {
        return Figure{{m_trainingView->lossPlot()->plot()}, {}, QSize(900, 700), 0, {}};
    }, tr("loss"));
    m_export->attachContextMenu(m_trainingView->updateRatioPlot()->plot(),
                                [this] { return m_trainingView->updateRatioPlot()->figure(); }, tr("update-ratio"));
    m_export->attachContextMenu(m_trainingView->heatMap()->plot(), [this] { return m_trainingView->heatMap()->figure(); },
                                tr("layer-heat-map"));
    m_export->attachContextMenu(m_trainingView->overTime()->plot(), [this] { return m_trainingView->overTime()->figure(); },
                                tr("over-time"));
    connect(m_activationsEngine, &ActivationsEngine::resultReady, m_activationsView, &ActivationsView::showResult);
    connect(m_activationsEngine, &ActivationsEngine::resultReady, this, &MainWindow::confirmRestoredExperiment);
    connect(m_activationsEngine, &ActivationsEngine::failed, this, [this](const ErrorInfo& e) {
        confirmRestoredExperiment();  // an error is an answer too: the app is alive
        showError(e);
    });

    connect(m_lessons, &LessonController::stepShown, this, &MainWindow::showLessonStep);
    connect(m_lessons, &LessonController::tryChosen, this, &MainWindow::tryLessonChange);
    connect(m_lessons, &LessonController::failed, this, [this](const ErrorInfo& e) { showError(e); });
    connect(m_training, &TrainingController::runningChanged, this, &MainWindow::updateActions);
    connect(m_training, &TrainingController::aboutToStart, this, [this] {
        showTraining();
        m_messages->hide();
    });
    connect(m_training, &TrainingController::statusMessage, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_training, &TrainingController::failed, this,
            [this](const ErrorInfo& e, bool aboutDataset) { showError(e, aboutDataset); });
    connect(m_training, &TrainingController::finished, this, &MainWindow::trainingFinished);
    connect(m_training, &TrainingController::datasetSubstituted, this, &MainWindow::noteDatasetSubstituted);
    connect(m_sweep, &BnSweepController::datasetSubstituted, this, &MainWindow::noteDatasetSubstituted);

    // Every plot follows the theme (presentation sizes) from here on.
    for (QCustomPlot* plot : findChildren<QCustomPlot*>()) Theme::instance().attach(plot);

    restoreSettings();
    applyGridOptions();
    resetTraining();  // empty curves for the current settings, ready to run
    m_savedExperiment = currentExperiment();
    m_panels->setCurrentIndex(m_tabs->currentIndex());
    updateActions();
    recomputeActivations();
}

MainWindow::~MainWindow() { stopEngines(); }

void MainWindow::stopEngines() {
    // Both engines are told to stop first, then waited for together: closing takes at most
    // about a second whatever they are doing (see WorkerThread for a step that cannot stop).
    m_training->stop();
    m_sweep->stop();
    m_activationsEngine->cancel();
    const QDeadlineTimer deadline(900);
    m_training->shutdown(deadline);
    m_sweep->shutdown(deadline);
    m_activationsEngine->shutdown(deadline);
}

void MainWindow::buildActions() {
    auto* bar = addToolBar(tr("Training"));
    bar->setObjectName("trainingToolbar");
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_playIcon = style()->standardIcon(QStyle::SP_MediaPlay);
    m_pauseIcon = style()->standardIcon(QStyle::SP_MediaPause);
    m_run = bar->addAction(m_playIcon, tr("Run"), this, &MainWindow::runOrPause);
    m_run->setShortcut(Qt::Key_Space);
    m_run->setShortcutContext(Qt::ApplicationShortcut);
    m_run->setToolTip(tr("Train, pause or resume (Space — anywhere but in a text field, list, box or "
                         "button, where Space types or ticks)"));
    qApp->installEventFilter(new SpaceKeyFilter(this));
    m_step = bar->addAction(style()->standardIcon(QStyle::SP_MediaSkipForward), tr("Step"), this, &MainWindow::stepTraining);
    m_step->setShortcut(Qt::Key_Period);
    m_step->setToolTip(tr("Run to the next snapshot, then pause (.)"));
    m_stop = bar->addAction(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop"), this, &MainWindow::stopTraining);
    m_stop->setShortcut(Qt::Key_Escape);
    m_stop->setShortcutContext(Qt::ApplicationShortcut);
    m_stop->setToolTip(tr("Stop training (Esc)"));
    m_reset = bar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Reset"), this, &MainWindow::resetTraining);
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reset->setToolTip(tr("Stop and clear the training plots (Ctrl+R)"));
    m_present = new PresentationMode({this, findChild<QDockWidget*>("settingsDock"), m_lessons->dock(), m_activationsView,
                                      m_lessons->panel(), m_stop});
    m_bannerSlot->insertWidget(0, m_present->banner());
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_file->populateFileMenu(file);
    file->addSeparator();
    m_export->populateMenu(file->addMenu(tr("&Export")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_file->populatePresetMenu(menuBar()->addMenu(tr("&Presets")));
    m_lessons->populate(menuBar()->addMenu(tr("&Lessons")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_bookStyle = view->addAction(tr("&Book style"));
    m_bookStyle->setCheckable(true);
    m_bookStyle->setToolTip(tr("Draw histograms as the book does: titles \"1-layer\"…, y ticks on the first "
                               "panel only, no summaries"));
    connect(m_bookStyle, &QAction::toggled, this, &MainWindow::applyGridOptions);
    QAction* formula = m_formulaDock->toggleViewAction();
    formula->setText(tr("&Formula panel"));
    formula->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    view->addAction(formula);
    view->addAction(m_present->toggleAction());
    m_theory = view->addAction(tr("&Theory"));
    m_theory->setCheckable(true);
    m_theory->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_theory->setToolTip(tr("Mean-field theory's prediction on every histogram and in the depth profile"));
    connect(m_theory, &QAction::toggled, this, [this](bool on) {
        HistogramGridOptions o = m_activationsPanel->gridOptions();
        if (o.theory == on) return;
        o.theory = on;
        m_activationsPanel->setGridOptions(o);  // its check box follows, and says displayChanged
        applyGridOptions();
    });
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languageGroup = new QActionGroup(language);
    const QString chosen = m_settings.language();
    auto addLanguage = [&](const QString& code, const QString& name) {
        QAction* a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (code != m_settings.language()) emit languageChosen(code);
        });
    };
    addLanguage(QString(), tr("System (%1)").arg(std::find_if(languages().begin(), languages().end(), [](const Language& l) {
                                                   return l.code == systemLanguage();
                                               })->nativeName));
    for (const Language& l : languages()) addLanguage(l.code, l.nativeName);
    QMenu* training = menuBar()->addMenu(tr("&Training"));
    for (QAction* a : {m_run, m_step, m_stop, m_reset}) training->addAction(a);
    m_help->populate(menuBar()->addMenu(tr("&Help")));
}

void MainWindow::applyGridOptions() {
    HistogramGridOptions a = m_activationsPanel->gridOptions(), t = m_trainingPanel->gridOptions();
    // Book style is for the book's figures (the activations grid); the training grids (gradients,
    // probe activations over time) are not in the book and always show their summaries.
    a.bookStyle = m_bookStyle && m_bookStyle->isChecked();
    t.bookStyle = false;
    a.yMax = a.bookStyle ? m_yMax : 0.0;
    if (m_theory && m_theory->isChecked() != a.theory) {
        const QSignalBlocker block(m_theory);
        m_theory->setChecked(a.theory);  // the View menu follows the settings' check box
    }
    m_activationsView->setGridOptions(a);
    m_trainingView->setGridOptions(t);
}

ExperimentFile MainWindow::currentExperiment() const {
    ExperimentFile e;
    e.activations = m_activationsPanel->config();
    e.training = m_trainingPanel->config();
    e.bnSweep = m_sweepPanel->config();
    e.histograms = m_activationsView->quantity();
    e.view = m_tabs->currentIndex() != kTrainingTab ? ExperimentFile::View::Activations
             : sweepMode()                          ? ExperimentFile::View::BnSweep
                                                    : ExperimentFile::View::Training;
    return e;
}

void MainWindow::applyExperiment(const ExperimentFile& experiment, bool bookStyle, double yMax) {
    m_activationsPanel->setConfig(experiment.activations);
    m_activationsView->setQuantity(experiment.histograms);
    m_trainingPanel->setConfig(experiment.training);
    m_sweepPanel->setConfig(experiment.bnSweep);
    if (experiment.view != ExperimentFile::View::Activations) setSweepMode(experiment.view == ExperimentFile::View::BnSweep);
    resetTraining();  // the previous run's curves belong to other settings
    m_tabs->setCurrentIndex(experiment.view == ExperimentFile::View::Activations ? kActivationsTab : kTrainingTab);
    m_bookStyle->setChecked(bookStyle);
    m_yMax = yMax;
    m_yMaxActivation = experiment.activations.activation;
    applyGridOptions();
    // A control that cannot hold a value exactly must not change it silently.
    const std::vector<std::string> changed = differingFields(experiment, currentExperiment());
    if (changed.empty()) {
        m_messages->hide();
    } else {
        QStringList fields;
        for (const std::string& f : changed) fields << QString::fromStdString(f);
        m_messages->showInfo(tr("The window cannot show these values exactly and changed them: %1. "
                                "Save the experiment to keep the new values, or edit the file.")
                                 .arg(fields.join("; ")));
    }
    recomputeActivations();
}

bool MainWindow::openFile(const QString& path) { return m_file->open(path); }

void MainWindow::setPresentation(bool on) { m_present->setOn(on); }

bool MainWindow::isPresenting() const { return m_present->isOn(); }

QLabel* MainWindow::presentationBanner() const { return m_present->banner(); }

void MainWindow::startLesson(const Lesson& lesson) { m_lessons->start(lesson); }

bool MainWindow::openLesson(const QString& path) { return m_lessons->open(path); }

LessonPanel* MainWindow::lessonPanel() const { return m_lessons->panel(); }

void MainWindow::showLessonStep(const LessonStep& step, int index) {
    applyExperiment(step.experiment, step.bookStyle, step.yMax);
    m_savedExperiment = step.experiment;  // a lesson's step is a known state, like a preset
    if (m_theory->isChecked() != step.theory) m_theory->setChecked(step.theory);
    m_export->setSubject(QStringLiteral("lesson-step-%1").arg(index + 1));
    m_present->updateBanner();
    emit lessonStepShown(index);
}

void MainWindow::tryLessonChange(const std::vector<SettingChange>& changes, const QString& label) {
    try {
        applyExperiment(applyChanges(currentExperiment(), changes), m_bookStyle->isChecked(), m_yMax);
        statusBar()->showMessage(tr("Tried: %1").arg(label), 5000);
    } catch (...) {
        showError(describeError(std::current_exception()));
    }
}

MainWindow::Session MainWindow::endForReplacement() {
    Session s;
    s.savedExperiment = m_savedExperiment;
    s.filePath = m_file->currentPath();
    s.exportSubject = m_export->subject();
    s.bookStyle = m_bookStyle->isChecked();
    s.yMax = m_yMax;
    s.yMaxActivation = m_yMaxActivation;
    saveSettings();
    stopEngines();
    return s;
}

void MainWindow::resumeSession(const Session& s) {
    m_savedExperiment = s.savedExperiment;
    m_file->setCurrentPath(s.filePath);
    m_export->setSubject(s.exportSubject);
    m_yMax = s.yMax;
    m_yMaxActivation = s.yMaxActivation;
    m_bookStyle->setChecked(s.bookStyle);
    applyGridOptions();
}

namespace {
MainWindow::UnsavedChangesPrompt& unsavedPrompt() {
    static MainWindow::UnsavedChangesPrompt prompt;
    return prompt;
}
}  // namespace

void MainWindow::setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) { unsavedPrompt() = std::move(prompt); }

bool MainWindow::hasUnsavedChanges() const {
    // Which tab is in front is not a change to the experiment.
    const ExperimentFile now = currentExperiment();
    return !(now.activations == m_savedExperiment.activations && now.training == m_savedExperiment.training &&
             now.bnSweep == m_savedExperiment.bnSweep);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            openFile(url.toLocalFile());
            break;
        }
    }
}

bool MainWindow::isTraining() const { return m_training->isRunning(); }

bool MainWindow::isBusy() const { return m_training->isRunning() || m_sweep->isRunning(); }

bool MainWindow::sweepMode() const { return m_trainingPage->mode() == TrainingModePage::Mode::BatchNormSweep; }

void MainWindow::setSweepMode(bool sweep) {
    m_trainingPage->setMode(sweep ? TrainingModePage::Mode::BatchNormSweep : TrainingModePage::Mode::CompareInitializers);
    m_trainingStack->setCurrentWidget(sweep ? static_cast<QWidget*>(m_sweepView) : m_trainingView);
    updateActions();
}

void MainWindow::updateActions() {
    const bool busy = sweepMode() ? m_sweep->isRunning() : m_training->isRunning();
    const bool paused = sweepMode() ? m_sweep->isPaused() : m_training->isPaused();
    const QString text = !busy ? tr("Run") : (paused ? tr("Resume") : tr("Pause"));
    const bool canStep = !sweepMode();  // the sweep has no snapshots to step to
    if (m_run->text() == text && m_stop->isEnabled() == busy && m_step->isEnabled() == canStep) return;  // ~30×/s
    m_run->setText(text);
    m_run->setIcon(busy && !paused ? m_pauseIcon : m_playIcon);
    m_stop->setEnabled(busy);
    m_step->setEnabled(canStep);
}

void MainWindow::recomputeActivations() {
    ActivationsConfig config = m_activationsPanel->config();
    config.backward = true;  // the window always measures it (a file keeps its own setting for `run`)
    if (m_yMax > 0 && config.activation != m_yMaxActivation) {
        m_yMax = 0.0;  // a preset's fixed axis suits only the activation it was drawn for
        applyGridOptions();
    }
    try {
        validate(config);
    } catch (const ConfigError&) {
        showError(describeError(std::current_exception()));
        return;
    }
    if (config.initializers.empty()) return;
    // A large setting takes seconds: say so rather than sit silent (the newest change still wins).
    const double seconds = estimateResources(config).flops / 20e9;
    if (seconds > 2.0) {
        statusBar()->showMessage(tr("Computing these settings takes about %1 s…").arg(std::ceil(seconds)), int(seconds * 1000) + 2000);
    }
    m_activationsEngine->submit(config);
}

void MainWindow::showTraining() { m_tabs->setCurrentIndex(kTrainingTab); }

void MainWindow::tryPhasePoint(double sigmaW2, double sigmaB2) {
    // A custom initializer N(0, σ²) with σ² = σ_w²/n_in, and biases N(0, σ_b²) when σ_b² > 0,
    // beside the initializers already shown (replacing the previous point's).
    ActivationsConfig c = m_activationsPanel->config();
    const double sigma = std::sqrt(sigmaW2 / c.inputWidth());
    const std::string spec = "std=" + formatNumber(sigma, 3);
    std::erase_if(c.initializers, [&](const std::string& s) { return s == m_phaseSpec; });
    if (std::find(c.initializers.begin(), c.initializers.end(), spec) == c.initializers.end()) c.initializers.push_back(spec);
    m_phaseSpec = spec;
    const double sigmaB = std::sqrt(sigmaB2);
    if (sigmaB2 > 1e-4) {
        c.bias = true;
        c.biasInit = "normal=" + formatNumber(sigmaB, 3);
    } else {
        c.biasInit = "zeros";
    }
    m_activationsPanel->setConfig(c);
    recomputeActivations();
    statusBar()->showMessage(tr("Custom initializer %1 (σ_w² = %2), biases %3")
                                 .arg(QString::fromStdString(spec), compact(sigmaW2), QString::fromStdString(c.biasInit)),
                             5000);
}

void MainWindow::runOrPause() {
    if (sweepMode()) {
        showTraining();
        if (m_sweep->isRunning()) {
            m_sweep->togglePause();
        } else {
            m_messages->hide();
            m_sweep->start();
        }
        return;
    }
    if (!m_training->isRunning()) {
        m_training->start();
        return;
    }
    m_training->togglePause();
}

void MainWindow::startTraining() {
    if (sweepMode()) {
        showTraining();
        m_messages->hide();
        m_sweep->start();
        return;
    }
    m_training->start();
}

void MainWindow::stepTraining() {
    if (!sweepMode()) m_training->step();
}

void MainWindow::stopTraining() {
    m_training->stop();
    m_sweep->stop();
}

void MainWindow::resetTraining() {
    m_training->reset();
    m_sweep->reset();
}

void MainWindow::noteDatasetSubstituted(const QString& folder) {
    // A first run without MNIST trains on Fashion-MNIST rather than failing; said once a session.
    if (m_datasetNoteShown) return;
    m_datasetNoteShown = true;
    m_messages->showInfo(tr("MNIST was not found, so this run trains on Fashion-MNIST (%1): the same format, "
                            "clothing instead of digits. To train on MNIST, see Help → Getting MNIST.")
                             .arg(folder));
}

void MainWindow::showError(const ErrorInfo& error, bool aboutDataset) {
    // The hint comes from what kind of error it is, never from its words.
    QString hint;
    switch (error.kind) {
        case ErrorInfo::Kind::DatasetNotFound:
            hint = tr("Choose a dataset folder in Settings → Training, or pick fashion-mnist.");
            break;
        case ErrorInfo::Kind::File:
            hint = !error.field.empty() ? tr("Correct the setting named above in the file and open it again.")
                   : aboutDataset       ? tr("Choose a dataset folder in Settings → Training, or pick fashion-mnist.")
                                        : tr("Check the file named above.");
            break;
        case ErrorInfo::Kind::Config:
            hint = tr("Correct the setting named above and try again.");
            break;
        case ErrorInfo::Kind::OutOfMemory:
            hint = tr("Make the network or the input smaller, or compare fewer initializers.");
            break;
        case ErrorInfo::Kind::Cancelled:
            return;
        case ErrorInfo::Kind::Internal:
            hint = tr("This is a fault in InitScope; the rest of the window keeps working.");
            break;
    }
    m_messages->showError(errorText(error), hint);
}

void MainWindow::confirmRestoredExperiment() {
    if (!m_restorePending) return;
    m_restorePending = false;
    m_settings.confirmRestored();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (hasUnsavedChanges()) {
        const auto answer = unsavedPrompt()
                                ? unsavedPrompt()()
                                : QMessageBox::question(this, tr("Unsaved experiment"),
                                                        tr("The experiment's settings have changed since they were "
                                                           "last saved. Save them before closing?"),
                                                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                        QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_file->save())) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    stopEngines();
    event->accept();
}

void MainWindow::restoreSettings() {
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(m_settings.geometry())) {
        // First launch: most of a large screen, all of a small one (a 1024 × 768 projector).
        const bool small = available.width() <= 1366 || available.height() <= 800;
        resize(small ? available.size() : QSize(available.width() * 9 / 10, available.height() * 9 / 10));
        if (small) {  // the settings as narrow as they read well: the grid gets the rest
            if (auto* dock = findChild<QDockWidget*>("settingsDock")) resizeDocks({dock}, {dock->minimumWidth()}, Qt::Horizontal);
        }
        move(available.topLeft() + QPoint((available.width() - width()) / 2, (available.height() - height()) / 2));
    } else if (!available.contains(frameGeometry())) {
        // Remembered from a larger screen: bring it within this one.
        resize(std::min(width(), available.width()), std::min(height(), available.height()));
        move(std::clamp(x(), available.left(), std::max(available.left(), available.right() - frameGeometry().width())),
             std::clamp(y(), available.top(), std::max(available.top(), available.bottom() - frameGeometry().height())));
    }
    restoreState(m_settings.windowState());
    const SettingsStore::Remembered remembered = m_settings.takeRememberedExperiment();
    if (remembered.lastLaunchCrashed) {
        m_messages->showInfo(tr("The last session ended before it could show its remembered experiment, so "
                                "InitScope started with the default experiment instead."));
    } else if (remembered.experiment) {
        // Marked until the first result arrives (confirmRestoredExperiment).
        m_restorePending = true;
        try {
            const ExperimentFile e = parseExperiment(remembered.experiment->toStdString());
            m_activationsPanel->setConfig(e.activations);
            m_activationsView->setQuantity(e.histograms);
            m_trainingPanel->setConfig(e.training);
            m_sweepPanel->setConfig(e.bnSweep);
            if (e.view != ExperimentFile::View::Activations) setSweepMode(e.view == ExperimentFile::View::BnSweep);
            m_tabs->setCurrentIndex(e.view == ExperimentFile::View::Activations ? kActivationsTab : kTrainingTab);
        } catch (const std::exception&) {
            // A damaged or newer settings entry: start from the defaults rather than refuse to start.
            m_settings.forgetExperiment();
            m_restorePending = false;
        }
    }
    DisplaySettings defaults;
    defaults.activations = m_activationsPanel->gridOptions();
    defaults.training = m_trainingPanel->gridOptions();
    const DisplaySettings d = m_settings.display(defaults);
    m_activationsPanel->setGridOptions(d.activations);
    m_trainingPanel->setGridOptions(d.training);
    m_trainingView->setSmoothing(d.smoothing);
    m_trainingView->views()->setCurrentIndex(d.trainingTab);
    m_trainingView->setGridQuantity(d.trainingQuantity);
    m_trainingView->heatMap()->setStatistic(LayerHeatMap::Statistic(d.heatStatistic));
    m_trainingView->overTime()->setQuantity(HistogramTimeView::Quantity(d.overTimeQuantity));
}

void MainWindow::saveSettings() {
    m_settings.saveWindow(saveGeometry(), saveState());
    try {
        m_settings.saveExperiment(QString::fromStdString(serializeExperiment(currentExperiment())));
    } catch (const std::exception&) {
    }
    DisplaySettings d;
    d.activations = m_activationsPanel->gridOptions();
    d.training = m_trainingPanel->gridOptions();
    d.smoothing = m_trainingView->smoothing();
    d.trainingTab = m_trainingView->views()->currentIndex();
    d.trainingQuantity = m_trainingView->gridQuantity();
    d.heatStatistic = int(m_trainingView->heatMap()->statistic());
    d.overTimeQuantity = int(m_trainingView->overTime()->quantity());
    m_settings.saveDisplay(d);
}

}  // namespace initscope::ui
