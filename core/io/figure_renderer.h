#pragma once

#include <string>

#include "experiments/activations.h"
#include "experiments/bn_sweep.h"
#include "experiments/training.h"
#include "io/experiment_file.h"

namespace initscope {

// How a figure is rendered to a file: logical size in pixels (0: the figure's natural size), a
// device-pixel scale for PNG (1×, 2×, 3×), and the book's look (titles "1-layer"…, no summaries).
struct FigureOptions {
    int width = 0;
    int height = 0;
    double scale = 1.0;
    bool bookStyle = false;
    double yMax = 0.0;  // fixed top of the histograms' count axis; 0: automatic
    int smoothing = 11;
    // A figure for print: this wide, its text this large (both > 0), whatever the format. The
    // height follows the figure's shape; PNG is then 300 dpi.
    double widthCm = 0.0;
    double fontPt = 0.0;
    // What an activations figure's histograms show (the others need the backward pass).
    Quantity quantity = Quantity::Activations;
    // Mean-field theory's curves on an activations figure (the result must carry its theory).
    bool theory = false;
};

// The print defaults: a column of A4 or Letter text (16 cm) at 10 pt.
inline constexpr double kPrintWidthCm = 16.0;
inline constexpr double kPrintFontPt = 10.0;

// Draws the same figures the desktop app shows, without a window. The command line stays free of
// Qt: the app injects the Qt implementation; a build without the GUI has none.
class FigureRenderer {
public:
    virtual ~FigureRenderer() = default;
    // The language of the figures' words from now on ("en", "ko"); the command line's own
    // messages stay English.
    virtual void setLanguage(const std::string& /*code*/) {}
    // The format follows the file's extension: .png, .svg or .pdf. Writes atomically.
    virtual void renderActivations(const ActivationsResult& result, const std::string& path,
                                   const FigureOptions& options) = 0;
    virtual void renderTraining(const TrainingResult& result, const std::string& path,
                                const FigureOptions& options) = 0;
    // The sweep's grid of small accuracy plots (BatchNorm solid, without dashed), one per scale.
    virtual void renderBnSweep(const BnSweepResult& result, const std::string& path,
                               const FigureOptions& options) = 0;
    // One folder with every figure, the CSVs, the experiment file and a provenance text; returns
    // the file names written.
    virtual std::vector<std::string> writeBundle(const std::string& folder,
                                                 const ExperimentFile& experiment,
                                                 const ActivationsResult& activations,
                                                 const TrainingResult* training,
                                                 const BnSweepResult* sweep,
                                                 const FigureOptions& options) = 0;
};

}  // namespace initscope
