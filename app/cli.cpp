#include "cli.h"

#include <unistd.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <optional>
#include <ostream>
#include <filesystem>
#include <set>
#include <algorithm>

#include "common/errors.h"
#include "common/system.h"
#include "data/dataset.h"
#include "experiments/activations.h"
#include "experiments/bn_sweep.h"
#include "experiments/training.h"
#include "io/atomic_file.h"
#include "io/experiment_file.h"
#include "io/figure_renderer.h"
#include "io/presets.h"
#include "io/lesson.h"
#include "experiments/activations_theory.h"
#include "io/json_io.h"
#include "theory/mean_field.h"
#include "experiments/jacobian.h"
#include "theory/phase_diagram.h"
#include "nn/activation.h"
#include "nn/initializer.h"
#include "nn/optimizer.h"

#include "cli_spec.h"
#include "initscope_version.h"

namespace initscope::cli {
namespace {

// A command-line mistake: exits 2 with one line.
class UsageError : public Error {
public:
    using Error::Error;
};

// Edit distance (insertions, deletions, substitutions, adjacent swaps) between two short words.
std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

// "; did you mean 'activations'?" for the closest candidate within a few edits, else "".
std::string didYouMean(const std::string& word, const std::vector<std::string>& candidates, const std::string& prefix = "") {
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const std::string& c : candidates) {
        const std::size_t distance = editDistance(word, c);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = c;
        }
    }
    return best.empty() ? "" : "; did you mean '" + prefix + best + "'?";
}

// Loads the dataset a run names and sets `dataset` to the folder used. A missing MNIST falls back
// to Fashion-MNIST (installed with the package): a first run trains rather than fails, and says so
// once on standard error, with where MNIST is looked for.
Dataset loadDatasetFor(std::string& dataset) {
    const DatasetChoice choice = resolveDatasetOrFallback(dataset);
    if (choice.substituted) {
        static bool said = false;
        if (!said) {
            std::cerr << "initscope: MNIST not found ($INITSCOPE_MNIST or ~/.local/share/initscope/mnist): using "
                         "Fashion-MNIST (" << choice.folder << ") instead. For MNIST, put its four IDX files "
                         "(train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, "
                         "t10k-labels-idx1-ubyte.gz) in ~/.local/share/initscope/mnist or set INITSCOPE_MNIST.\n";
        }
        said = true;
    }
    dataset = choice.folder;
    return loadDataset(choice.folder);
}

std::string shownValue(const std::string& value) { return "'" + quoteForMessage(value) + "'"; }

// Parsed "--name value" / "--name=value" options of one subcommand.
class Options {
public:
    // The options `spec` defines (app/cli_spec.cpp: the same table --help and the manual list).
    Options(const std::vector<std::string>& args, const CommandSpec& spec)
        : Options(args, names(spec, true), names(spec, false)) {}

