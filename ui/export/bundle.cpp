#include "bundle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include "common/errors.h"
#include "io/atomic_file.h"
#include "io/json_io.h"

namespace initscope::ui {

std::string provenanceText(const BundleContent& c) {
    std::string t = "InitScope " + QCoreApplication::applicationVersion().toStdString() + "\n";
    t += "Written: " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString() + "\n";
    t += "Activations experiment seed: " + std::to_string(c.experiment.activations.seed) + "\n";
    t += "Training experiment seed: " + std::to_string(c.experiment.training.seed) + "\n";
    if (c.hasTraining) t += "Training dataset folder: " + c.datasetFolder + "\n";
    if (c.sweep) {
        t += "Batch norm sweep seed: " + std::to_string(c.sweep->config.seed) + "\n";
        if (!c.sweep->datasetFolder.empty()) t += "Batch norm sweep dataset folder: " + c.sweep->datasetFolder + "\n";
    }
    t += "Loss smoothing window: " + std::to_string(c.smoothing) + "\n";
    t += "Full configuration (experiment.json):\n" + serializeExperiment(c.experiment);
    return t;
}

const std::vector<std::string>& bundleFileNames() {
    static const std::vector<std::string> kNames = {
        "experiment.json", "provenance.txt", "activations.png", "activations.svg", "activations.pdf",
        "histograms.csv", "spread.csv", "depth-profile.png", "depth-profile.svg", "depth-profile.pdf", "training.png", "training.svg", "training.pdf",
        "update-ratio.png", "update-ratio.svg", "update-ratio.pdf", "layer-heat-map.png", "layer-heat-map.svg",
        "layer-heat-map.pdf", "over-time.png", "over-time.svg", "over-time.pdf", "loss.csv", "snapshots.csv", "update-ratio.csv",
        "batch-norm.png", "batch-norm.svg", "batch-norm.pdf", "batch-norm.csv"};
    return kNames;
}

QStringList writeBundle(const QString& folder, const BundleContent& c) {
    QStringList written;
    // The files go to a fresh folder that then takes the place of `folder` in one step: an older
    // bundle there is replaced whole (no stale figures beside a new experiment.json), and an
    // interrupted export leaves the old bundle or the new one.
    writeFolderAtomically(folder.toStdString(), [&](const std::string& temporary) {
        const QDir dir(QString::fromStdString(temporary));
        auto save = [&](const QString& name, const QByteArray& bytes) {
            saveAtomically(dir.filePath(name), bytes);
            written << name;
        };
        fill(c, save);
    }, bundleFileNames());
    return written;
}

void fill(const BundleContent& c, const std::function<void(const QString&, const QByteArray&)>& save) {
    save("experiment.json", QByteArray::fromStdString(serializeExperiment(c.experiment)));
    save("provenance.txt", QByteArray::fromStdString(provenanceText(c)));
    if (c.activations) {
        save("activations.png", renderFigure(c.activationsFigure, ImageFormat::Png, {}, 2.0));
        save("activations.svg", renderFigure(c.activationsFigure, ImageFormat::Svg, {}, 1.0));
        save("activations.pdf", renderFigure(c.activationsFigure, ImageFormat::Pdf, {}, 1.0));
        save("histograms.csv", QByteArray::fromStdString(activationsCsv(*c.activations)));
        if (c.activations->config.repeats > 1) save("spread.csv", QByteArray::fromStdString(spreadCsv(*c.activations)));
        if (c.activations->config.backward && !c.depthProfileFigure.plots.empty()) {
            save("depth-profile.png", renderFigure(c.depthProfileFigure, ImageFormat::Png, {}, 2.0));
            save("depth-profile.svg", renderFigure(c.depthProfileFigure, ImageFormat::Svg, {}, 1.0));
            save("depth-profile.pdf", renderFigure(c.depthProfileFigure, ImageFormat::Pdf, {}, 1.0));
        }
    }
    if (c.hasTraining) {
        save("training.png", renderFigure(c.trainingFigure, ImageFormat::Png, {}, 2.0));
        save("training.svg", renderFigure(c.trainingFigure, ImageFormat::Svg, {}, 1.0));
        save("training.pdf", renderFigure(c.trainingFigure, ImageFormat::Pdf, {}, 1.0));
        for (const auto& [name, figure] : {std::pair{QStringLiteral("update-ratio"), &c.updateRatioFigure},
                                           std::pair{QStringLiteral("layer-heat-map"), &c.heatMapFigure},
                                           std::pair{QStringLiteral("over-time"), &c.overTimeFigure}}) {
            if (figure->plots.empty()) continue;
            save(name + ".png", renderFigure(*figure, ImageFormat::Png, {}, 2.0));
            save(name + ".svg", renderFigure(*figure, ImageFormat::Svg, {}, 1.0));
            save(name + ".pdf", renderFigure(*figure, ImageFormat::Pdf, {}, 1.0));
        }
        save("loss.csv", QByteArray::fromStdString(lossCurvesCsv(c.lossNames, c.losses, c.smoothing)));
        if (c.snapshots && !c.snapshots->empty()) save("snapshots.csv", QByteArray::fromStdString(snapshotStatsCsv(*c.snapshots)));
        if (c.trainingResult) save("update-ratio.csv", QByteArray::fromStdString(updateRatioCsv(*c.trainingResult)));
    }
    if (c.sweep) {
        save("batch-norm.png", renderFigure(c.sweepFigure, ImageFormat::Png, {}, 2.0));
        save("batch-norm.svg", renderFigure(c.sweepFigure, ImageFormat::Svg, {}, 1.0));
        save("batch-norm.pdf", renderFigure(c.sweepFigure, ImageFormat::Pdf, {}, 1.0));
        save("batch-norm.csv", QByteArray::fromStdString(bnSweepCsv(*c.sweep)));
    }
}

}  // namespace initscope::ui
