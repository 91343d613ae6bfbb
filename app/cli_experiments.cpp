// The experiments from the command line: activations (with theory and the Jacobian), theory and
// phase diagrams, training, and the batch-normalization sweep.
#include <unistd.h>

#include <cstdio>
#include <ostream>

#include "cli_commands.h"
#include "experiments/activations_theory.h"
#include "experiments/jacobian.h"
#include "io/json_io.h"
#include "nn/activation.h"
#include "nn/optimizer.h"
#include "theory/mean_field.h"
#include "theory/phase_diagram.h"

namespace initscope::cli {
namespace {

// Prints progress to a terminal (never into a pipe or file).
class ProgressPrinter : public TrainingObserver {
public:
    explicit ProgressPrinter(int iterations) : m_iterations(iterations), m_tty(::isatty(2)) {}
    void onIteration(int iteration, const std::vector<double>&) override {
        if (m_tty && ((iteration + 1) % 50 == 0 || iteration + 1 == m_iterations)) {
            std::fprintf(stderr, "\rtraining: iteration %d/%d", iteration + 1, m_iterations);
            if (iteration + 1 == m_iterations) std::fprintf(stderr, "\n");
        }
    }

private:
    int m_iterations;
    bool m_tty;
};

// Prints the sweep's progress to a terminal, a line per finished scale.
BnSweepObserver sweepProgress(const BnSweepConfig& c) {
    if (!::isatty(2)) return {};
    return [total = c.weights.size(), done = std::size_t(0)](const BnSweepScale& s) mutable {
        std::fprintf(stderr, "\rbn-sweep: %zu/%zu scales (w = %s finished)   ", ++done, total, formatNumber(s.w).c_str());
        if (done == total) std::fprintf(stderr, "\n");
    };
}

}  // namespace

int runActivationsCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                          FigureRenderer* renderer) {
    const Options o(args, commandSpec("activations"));
    ActivationsConfig c;
    if (auto v = o.last("activation")) c.activation = *v;
    if (o.has("init")) c.initializers = o.all("init");
    c.hidden = hiddenFrom(o, c.hidden, kMaxDepth, kMaxWidth);
    o.integer("samples", c.samples);
    o.integer("seed", c.seed);
    o.integer("bins", c.bins);
    if (auto v = o.last("range")) c.range = parseRange(*v);
    c.bias = o.has("bias");
    if (auto v = o.last("bias-init")) c.biasInit = *v;
    c.batchNorm = o.has("batchnorm");
    c.backward = o.has("backward");
    o.integer("repeats", c.repeats);
    const std::string format = formatOf(o);
    FigureOptions figure = figureOptions(o);
    if (auto v = o.last("show")) {
        try {
            figure.quantity = quantityByName(*v);
        } catch (const ConfigError&) {
            throw UsageError("--show: must be activations, pre-activations, gradients or weight-gradients, got " +
                             shownValue(*v));
        }
        if (figure.quantity != Quantity::Activations && !c.backward) {
            throw UsageError("--show " + *v + " needs --backward");
        }
        if (!o.has("plot")) throw UsageError("--show chooses what --plot draws: give --plot FILE");
    }
    if (auto plot = o.last("plot")) checkPlotPath(*plot);
    validate(c);
    if (o.has("jacobian")) {
        if (format == "csv") throw UsageError("--jacobian: its singular values come in the JSON output (--format json)");
        if (auto why = jacobianUnavailable(c)) throw UsageError("--jacobian: " + why->message);
    }
    if (c.repeats > 1 && format == "csv") {
        throw UsageError("--repeats: the spreads over seeds come in the JSON output (--format json)");
    }
    warnIfSlow(c, err);
    ActivationsExperiment experiment;
    const ActivationsResult result = experiment.run(c);
    if (auto plot = o.last("plot")) needRenderer(renderer).renderActivations(result, *plot, figure);
    if (format == "csv") {
        emit(o, activationsCsv(result), out);
        return kExitOk;
    }
    Json j = toJson(result);
    if (o.has("jacobian")) {
        const std::vector<JacobianSpectrum> spectra = jacobianSpectra(experiment, c);
        for (std::size_t k = 0; k < spectra.size(); ++k) j["runs"][k]["jacobian_singular_values"] = spectra[k].singularValues;
    }
    emit(o, dumpJson(j) + "\n", out);
    return kExitOk;
}

int runTheoryCommand(const std::vector<std::string>& args, std::ostream& out) {
    const Options o(args, commandSpec("theory"));
    if (o.has("phase-diagram")) {
        const std::string activation = o.last("activation").value_or("tanh");
        const Activation& f = activationByName(activation, "activation");
        int columns = 200, rows = 200;
        double weightMax = 4.0, biasMax = 0.25;
        o.integer("columns", columns);
        o.integer("rows", rows);
        o.number("weight-max", weightMax);
        o.number("bias-max", biasMax);
        if (columns < 2 || columns > 4000) throw UsageError("--columns: must be 2 to 4000, got " + std::to_string(columns));
        if (rows < 1 || rows > 4000) throw UsageError("--rows: must be 1 to 4000, got " + std::to_string(rows));
        if (!(weightMax > 0.0) || !(weightMax <= 1e6)) throw UsageError("--weight-max: must be in (0, 1e6]");
        if (!(biasMax >= 0.0) || !(biasMax <= 1e6)) throw UsageError("--bias-max: must be in [0, 1e6]");
        const PhaseDiagram d = phaseDiagram(f, weightMax, biasMax, columns, rows);
        emit(o, formatOf(o) == "csv" ? phaseDiagramCsv(d) : dumpJson(toJson(d, activation)) + "\n", out);
        return kExitOk;
    }
    TheoryConfig c;
    if (auto v = o.last("activation")) c.activation = *v;
    if (o.has("init")) c.initializers = o.all("init");
    c.hidden = hiddenFrom(o, c.hidden, 1000, 1'000'000);
    o.integer("samples", c.samples);
    o.number("bias-std", c.biasStd);
    c.batchNorm = o.has("batchnorm");
    const std::string format = formatOf(o);
    const TheoryResult result = predictTheory(c);
    emit(o, format == "csv" ? theoryCsv(result) : dumpJson(toJson(result)) + "\n", out);
    return kExitOk;
}

