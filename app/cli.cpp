#include "cli.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <ostream>

#include "cli_commands.h"
#include "cli_options.h"
#include "common/system.h"
#include "initscope_version.h"

namespace initscope::cli {
namespace {

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
