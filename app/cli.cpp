#include "cli.h"

#include <unistd.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <ostream>
#include <set>

#include "common/errors.h"
#include "data/dataset.h"
#include "experiments/activations.h"
#include "experiments/training.h"
#include "io/atomic_file.h"
#include "io/json_io.h"

#ifndef INITSCOPE_VERSION
#define INITSCOPE_VERSION "dev"
#endif

namespace initscope::cli {
namespace {

// A command-line mistake: exits 2 with one line.
class UsageError : public Error {
public:
    using Error::Error;
};

// Parsed "--name value" / "--name=value" options of one subcommand.
class Options {
public:
    Options(const std::vector<std::string>& args, const std::set<std::string>& valued,
            const std::set<std::string>& flags) {
        for (std::size_t i = 1; i < args.size(); ++i) {
            const std::string& a = args[i];
            if (a.rfind("--", 0) != 0 || a.size() == 2) {
                throw UsageError("unexpected argument '" + a + "'");
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
                m_values[name].push_back(*value);
            } else {
                throw UsageError("unknown option '--" + name + "'");
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
                throw UsageError("--" + name + ": '" + *v + "' is not a number");
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
            throw UsageError("--" + name + ": '" + v + "' is not a whole number");
        }
        if (ec == std::errc::result_out_of_range) {
            throw UsageError("--" + name + ": '" + v + "' is out of range");
        }
        return value;
    }

private:
    std::map<std::string, std::vector<std::string>> m_values;
};

// Maps an experiment-file field name to the option that sets it.
std::string optionFor(const std::string& field) {
    static const std::map<std::string, std::string> kMap = {
        {"initializers", "init"}, {"learning_rate", "lr"}, {"eval_every", "eval-every"},
        {"eval_samples", "eval-samples"}, {"probe_size", "probe-size"}, {"hidden", "hidden"},
        {"batch", "batch"}};
    auto it = kMap.find(field);
    return "--" + (it == kMap.end() ? field : it->second);
}

HistogramRange parseRange(const std::string& text) {
    if (text == "auto") return {true, 0.0, 1.0};
    const auto colon = text.find(':');
    if (colon == std::string::npos) throw UsageError("--range: expected LO:HI or auto, got '" + text + "'");
    double lo = 0, hi = 0;
    auto parse = [&](const std::string& s, double& d) {
        const auto* end = s.data() + s.size();
        auto [ptr, ec] = std::from_chars(s.data(), end, d);
        if (s.empty() || ec != std::errc() || ptr != end || !std::isfinite(d)) {
            throw UsageError("--range: '" + s + "' is not a finite number");
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

std::string formatOf(const Options& o) {
    const std::string f = o.last("format").value_or("json");
    if (f != "json" && f != "csv") throw UsageError("--format: must be json or csv, got '" + f + "'");
    return f;
}

void emit(const Options& o, const std::string& text, std::ostream& out) {
    if (auto path = o.last("output")) {
        writeFileAtomically(*path, text);
    } else {
        out << text;
        out.flush();
    }
}

int runActivationsCommand(const std::vector<std::string>& args, std::ostream& out) {
    const Options o(args, {"activation", "init", "depth", "width", "samples", "seed", "bins",
                           "range", "format", "output"},
                    {"bias"});
    ActivationsConfig c;
    if (auto v = o.last("activation")) c.activation = *v;
    if (o.has("init")) c.initializers = o.all("init");
    o.integer("depth", c.depth);
    o.integer("width", c.width);
    o.integer("samples", c.samples);
    o.integer("seed", c.seed);
    o.integer("bins", c.bins);
    if (auto v = o.last("range")) c.range = parseRange(*v);
    c.bias = o.has("bias");
    const std::string format = formatOf(o);
    validate(c);
    const ActivationsResult result = runActivations(c);
    emit(o, format == "csv" ? activationsCsv(result) : toJson(result).dump(2) + "\n", out);
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

int runTrainCommand(const std::vector<std::string>& args, std::ostream& out) {
    const Options o(args, {"dataset", "activation", "init", "hidden", "optimizer", "lr", "batch",
                           "iterations", "seed", "eval-every", "eval-samples", "probe-size",
                           "bins", "format", "output"},
                    {"no-bias"});
    TrainingConfig c;
    if (auto v = o.last("dataset")) c.dataset = *v;
    if (auto v = o.last("activation")) c.activation = *v;
    if (o.has("init")) c.initializers = o.all("init");
    if (auto v = o.last("hidden")) c.hidden = parseHidden(*v);
    if (auto v = o.last("optimizer")) c.optimizer = optimizerByName(*v, "optimizer");
    o.number("lr", c.learningRate);
    o.integer("batch", c.batchSize);
    o.integer("iterations", c.iterations);
    o.integer("seed", c.seed);
    o.integer("eval-every", c.evalEvery);
    o.integer("eval-samples", c.evalSamples);
    o.integer("probe-size", c.probeSize);
    o.integer("bins", c.bins);
    if (o.has("no-bias")) c.bias = false;
    const std::string format = formatOf(o);
    validate(c);
    const Dataset data = loadDataset(resolveDataset(c.dataset));
    ProgressPrinter progress(c.iterations);
    const TrainingResult result = runTraining(c, data, &progress);
    emit(o, format == "csv" ? trainingCsv(result) : toJson(result).dump(2) + "\n", out);
    return kExitOk;
}

}  // namespace

std::string usage() {
    return "usage:\n"
           "  initscope                      open the desktop application\n"
           "  initscope activations [--activation NAME] [--init SPEC]... [--depth N] [--width N]\n"
           "                        [--samples N] [--seed N] [--bins N] [--range LO:HI|auto]\n"
           "                        [--bias] [--format json|csv] [--output FILE]\n"
           "  initscope train [--dataset DIR|mnist|fashion-mnist] [--activation NAME]\n"
           "                  [--init SPEC]... [--hidden 100,100,100,100]\n"
           "                  [--optimizer sgd|momentum|adagrad|adam] [--lr X] [--batch N]\n"
           "                  [--iterations N] [--seed N] [--eval-every N] [--eval-samples N]\n"
           "                  [--probe-size N] [--bins N] [--no-bias]\n"
           "                  [--format json|csv] [--output FILE]\n"
           "  initscope --help | --version\n"
           "\n"
           "activations: " + activationNameList() + "\n"
           "initializers (SPEC): " + initializerSpecHelp() + "\n";
}

bool isCommand(const std::string& a) {
    return a == "activations" || a == "train" || a == "help" || a == "--help" || a == "-h" ||
           a == "--version";
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const std::string command = args.empty() ? "" : args[0];
    try {
        if (command == "help" || command == "--help" || command == "-h") {
            out << usage();
            return kExitOk;
        }
        if (command == "--version") {
            out << "initscope " << INITSCOPE_VERSION << "\n";
            return kExitOk;
        }
        if (command == "activations") return runActivationsCommand(args, out);
        if (command == "train") return runTrainCommand(args, out);
        throw UsageError("unknown command '" + command + "'");
    } catch (const UsageError& e) {
        err << "initscope: " << e.what() << " (see initscope --help)\n";
        return kExitUsage;
    } catch (const ConfigError& e) {
        // A value the option parser accepted but the experiment rejects (e.g. --depth 0).
        const std::string message = std::string(e.what()).substr(e.field().size() + 2);
        err << "initscope: " << optionFor(e.field()) << ": " << message
            << " (see initscope --help)\n";
        return kExitUsage;
    } catch (const Error& e) {
        err << "initscope: " << e.what() << "\n";
        return kExitRuntimeError;
    } catch (const std::exception& e) {
        err << "initscope: internal error: " << e.what() << "\n";
        return kExitRuntimeError;
    }
}

}  // namespace initscope::cli
