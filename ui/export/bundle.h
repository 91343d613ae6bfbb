#pragma once

#include <QString>
#include <QStringList>
#include <string>
#include <vector>

#include "experiments/activations.h"
#include "export/figure_export.h"
#include "io/experiment_file.h"

namespace initscope::ui {

// Everything "Export all…" (and `initscope run`) writes into one folder.
struct BundleContent {
    ExperimentFile experiment;
    const ActivationsResult* activations = nullptr;
    Figure activationsFigure;
    bool hasTraining = false;
    std::vector<std::string> lossNames;
    std::vector<std::vector<double>> losses;
    int smoothing = 11;
    Figure trainingFigure;
    std::string datasetFolder;
};

// Writes experiment.json, provenance.txt, activations.{png,svg,pdf}, histograms.csv and, with
// training data, training.{png,svg,pdf} and loss.csv; creates the folder. Each file is written
// atomically. Returns the file names. Throws FileError naming the file that failed.
QStringList writeBundle(const QString& folder, const BundleContent& content);

// "InitScope 0.1.0", the date, the seeds, the dataset and the full configuration.
std::string provenanceText(const BundleContent& content);

}  // namespace initscope::ui
