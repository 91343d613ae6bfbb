#include "export_actions.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QMenu>
#include <qcustomplot.h>

#include "activations_view.h"
#include "bn_sweep_view.h"
#include "bundle.h"
#include "depth_profile_view.h"
#include "phase_diagram_view.h"
#include "common/errors.h"
#include "export_dialog.h"
#include "io/json_io.h"
#include "histogram_time_view.h"
#include "layer_heat_map.h"
#include "training_view.h"
#include "update_ratio_plot.h"

namespace initscope::ui {

ExportActions::ExportActions(QWidget* window, ActivationsView* activations, TrainingView* training,
                             std::function<ExperimentFile()> experiment, QObject* parent)
    : QObject(parent), m_window(window), m_activations(activations), m_training(training),
      m_experiment(std::move(experiment)) {}

void ExportActions::populateMenu(QMenu* menu) {
    menu->addAction(tr("Activations figure…"), this, [this] { askAndSaveFigure(m_activations->figure(), "activations"); });
    menu->addAction(tr("Depth profile figure…"), this,
                    [this] { askAndSaveFigure(m_activations->depthProfile()->figure(), "depth-profile"); });
    menu->addAction(tr("Phase diagram figure…"), this,
                    [this] { askAndSaveFigure(m_activations->phaseDiagram()->figure(), "phase-diagram"); });
    menu->addAction(tr("Training figure…"), this, [this] { askAndSaveFigure(m_training->figure(), "training"); });
    menu->addAction(tr("Update ratio figure…"), this,
                    [this] { askAndSaveFigure(m_training->updateRatioPlot()->figure(), "update-ratio"); });
    menu->addAction(tr("Layer × time heat map figure…"), this,
                    [this] { askAndSaveFigure(m_training->heatMap()->figure(), "layer-heat-map"); });
    menu->addAction(tr("Histograms over time figure…"), this,
                    [this] { askAndSaveFigure(m_training->overTime()->figure(), "over-time"); });
    menu->addAction(tr("Batch norm figure…"), this, [this] {
        if (m_sweep) askAndSaveFigure(m_sweep->figure(), "batch-norm");
    });
    menu->addAction(tr("Copy activations figure"), this, [this] { copyFigure(m_activations->figure()); });
    menu->addAction(tr("Copy training figure"), this, [this] { copyFigure(m_training->figure()); });
    menu->addSeparator();
    menu->addAction(tr("Histograms as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Save histograms"), "histograms.csv", tr("CSV (*.csv)"));
        if (!path.isEmpty()) saveHistogramsCsv(path);
    });
    menu->addAction(tr("Loss curves as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Save loss curves"), "loss.csv", tr("CSV (*.csv)"));
        if (!path.isEmpty()) saveLossCsv(path);
    });
    menu->addAction(tr("Update ratios as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Save update ratios"), "update-ratio.csv", tr("CSV (*.csv)"));
        if (!path.isEmpty()) saveUpdateRatioCsv(path);
    });
    menu->addAction(tr("Snapshot statistics as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Save every snapshot's statistics"), "snapshots.csv",
                                                          tr("CSV (*.csv)"));
        if (!path.isEmpty()) saveSnapshotsCsv(path);
    });
    menu->addAction(tr("Batch norm accuracies as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Save batch norm accuracies"), "batch-norm.csv",
                                                          tr("CSV (*.csv)"));
        if (!path.isEmpty()) saveBnSweepCsv(path);
    });
    menu->addSeparator();
    QAction* all = menu->addAction(tr("Export all…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Export everything into a folder"));
        if (!folder.isEmpty()) exportAll(folder);
    });
    all->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    all->setToolTip(tr("Every figure, the CSVs, the experiment file and a provenance note, in one folder"));
}

void ExportActions::attachContextMenu(QCustomPlot* plot, std::function<Figure()> figure, const QString& name) {
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot, &QWidget::customContextMenuRequested, this, [this, plot, figure, name](const QPoint& pos) {
        QMenu menu(plot);
        menu.addAction(tr("Save plot as…"), this, [this, figure, name] { askAndSaveFigure(figure(), name); });
        menu.addAction(tr("Copy image"), this, [this, figure] { copyFigure(figure()); });
        menu.exec(plot->mapToGlobal(pos));
    });
}

