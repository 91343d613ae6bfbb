#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <string>
#include <vector>

#include "experiments/activations.h"
#include "experiments/bn_sweep.h"
#include "experiments/training.h"
#include "export/figure_export.h"
#include "io/experiment_file.h"

namespace initscope::ui {

// Everything "Export all…" (and `initscope run`) writes into one folder.
struct BundleContent {
    ExperimentFile experiment;
    const ActivationsResult* activations = nullptr;
    Figure activationsFigure;
    Figure depthProfileFigure;  // written when the activations carry the backward pass
    bool hasTraining = false;
    std::vector<std::string> lossNames;
    std::vector<std::vector<double>> losses;
    int smoothing = 11;
    Figure trainingFigure;
    Figure updateRatioFigure;  // update-ratio.{png,svg,pdf}
    Figure heatMapFigure;      // layer-heat-map.{png,svg,pdf}
    Figure overTimeFigure;     // over-time.{png,svg,pdf}
    std::string datasetFolder;
    const std::vector<TrainingSnapshot>* snapshots = nullptr;  // snapshots.csv: every snapshot's statistics
    const TrainingResult* trainingResult = nullptr;            // update-ratio.csv, when the run's ratios are at hand
    const BnSweepResult* sweep = nullptr;  // the batch-norm sweep, when it has results
    Figure sweepFigure;
};

// Writes experiment.json, provenance.txt, activations.{png,svg,pdf}, histograms.csv, with the
// backward pass depth-profile.{png,svg,pdf}, and, with
// training data, training.{png,svg,pdf}, update-ratio.{png,svg,pdf}, layer-heat-map.{png,svg,pdf},
// over-time.{png,svg,pdf}, loss.csv, snapshots.csv and update-ratio.csv, and with a sweep, batch-norm.{png,svg,pdf} and
// batch-norm.csv into `folder`, replacing an earlier bundle
// there whole (writeFolderAtomically; a folder holding other files is refused). Returns the file
// names. Throws FileError naming the file or folder that failed.
QStringList writeBundle(const QString& folder, const BundleContent& content);

// Every name a bundle may hold.
const std::vector<std::string>& bundleFileNames();

// Hands each file of the bundle to `save` (name, bytes).
void fill(const BundleContent& content, const std::function<void(const QString&, const QByteArray&)>& save);

// "InitScope 0.1.0", the date, the seeds, the dataset and the full configuration.
std::string provenanceText(const BundleContent& content);

}  // namespace initscope::ui
