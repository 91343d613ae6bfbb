#pragma once

// The command line's shared parts (internal to initscope_cli): its usage error, the option parser
// over the table in app/cli_spec.cpp, value parsers, checked output, figure options and datasets.

#include <charconv>
#include <cmath>
#include <iosfwd>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli_spec.h"
#include "common/errors.h"
#include "data/dataset.h"
#include "experiments/activations.h"
#include "io/figure_renderer.h"

namespace initscope::cli {

// A command-line mistake: exits 2 with one line.
class UsageError : public Error {
public:
    using Error::Error;
};

// "; did you mean 'activations'?" for the closest candidate within a few edits, else "".
std::string didYouMean(const std::string& word, const std::vector<std::string>& candidates, const std::string& prefix = "");

// A user's value quoted for a message: 'value' (cut when long, control characters shown as '?').
std::string shownValue(const std::string& value);

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

// --range LO:HI or auto.
HistogramRange parseRange(const std::string& text);
// --hidden 100,100,50.
std::vector<int> parseHidden(const std::string& text);
// The hidden widths from --hidden, or --depth layers of --width units (each defaulting to `shape`'s).
std::vector<int> hiddenFrom(const Options& o, const std::vector<int>& shape, int maxDepth, int maxWidth);
// --OPTION 1,0.5,0.1: finite numbers.
std::vector<double> parseNumberList(const std::string& option, const std::string& text);
// --format json|csv.
std::string formatOf(const Options& o);

// Writes to `out` and checks that it took it all: a full disk or a closed standard output is an
// error (exit 1), never a silent loss.
void writeChecked(std::ostream& out, const std::string& text);
// To --output FILE (written atomically) or to `out`.
void emit(const Options& o, const std::string& text, std::ostream& out);
// Says on stderr how long a big activations run will take (at ~20 GFLOP/s, a modest machine).
void warnIfSlow(const ActivationsConfig& c, std::ostream& err);

// --size, --scale, --print, --width-cm, --font-pt.
FigureOptions figureOptions(const Options& o);
// --plot FILE: .png, .svg or .pdf.
void checkPlotPath(const std::string& path);
FigureRenderer& needRenderer(FigureRenderer* renderer);

// Loads the dataset a run names and sets `dataset` to the folder used. A missing MNIST falls back
// to Fashion-MNIST (installed with the package): a first run trains rather than fails, and says so
// once on standard error, with where MNIST is looked for.
Dataset loadDatasetFor(std::string& dataset);

}  // namespace initscope::cli