void ExportActions::askAndSaveFigure(const Figure& figure, const QString& name) {
    const QString subject = m_subject.isEmpty() ? QString::fromStdString(m_experiment().activations.activation) : m_subject;
    ExportDialog dialog(tr("Save %1 figure").arg(name), suggestedExportPath(subject + "-" + name, "png"),
                        figure.naturalSize, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty()) return;
    saveFigure(figure, dialog.path(), dialog.size(), dialog.scale(), dialog.printSize());
}

void ExportActions::saveFigure(const Figure& figure, const QString& path, QSize size, double scale, const PrintSize& print) {
    try {
        exportFigure(figure, path, size, scale, print);
        emit exported(path);
    } catch (...) {
        emit failed(describeError(std::current_exception()));
    }
}

void ExportActions::copyFigure(const Figure& figure) {
    QApplication::clipboard()->setImage(renderImage(figure, {}, 2.0));
    emit exported(tr("the clipboard"));
}

void ExportActions::saveHistogramsCsv(const QString& path) {
    try {
        saveAtomically(path, QByteArray::fromStdString(activationsCsv(m_activations->result())));
        emit exported(path);
    } catch (...) {
        emit failed(describeError(std::current_exception()));
    }
}

bool ExportActions::hasTraining() const {
    for (const auto& l : m_training->losses()) {
        if (!l.empty()) return true;
    }
    return false;
}

void ExportActions::saveLossCsv(const QString& path) {
    saveTrainingTable(path, [this] {
        return lossCurvesCsv(m_training->config().initializers, m_training->losses(), m_training->smoothing());
    });
}

void ExportActions::saveUpdateRatioCsv(const QString& path) {
    saveTrainingTable(path, [this] { return updateRatioCsv(m_training->updateRatioRecord()); });
}

void ExportActions::saveSnapshotsCsv(const QString& path) {
    saveTrainingTable(path, [this] { return snapshotStatsCsv(m_training->snapshots()); });
}

void ExportActions::saveTrainingTable(const QString& path, const std::function<std::string()>& table) {
    if (!hasTraining()) {
        ErrorInfo nothing;
        nothing.kind = ErrorInfo::Kind::Config;
        nothing.field = "training";
        nothing.message = nothing.text = tr("There is no training run yet: train first (Training tab, Run).").toStdString();
        emit failed(nothing);
        return;
    }
    try {
        saveAtomically(path, QByteArray::fromStdString(table()));
        emit exported(path);
    } catch (...) {
        emit failed(describeError(std::current_exception()));
    }
}

void ExportActions::saveBnSweepCsv(const QString& path) {
    if (!m_sweep || m_sweep->finishedCount() == 0) {
        ErrorInfo nothing;
        nothing.kind = ErrorInfo::Kind::Config;
        nothing.field = "bn_sweep";
        nothing.message = nothing.text =
            tr("No weight scale has finished yet: run the batch norm sweep first (Training tab).").toStdString();
        emit failed(nothing);
        return;
    }
    try {
        saveAtomically(path, QByteArray::fromStdString(bnSweepCsv(m_sweep->result())));
        emit exported(path);
    } catch (...) {
        emit failed(describeError(std::current_exception()));
    }
}

void ExportActions::exportAll(const QString& folder) {
    BundleContent content;
    content.experiment = m_experiment();
    content.activations = &m_activations->result();
    content.activationsFigure = m_activations->figure();
    content.depthProfileFigure = m_activations->depthProfile()->figure();
    content.smoothing = m_training->smoothing();
    if (hasTraining()) {
        content.hasTraining = true;
        content.trainingFigure = m_training->figure();
        content.updateRatioFigure = m_training->updateRatioPlot()->figure();
        content.heatMapFigure = m_training->heatMap()->figure();
        content.overTimeFigure = m_training->overTime()->figure();
        content.lossNames = m_training->config().initializers;
        content.losses = m_training->losses();
        content.snapshots = &m_training->snapshots();
        content.trainingResult = &m_training->updateRatioRecord();  // update-ratio.csv
        content.experiment.training = m_training->config();  // the settings the curves came from
        content.datasetFolder = m_training->config().dataset;
    }
    BnSweepResult sweep;
    if (m_sweep && m_sweep->finishedCount() > 0) {
        sweep = m_sweep->result();
        content.sweep = &sweep;
        content.sweepFigure = m_sweep->figure();
        content.experiment.bnSweep = sweep.config;  // the settings the cells came from
    }
    try {
        const QStringList files = writeBundle(folder, content);
        emit exported(tr("%1 (%2 files)").arg(folder).arg(files.size()));
    } catch (...) {
        emit failed(describeError(std::current_exception()));
    }
}

}  // namespace initscope::ui