    Options(const std::vector<std::string>& args, const std::set<std::string>& valued,
            const std::set<std::string>& flags) {
        for (std::size_t i = 1; i < args.size(); ++i) {
            const std::string& a = args[i];
            if (a.rfind("--", 0) != 0 || a.size() == 2) {
                throw UsageError("unexpected argument " + shownValue(a));
            }
            std::string name = a.substr(2);
            std::optional<std::string> value;
            if (const auto eq = name.find('='); eq != std::string::npos) {
                value = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            if (flags.count(name)) {
                if (value) throw UsageError("--" + name + " takes no value");
                m_values[name].push_back("true");
            } else if (valued.count(name)) {
                if (!value) {
                    if (i + 1 >= args.size()) throw UsageError("--" + name + " needs a value");
                    value = args[++i];
                }
                if (value->empty()) throw UsageError("--" + name + " needs a value, got an empty one");
                m_values[name].push_back(*value);
            } else {
                std::vector<std::string> known(valued.begin(), valued.end());
                known.insert(known.end(), flags.begin(), flags.end());
                throw UsageError("unknown option " + shownValue("--" + name) + didYouMean(name, known, "--"));
            }
        }
    }

    bool has(const std::string& name) const { return m_values.count(name) > 0; }
    std::vector<std::string> all(const std::string& name) const {
        auto it = m_values.find(name);
        return it == m_values.end() ? std::vector<std::string>{} : it->second;
    }
    std::optional<std::string> last(const std::string& name) const {
        auto it = m_values.find(name);
        if (it == m_values.end()) return std::nullopt;
        return it->second.back();
    }
    template <typename T>
    void integer(const std::string& name, T& target) const {
        if (auto v = last(name)) target = parseInteger<T>(name, *v);
    }
    void number(const std::string& name, double& target) const {
        if (auto v = last(name)) {
            double d = 0.0;
            const auto* end = v->data() + v->size();
            auto [ptr, ec] = std::from_chars(v->data(), end, d);
            if (v->empty() || ec != std::errc() || ptr != end) {
                throw UsageError("--" + name + ": " + shownValue(*v) + " is not a number");
            }
            if (!std::isfinite(d)) throw UsageError("--" + name + ": must be finite");
            target = d;
        }
    }
    template <typename T>
    static T parseInteger(const std::string& name, const std::string& v) {
        T value{};
        const auto* end = v.data() + v.size();
        auto [ptr, ec] = std::from_chars(v.data(), end, value);
        if (v.empty() || ptr != end || ec == std::errc::invalid_argument) {
            throw UsageError("--" + name + ": " + shownValue(v) + " is not a whole number");
        }
        if (ec == std::errc::result_out_of_range) {
            throw UsageError("--" + name + ": " + shownValue(v) + " is out of range");
        }
        return value;
    }

private:
    static std::set<std::string> names(const CommandSpec& spec, bool valued) {
        std::set<std::string> out;
        for (const OptionSpec& o : spec.options) {
            if (o.value.empty() != valued) out.insert(o.name);
        }
        return out;
    }

    std::map<std::string, std::vector<std::string>> m_values;
};

// Maps an experiment-file field name to the option that sets it.
std::string optionFor(const std::string& field) {
    static const std::map<std::string, std::string> kMap = {
        {"initializers", "init"}, {"learning_rate", "lr"}, {"eval_every", "eval-every"},
        {"eval_samples", "eval-samples"}, {"probe_size", "probe-size"}, {"hidden", "hidden"},
        {"batch", "batch"}, {"preset", "preset"}, {"bias_init", "bias-init"}, {"batch_norm", "batchnorm"}, {"backward", "backward"},
        {"train_size", "train-size"}, {"weights", "weights"}, {"bias_std", "bias-std"}};
    auto it = kMap.find(field);
    return "--" + (it == kMap.end() ? field : it->second);
}

HistogramRange parseRange(const std::string& text) {
    if (text == "auto") return {true, 0.0, 1.0};
    const auto colon = text.find(':');
    if (colon == std::string::npos) throw UsageError("--range: expected LO:HI or auto, got " + shownValue(text));
    double lo = 0, hi = 0;
    auto parse = [&](const std::string& s, double& d) {
        const auto* end = s.data() + s.size();
        auto [ptr, ec] = std::from_chars(s.data(), end, d);
        if (s.empty() || ec != std::errc() || ptr != end || !std::isfinite(d)) {
            throw UsageError("--range: " + shownValue(s) + " is not a finite number");
        }
    };
    parse(text.substr(0, colon), lo);
    parse(text.substr(colon + 1), hi);
    return {false, lo, hi};
}

std::vector<int> parseHidden(const std::string& text) {
    std::vector<int> sizes;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const std::string part = text.substr(start, comma == std::string::npos ? std::string::npos
                                                                               : comma - start);
        sizes.push_back(Options::parseInteger<int>("hidden", part));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return sizes;
}

// The hidden widths from --hidden, or --depth layers of --width units (each defaulting to `shape`'s).
std::vector<int> hiddenFrom(const Options& o, const std::vector<int>& shape, int maxDepth, int maxWidth) {
    if (auto v = o.last("hidden")) {
        if (o.has("depth") || o.has("width")) throw UsageError("--hidden gives every width: use it without --depth and --width");
        return parseHidden(*v);
    }
    int depth = static_cast<int>(shape.size()), width = shape.front();
    o.integer("depth", depth);
    o.integer("width", width);
    if (depth < 1 || depth > maxDepth) {
        throw UsageError("--depth: must be 1 to " + std::to_string(maxDepth) + ", got " + std::to_string(depth));
    }
    if (width < 1 || width > maxWidth) {
        throw UsageError("--width: must be 1 to " + std::to_string(maxWidth) + ", got " + std::to_string(width));
    }
    return std::vector<int>(static_cast<std::size_t>(depth), width);
}

std::vector<double> parseNumberList(const std::string& option, const std::string& text) {
    std::vector<double> values;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        double d = 0.0;
        const auto* end = part.data() + part.size();
        auto [ptr, ec] = std::from_chars(part.data(), end, d);
        if (part.empty() || ec != std::errc() || ptr != end || !std::isfinite(d)) {
            throw UsageError("--" + option + ": " + shownValue(part) + " is not a finite number");
        }
        values.push_back(d);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return values;
}

std::string formatOf(const Options& o) {
    const std::string f = o.last("format").value_or("json");
    if (f != "json" && f != "csv") throw UsageError("--format: must be json or csv, got " + shownValue(f));
    return f;
}

// Writes to `out` and checks that it took it all: a full disk or a closed standard output is an
// error (exit 1), never a silent loss.
void writeChecked(std::ostream& out, const std::string& text) {
    out << text;
    out.flush();
    if (!out) throw Error("cannot write to standard output (disk full, or the output was closed)");
}

void emit(const Options& o, const std::string& text, std::ostream& out) {
    if (auto path = o.last("output")) {
        writeFileAtomically(*path, text);
    } else {
        writeChecked(out, text);
    }
}

// Says on stderr how long a big activations run will take (at ~20 GFLOP/s, a modest machine).
void warnIfSlow(const ActivationsConfig& c, std::ostream& err) {
    const double seconds = estimateResources(c).flops / 20e9;
    if (seconds > 10) {
        err << "initscope: note: this run computes " << std::llround(estimateResources(c).flops / 1e9)
            << " GFLOP and may take " << (seconds > 120 ? std::to_string(std::llround(seconds / 60)) + " minutes" : std::to_string(std::llround(seconds)) + " s")
            << " (Ctrl+C stops it)\n";
    }
}

FigureOptions figureOptions(const Options& o) {
    FigureOptions f;
    if (auto v = o.last("size")) {
        const auto x = v->find('x');
        if (x == std::string::npos) throw UsageError("--size: expected WxH, e.g. 1600x900, got " + shownValue(*v));
        f.width = Options::parseInteger<int>("size", v->substr(0, x));
        f.height = Options::parseInteger<int>("size", v->substr(x + 1));
        if (f.width < 16 || f.height < 16 || f.width > 20000 || f.height > 20000) {
            throw UsageError("--size: width and height must be 16 to 20000 pixels");
        }
    }
    o.number("scale", f.scale);
    if (f.scale < 0.25 || f.scale > 8.0) throw UsageError("--scale: must be between 0.25 and 8");
    // A figure for print: --width-cm and --font-pt (either one alone takes the other's default,
    // a column of A4 or Letter text at 10 pt; --print takes both defaults).
    if (o.has("print") || o.has("width-cm") || o.has("font-pt")) {
        f.widthCm = kPrintWidthCm;
        f.fontPt = kPrintFontPt;
        o.number("width-cm", f.widthCm);
        o.number("font-pt", f.fontPt);
        if (f.widthCm < 2 || f.widthCm > 200) throw UsageError("--width-cm: must be 2 to 200");
        if (f.fontPt < 4 || f.fontPt > 72) throw UsageError("--font-pt: must be 4 to 72");
    }
    if (std::int64_t(f.width) * f.height * f.scale * f.scale > 400e6) {
        throw UsageError("--size/--scale: the image would exceed 400 megapixels");
    }
    return f;
}

void checkPlotPath(const std::string& path) {
    const auto ext = std::filesystem::path(path).extension().string();
    if (ext != ".png" && ext != ".svg" && ext != ".pdf") {
        throw UsageError("--plot: " + shownValue(path) + " must end in .png, .svg or .pdf");
    }
}

FigureRenderer& needRenderer(FigureRenderer* renderer) {
    if (!renderer) throw Error("this build of initscope cannot draw figures (built without the desktop app)");
    return *renderer;
}

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

// Prints the sweep's progress to a terminal, a line per finished scale.
BnSweepObserver sweepProgress(const BnSweepConfig& c) {
    if (!::isatty(2)) return {};
    return [total = c.weights.size(), done = std::size_t(0)](const BnSweepScale& s) mutable {
        std::fprintf(stderr, "\rbn-sweep: %zu/%zu scales (w = %s finished)   ", ++done, total, formatNumber(s.w).c_str());
        if (done == total) std::fprintf(stderr, "\n");
    };
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

int runPresetsCommand(const std::vector<std::string>& args, std::ostream& out) {
    const Options o(args, commandSpec("presets"));
    std::string text;
    for (const Preset& p : presets()) text += p.name + "\t" + p.title + "\n";
    writeChecked(out, text);
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

int runRenderCommand(const std::vector<std::string>& args, FigureRenderer* renderer) {
    const Options o(args, commandSpec("render"));
    const auto name = o.last("preset");
    if (!name) throw UsageError("render needs --preset NAME (see initscope presets)");
    const auto output = o.last("output");
    if (!output) throw UsageError("render needs --output FILE (.png, .svg or .pdf)");
    checkPlotPath(*output);
    FigureOptions figure = figureOptions(o);
    const Preset& preset = presetByName(*name);
    figure.bookStyle = preset.bookStyle;
    figure.yMax = preset.yMax;
    figure.quantity = preset.experiment.histograms;
    FigureRenderer& r = needRenderer(renderer);
    if (preset.experiment.view == ExperimentFile::View::Training) {
        r.renderTraining(trainFor(preset.experiment.training, o), *output, figure);
    } else if (preset.experiment.view == ExperimentFile::View::BnSweep) {
        r.renderBnSweep(sweepFor(preset.experiment.bnSweep, o), *output, figure);
    } else {
        r.renderActivations(runActivations(preset.experiment.activations), *output, figure);
    }
    return kExitOk;
}

// initscope lesson NAME|FILE.json --output DIR: every step's figure (step-01.png, …) and
// lesson.md, the steps' titles and captions with their figures, in the language asked for.
int runLessonCommand(const std::vector<std::string>& args, std::ostream& out, FigureRenderer* renderer) {
    if (args.size() >= 2 && args[1] == "--list") {
        std::string text;
        for (const std::string& name : builtInLessonNames()) text += name + "\t" + builtInLesson(name).title.en + "\n";
        writeChecked(out, text);
        return kExitOk;
    }
    if (args.size() < 2 || args[1].rfind("--", 0) == 0) throw UsageError("lesson needs a lesson name or file (initscope lesson --list)");
    std::vector<std::string> rest = {args[0]};
    rest.insert(rest.end(), args.begin() + 2, args.end());
    const Options o(rest, commandSpec("lesson"));
    if (o.has("list")) throw UsageError("--list lists the built-in lessons: give it alone (initscope lesson --list)");
    const std::string source = args[1];
    const Lesson lesson = std::filesystem::path(source).extension() == ".json" ? loadLesson(source) : builtInLesson(source);
    const auto folder = o.last("output");
    if (!folder) throw UsageError("lesson needs --output DIR");
    const std::string language = o.last("language").value_or("en");
    if (language != "en" && language != "ko") throw UsageError("--language: must be en or ko, got " + shownValue(language));
    const std::string format = o.last("format").value_or("png");
    if (format != "png" && format != "svg" && format != "pdf") throw UsageError("--format: must be png, svg or pdf");
    FigureRenderer& r = needRenderer(renderer);
    r.setLanguage(language);
    std::filesystem::create_directories(*folder);
    std::string text = "# " + lesson.title.in(language) + "\n";
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep& step = lesson.steps[i];
        char name[32];
        std::snprintf(name, sizeof name, "step-%02zu.%s", i + 1, format.c_str());
        FigureOptions figure = figureOptions(o);
        figure.bookStyle = step.bookStyle;
        figure.yMax = step.yMax;
        figure.quantity = step.experiment.histograms;
        figure.theory = step.theory;
        const std::string path = (std::filesystem::path(*folder) / name).string();
        if (step.experiment.view == ExperimentFile::View::Training) {
            r.renderTraining(trainFor(step.experiment.training, o), path, figure);
        } else if (step.experiment.view == ExperimentFile::View::BnSweep) {
            r.renderBnSweep(sweepFor(step.experiment.bnSweep, o), path, figure);
        } else {
            ActivationsConfig config = step.experiment.activations;
            config.backward = config.backward || step.experiment.histograms != Quantity::Activations;
            ActivationsResult result = runActivations(config);
            if (step.theory) result.theory = std::make_shared<const ActivationsTheory>(predictActivations(result));
            r.renderActivations(result, path, figure);
        }
        text += "\n## " + std::to_string(i + 1) + ". " + step.title.in(language) + "\n\n![](" + name + ")\n\n" +
                step.caption.in(language) + "\n";
        writeChecked(out, path + "\n");
    }
    const std::string notes = (std::filesystem::path(*folder) / "lesson.md").string();
    writeFileAtomically(notes, text);
    writeChecked(out, notes + "\n");
    return kExitOk;
}

int runExperimentFileCommand(const std::vector<std::string>& args, std::ostream& out,
                             FigureRenderer* renderer) {
    if (args.size() < 2 || args[1].rfind("--", 0) == 0) throw UsageError("run needs an experiment file");
    std::vector<std::string> rest = {args[0]};
    rest.insert(rest.end(), args.begin() + 2, args.end());
    const Options o(rest, commandSpec("run"));
    const std::string path = args[1];
    const ExperimentFile experiment = loadExperiment(path);
    std::string folder = o.last("output").value_or("");  // (an empty --output is refused by Options)
    if (folder.empty()) {
        const std::filesystem::path p(path);
        folder = (p.parent_path() / (p.stem().string() + "-results")).string();
    }
    const ActivationsResult activations = runActivations(experiment.activations);
    std::optional<TrainingResult> training;
    if (experiment.view == ExperimentFile::View::Training) training = trainFor(experiment.training, o);
    std::optional<BnSweepResult> sweep;
    if (experiment.view == ExperimentFile::View::BnSweep) sweep = sweepFor(experiment.bnSweep, o);
    const auto files = needRenderer(renderer).writeBundle(folder, experiment, activations,
                                                          training ? &*training : nullptr,
                                                          sweep ? &*sweep : nullptr, FigureOptions{});
    std::string list;
    for (const auto& f : files) list += (std::filesystem::path(folder) / f).string() + "\n";
    writeChecked(out, list);
    return kExitOk;
}

}  // namespace

std::string usage() { return overviewHelp(); }

namespace {
const std::vector<std::string> kCommands = [] {
    std::vector<std::string> names;
    for (const CommandSpec& c : commandSpecs()) names.push_back(c.name);
    return names;
}();

// The end of a long path ("…/a/b/file.json"), at most ~100 bytes, for a message.
std::string shortPath(const std::string& path) {
    if (path.size() <= 100) return path;
    std::size_t from = path.size() - 100;
    while (from < path.size() && (static_cast<unsigned char>(path[from]) & 0xC0) == 0x80) ++from;
    return "…" + path.substr(from);
}
}  // namespace

bool isCommand(const std::string& a) {
    if (std::find(kCommands.begin(), kCommands.end(), a) != kCommands.end()) return true;
    if (a == "--help" || a == "-h" || a == "--version") return true;
    // A word that names no file and is no option is a command, perhaps misspelt ("activatons"):
    // the command line answers it ("did you mean"), rather than the window opening it as a file.
    std::error_code ec;
    return !a.empty() && a[0] != '-' && !std::filesystem::exists(a, ec) &&
           std::filesystem::path(a).extension() != ".json";
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
        FigureRenderer* renderer) {
    const std::string command = args.empty() ? "" : args[0];
    try {
        if (command == "help" || command == "--help" || command == "-h") {
            // "initscope help train" is "initscope train --help".
            if (command == "help" && args.size() >= 2 && (args[1] == "--help" || args[1] == "-h")) {
                writeChecked(out, commandHelp(commandSpec("help")));
            } else if (command == "help" && args.size() >= 2) {
                const auto& specs = commandSpecs();
                if (std::none_of(specs.begin(), specs.end(), [&](const CommandSpec& c) { return c.name == args[1]; })) {
                    throw UsageError("unknown command " + shownValue(args[1]) + didYouMean(args[1], kCommands));
                }
                writeChecked(out, commandHelp(commandSpec(args[1])));
            } else {
                writeChecked(out, usage());
            }
            return kExitOk;
        }
        // COMMAND --help (anywhere among its arguments): that command's options.
        if (std::find(kCommands.begin(), kCommands.end(), command) != kCommands.end() &&
            std::any_of(args.begin() + 1, args.end(), [](const std::string& a) { return a == "--help" || a == "-h"; })) {
            writeChecked(out, commandHelp(commandSpec(command)));
            return kExitOk;
        }
        if (command == "--version") {
            writeChecked(out, std::string("initscope ") + INITSCOPE_VERSION + " (engine " + engineLevel() + ")\n");
            return kExitOk;
        }
        if (command == "activations") return runActivationsCommand(args, out, err, renderer);
        if (command == "train") return runTrainCommand(args, out, renderer);
        if (command == "bn-sweep") return runBnSweepCommand(args, out, renderer);
        if (command == "theory") return runTheoryCommand(args, out);
        if (command == "presets") return runPresetsCommand(args, out);
        if (command == "render") return runRenderCommand(args, renderer);
        if (command == "run") return runExperimentFileCommand(args, out, renderer);
        if (command == "lesson") return runLessonCommand(args, out, renderer);
        throw UsageError("unknown command " + shownValue(command) + didYouMean(command, kCommands));
    } catch (const UsageError& e) {
        err << "initscope: " << e.what() << " (see initscope --help)\n";
        return kExitUsage;
    } catch (const ConfigError& e) {
        // A value the option parser accepted but the experiment rejects (e.g. --depth 0).
        err << "initscope: " << optionFor(e.field()) << ": " << e.message() << " (see initscope --help)\n";
        return kExitUsage;
    } catch (const ResourceError& e) {
        // Valid settings too large for this machine: name the option that weighs most.
        const std::string field = e.field().substr(e.field().find('.') + 1);
        err << "initscope: " << optionFor(field) << ": " << e.message() << "\n";
        return kExitRuntimeError;
    } catch (const FileError& e) {
        err << "initscope: " << shortPath(e.file()) << ": " << e.message() << "\n";
        return kExitRuntimeError;
    } catch (const Error& e) {
        err << "initscope: " << e.what() << "\n";
        return kExitRuntimeError;
    } catch (...) {  // out of memory, or a fault: one line, never a crash
        err << "initscope: " << describeError(std::current_exception()).message << "\n";
        return kExitRuntimeError;
    }
}

}  // namespace initscope::cli
