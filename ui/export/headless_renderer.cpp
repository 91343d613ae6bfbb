#include "initscope_version.h"
#include "headless_renderer.h"

#include <QApplication>
#include <clocale>
#include <cstdio>
#include <cstdlib>

#include "activations_view.h"
#include "bn_sweep_view.h"
#include "bundle.h"
#include "language.h"
#include "depth_profile_view.h"
#include "nn/initializer.h"
#include "loss_plot.h"
#include "histogram_time_view.h"
#include "layer_heat_map.h"
#include "training_view.h"
#include "update_ratio_plot.h"

namespace initscope::ui {
namespace {
int g_argc = 1;
char g_name[] = "initscope";
char* g_argv[] = {g_name, nullptr};

HistogramGridOptions bookOptions(const FigureOptions& o) {
    HistogramGridOptions g;
    g.bookStyle = o.bookStyle;
    g.yMax = o.yMax;
    g.theory = o.theory;
    return g;
}
}  // namespace

bool noDisplay() {
    auto empty = [](const char* name) {
        const char* v = std::getenv(name);
        return !v || !*v;
    };
    return empty("QT_QPA_PLATFORM") && empty("DISPLAY") && empty("WAYLAND_DISPLAY");
}

HeadlessRenderer::HeadlessRenderer() = default;
HeadlessRenderer::~HeadlessRenderer() = default;

void HeadlessRenderer::ensureApplication() {
    if (QApplication::instance()) return;
    // A command-line run prints its own one-line errors; Qt's chatter (XDG_RUNTIME_DIR, fonts)
    // would only confuse, so keep just Qt's critical messages.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtCriticalMsg || type == QtFatalMsg) std::fprintf(stderr, "initscope: %s\n", qPrintable(message));
    });
    // Rendering never needs a screen: use the offscreen platform unless one was chosen.
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication::setApplicationName("InitScope");
    QApplication::setApplicationVersion(INITSCOPE_VERSION);
    m_app = std::make_unique<QApplication>(g_argc, g_argv);
    std::setlocale(LC_NUMERIC, "C");
}

void HeadlessRenderer::setLanguage(const std::string& code) {
    ensureApplication();
    installLanguage(QString::fromStdString(code));
}

void HeadlessRenderer::renderActivations(const ActivationsResult& result, const std::string& path,
                                         const FigureOptions& options) {
    ensureApplication();
    ActivationsView view;
    view.setGridOptions(bookOptions(options));
    view.setQuantity(options.quantity);
    view.showResult(result, 0.0);
    exportFigure(view.figure(), QString::fromStdString(path), QSize(options.width, options.height), options.scale,
                 {options.widthCm, options.fontPt});
}

void HeadlessRenderer::renderTraining(const TrainingResult& result, const std::string& path,
                                      const FigureOptions& options) {
    ensureApplication();
    TrainingView view;
    view.setSmoothing(options.smoothing);
    view.setGridOptions(bookOptions(options));
    view.showResult(result);
    // The book's figure 6-15 is the loss plot alone; otherwise the composite the window shows.
    if (options.bookStyle) view.lossPlot()->setShowAccuracy(false);
    exportFigure(options.bookStyle ? view.lossFigure() : view.figure(), QString::fromStdString(path),
                 QSize(options.width, options.height), options.scale, {options.widthCm, options.fontPt});
}

void HeadlessRenderer::renderBnSweep(const BnSweepResult& result, const std::string& path,
                                     const FigureOptions& options) {
    ensureApplication();
    BnSweepView view;
    view.showResult(result);
    exportFigure(view.figure(), QString::fromStdString(path), QSize(options.width, options.height), options.scale,
                 {options.widthCm, options.fontPt});
}

std::vector<std::string> HeadlessRenderer::writeBundle(const std::string& folder,
                                                       const ExperimentFile& experiment,
                                                       const ActivationsResult& activations,
                                                       const TrainingResult* training,
                                                       const BnSweepResult* sweep,
                                                       const FigureOptions& options) {
    ensureApplication();
    ActivationsView activationsView;
    activationsView.setGridOptions(bookOptions(options));
    activationsView.setQuantity(experiment.histograms);
    activationsView.showResult(activations, 0.0);
    TrainingView trainingView;
    trainingView.setSmoothing(options.smoothing);
    BundleContent content;
    content.experiment = experiment;
    content.activations = &activations;
    content.activationsFigure = activationsView.figure();
    content.depthProfileFigure = activationsView.depthProfile()->figure();
    content.smoothing = options.smoothing;
    if (training) {
        trainingView.showResult(*training);
        content.hasTraining = true;
        content.trainingFigure = trainingView.figure();
        content.updateRatioFigure = trainingView.updateRatioPlot()->figure();
        content.heatMapFigure = trainingView.heatMap()->figure();
        content.overTimeFigure = trainingView.overTime()->figure();
        content.datasetFolder = training->datasetFolder;
        content.snapshots = &training->snapshots;
        content.trainingResult = training;
        for (const auto& run : training->runs) {
            content.lossNames.push_back(run.initializer);
            content.losses.push_back(run.loss);
        }
    }
    BnSweepView sweepView;
    if (sweep) {
        sweepView.showResult(*sweep);
        content.sweep = sweep;
        content.sweepFigure = sweepView.figure();
    }
    std::vector<std::string> names;
    for (const QString& n : ui::writeBundle(QString::fromStdString(folder), content)) names.push_back(n.toStdString());
    return names;
}

}  // namespace initscope::ui