int runTrainCommand(const std::vector<std::string>& args, std::ostream& out,
                    FigureRenderer* renderer) {
    const Options o(args, commandSpec("train"));
    TrainingConfig c;
    if (auto v = o.last("dataset")) c.dataset = *v;
    if (auto v = o.last("activation")) c.activation = *v;
    if (o.has("init")) c.initializers = o.all("init");
    if (auto v = o.last("hidden")) c.hidden = parseHidden(*v);
    if (auto v = o.last("optimizer")) c.optimizer = optimizerByName(*v, "optimizer");
    c.learningRate = defaultLearningRate(c.optimizer);  // the book's rate for this optimizer
    o.number("lr", c.learningRate);
    o.integer("batch", c.batchSize);
    o.integer("iterations", c.iterations);
    o.integer("seed", c.seed);
    o.integer("eval-every", c.evalEvery);
    o.integer("eval-samples", c.evalSamples);
    o.integer("probe-size", c.probeSize);
    o.integer("bins", c.bins);
    if (o.has("no-bias")) c.bias = false;
    if (auto v = o.last("bias-init")) c.biasInit = *v;
    c.batchNorm = o.has("batchnorm");
    const std::string format = formatOf(o);
    const std::string table = o.last("table").value_or("loss");
    if (table != "loss" && table != "update-ratio" && table != "snapshots") {
        throw UsageError("--table: must be loss, update-ratio or snapshots, got " + shownValue(table));
    }
    if (o.has("table") && format != "csv") throw UsageError("--table chooses the CSV table: give --format csv");
    const FigureOptions figure = figureOptions(o);
    if (auto plot = o.last("plot")) checkPlotPath(*plot);
    validate(c);
    const Dataset data = loadDatasetFor(c.dataset);
    ProgressPrinter progress(c.iterations);
    const TrainingResult result = runTraining(c, data, &progress);
    if (auto plot = o.last("plot")) needRenderer(renderer).renderTraining(result, *plot, figure);
    if (format == "csv") {
        emit(o, table == "update-ratio" ? updateRatioCsv(result)
                : table == "snapshots"  ? snapshotStatsCsv(result.snapshots)
                                        : trainingCsv(result),
             out);
        return kExitOk;
    }
    emit(o, dumpJson(toJson(result)) + "\n", out);
    return kExitOk;
}

TrainingResult trainFor(TrainingConfig config, const Options& o) {
    if (auto v = o.last("dataset")) config.dataset = *v;
    o.integer("iterations", config.iterations);
    validate(config);
    const Dataset data = loadDatasetFor(config.dataset);
    ProgressPrinter progress(config.iterations);
    return runTraining(config, data, &progress);
}

BnSweepResult sweepFor(BnSweepConfig config, const Options& o) {
    if (auto v = o.last("dataset")) config.dataset = *v;
    o.integer("epochs", config.epochs);
    validate(config);
    const Dataset data = loadDatasetFor(config.dataset);
    return runBnSweep(config, data, sweepProgress(config));
}

int runBnSweepCommand(const std::vector<std::string>& args, std::ostream& out, FigureRenderer* renderer) {
    const Options o(args, commandSpec("bn-sweep"));
    BnSweepConfig c;
    if (auto v = o.last("dataset")) c.dataset = *v;
    if (auto v = o.last("scales")) {
        if (o.has("weights")) throw UsageError("--scales picks the book's scales, --weights lists them: give one");
        const int n = Options::parseInteger<int>("scales", *v);
        if (n < 1 || n > kBookScaleCount) throw UsageError("--scales: must be 1 to 16, got " + *v);
        c.weights = bookWeightScales(n);
    }
    if (auto v = o.last("weights")) c.weights = parseNumberList("weights", *v);
    o.integer("epochs", c.epochs);
    o.integer("train-size", c.trainSize);
    o.integer("batch", c.batchSize);
    o.number("lr", c.learningRate);
    if (auto v = o.last("hidden")) c.hidden = parseHidden(*v);
    o.integer("seed", c.seed);
    const std::string format = formatOf(o);
    const FigureOptions figure = figureOptions(o);
    if (auto plot = o.last("plot")) checkPlotPath(*plot);
    validate(c);
    const Dataset data = loadDatasetFor(c.dataset);
    const BnSweepResult result = runBnSweep(c, data, sweepProgress(c));
    if (auto plot = o.last("plot")) needRenderer(renderer).renderBnSweep(result, *plot, figure);
    emit(o, format == "csv" ? bnSweepCsv(result) : dumpJson(toJson(result)) + "\n", out);
    return kExitOk;
}

}  // namespace initscope::cli
