#include "cli_spec.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "nn/activation.h"
#include "nn/initializer.h"

namespace initscope::cli {
namespace {

// Options several subcommands share, worded once.
OptionSpec activation(const std::string& fallback) {
    return {"activation", "NAME", "Activation of every hidden layer (default " + fallback + "; see ACTIVATIONS)."};
}
OptionSpec init(const std::string& fallback) {
    return {"init", "SPEC", "A weight initializer to compare; repeat for several (default " + fallback + "; see INITIALIZERS).", true};
}
OptionSpec hidden(const std::string& example) {
    return {"hidden", "W,W,...", "Every hidden layer's width, comma separated (e.g. " + example + ")."};
}
std::vector<CommandSpec> buildSpecs() {
    // (Locals, not globals: the table is built on first use, which may be during another
    // file's static initialization.)
    const OptionSpec kDepth{"depth", "N", "Number of hidden layers, all --width wide."};
    const OptionSpec kWidth{"width", "N", "Units per hidden layer."};
    const OptionSpec kSamples{"samples", "N", "Inputs drawn from N(0, 1) that flow through the network."};
    const OptionSpec kSeed{"seed", "N", "Seed of the one random number generator (same seed, same numbers)."};
    const OptionSpec kBins{"bins", "N", "Histogram bins per layer."};
    const OptionSpec kBatchnorm{"batchnorm", "", "BatchNorm (the book's: epsilon 1e-6, momentum 0.9) after every hidden dense layer."};
    const OptionSpec kBiasInit{"bias-init", "SPEC", "Bias initializer: zeros (the default) or normal=SIGMA."};
    const OptionSpec kFormat{"format", "json|csv", "Output format (default json)."};
    const OptionSpec kOutput{"output", "FILE", "Write the result to FILE (atomically) instead of standard output."};
    const OptionSpec kPlot{"plot", "FILE", "Also draw the figure the window shows, to FILE.png, .svg or .pdf (no display needed)."};
    const OptionSpec kSize{"size", "WxH", "Figure size in pixels (e.g. 1600x900)."};
    const OptionSpec kScale{"scale", "S", "Figure scale factor, 0.25 to 8."};
    const OptionSpec kWidthCm{"width-cm", "W", "Draw the figure W cm wide for print (PNG at 300 dpi)."};
    const OptionSpec kFontPt{"font-pt", "F", "Text size in points for print."};
    const OptionSpec kPrint{"print", "", "Print layout: 16 cm at 10 pt, a column of A4 or Letter text."};
    const OptionSpec kDataset{"dataset", "DIR|mnist|fashion-mnist",
                              "The four IDX files: a folder, mnist ($INITSCOPE_MNIST or ~/.local/share/initscope/mnist; "
        "Fashion-MNIST when MNIST is absent, said on standard error) or fashion-mnist "
        "(/usr/share/datasets/fashion-mnist, package dataset-fashion-mnist)."};
    const OptionSpec kIterations{"iterations", "N", "Training iterations (training presets and steps)."};
    const OptionSpec kEpochs{"epochs", "N", "Epochs (batch normalization presets and steps)."};
    const OptionSpec kLr{"lr", "X", "Learning rate."};
    const OptionSpec kBatch{"batch", "N", "Mini-batch size."};
    std::vector<CommandSpec> c;
    c.push_back({"activations", "",
                 "Forward (and backward) pass of random inputs: every hidden layer's statistics and histogram per initializer.",
                 {activation("sigmoid"), init("std=1, std=0.01, xavier, he"), kDepth, kWidth, hidden("300,100,50"), kBatchnorm,
                  kSamples, kSeed, kBins,
                  {"range", "LO:HI|auto", "Histogram range of every layer: fixed, or auto (the activation's natural range)."},
                  {"bias", "", "Give the dense layers biases (initialized by --bias-init)."}, kBiasInit,
                  {"backward", "", "Also send a random N(0, 1) gradient back from the last layer: each layer's pre-activations, "
                                   "dL/dA, dL/dW and std(dL/dW)/std(W)."},
                  {"show", "activations|pre-activations|gradients|weight-gradients", "What --plot draws (needs --backward except activations)."},
                  {"jacobian", "", "Each run's singular values of dA_L/dA_0 at the first input (dynamical isometry; not with --batchnorm)."},
                  {"repeats", "N", "Also run seeds seed+1 ... seed+N-1 (N <= 1000): median, 5th and 95th percentile over seeds of every statistic."},
                  kFormat, kOutput, kPlot, kSize, kScale, kWidthCm, kFontPt, kPrint},
                 ""});
    c.push_back({"train", "",
                 "Train one network per initializer on MNIST-style data: the loss, update ratios and per-layer snapshots.",
                 {kDataset, activation("relu"), init("std=0.01, xavier, he"), hidden("100,100,100,100"),
                  {"optimizer", "sgd|momentum|adagrad|adam", "Optimizer (default sgd)."}, kLr, kBatch,
                  {"iterations", "N", "Training iterations."}, kSeed,
                  {"eval-every", "N", "Measure the test accuracy every N iterations."},
                  {"eval-samples", "N", "Test images per accuracy measurement."},
                  {"probe-size", "N", "Training images each snapshot sends through the network."}, kBins,
                  {"no-bias", "", "Dense layers without biases."}, kBiasInit, kBatchnorm, kFormat,
                  {"table", "loss|update-ratio|snapshots", "The CSV table --format csv writes (default loss)."},
                  kOutput, kPlot, kSize, kScale, kWidthCm, kFontPt, kPrint},
                 "Per run: the loss of every iteration and update_ratio[layer][record], std(dW)/std(W) of each dense "
                 "layer's step (every iteration; every ceil(iterations/10000)-th beyond); per snapshot and hidden layer "
                 "the activations, gradients dL/dA, weights and weight gradients dL/dW of the probe batch."});
    c.push_back({"bn-sweep", "",
                 "The book's figure 6-19: training with and without BatchNorm for each weight scale.",
                 {{"scales", "N", "The first N of the book's sixteen scales (1 to 16)."},
                  {"weights", "W,W,...", "Weight scales to sweep instead of the book's."}, {"epochs", "N", "Epochs per training."},
                  {"train-size", "N", "Training images (the book: 1000)."}, kBatch, kLr, hidden("100,100,100,100,100"),
                  kSeed, kDataset, kFormat, kOutput, kPlot, kSize, kScale, kWidthCm, kFontPt, kPrint},
                 ""});
    c.push_back({"theory", "",
                 "Mean-field predictions per layer, or with --phase-diagram chi_1 over (sigma_w^2, sigma_b^2).",
                 {activation("sigmoid; tanh with --phase-diagram"), init("std=1, std=0.01, xavier, he"), kDepth, kWidth, hidden("300,100,50"),
                  {"bias-std", "S", "Standard deviation of the biases."}, kSamples, kBatchnorm,
                  {"phase-diagram", "", "chi_1 over sigma_w^2 in (0, W] and sigma_b^2 in [0, B], and the critical line chi_1 = 1."},
                  {"columns", "N", "Phase diagram: sigma_w^2 steps (2 to 4000)."},
                  {"rows", "N", "Phase diagram: sigma_b^2 steps (1 to 4000)."},
                  {"weight-max", "W", "Phase diagram: largest sigma_w^2."},
                  {"bias-max", "B", "Phase diagram: largest sigma_b^2."}, kFormat, kOutput},
                 "Per layer: q, the activations' mean and std, chi and its product, the gradients' std; per "
                 "initializer the fixed point q*, chi_1 there and the depth scales."});
    c.push_back({"presets", "", "List the book's presets (name and title), for render and the window.", {}, ""});
    c.push_back({"render", "",
                 "Draw one preset's figure to a PNG, SVG or PDF file.",
                 {{"preset", "NAME", "The preset (see initscope presets); required."},
                  {"output", "FILE", "FILE.png, .svg or .pdf; required."}, kSize, kScale, kWidthCm, kFontPt, kPrint, kDataset,
                  kIterations, kEpochs},
                 ""});
    c.push_back({"run", "FILE.json",
                 "Run an experiment file saved by the window: figures, CSV tables and a summary into one folder.",
                 {{"output", "DIR", "Folder for the results (default: beside the file, named after it)."}, kDataset,
                  kIterations, kEpochs},
                 ""});
    c.push_back({"lesson", "NAME|FILE.json",
                 "Render every step of a lesson (built-in or a lesson file) for a handout: step-01.png ... and lesson.md.",
                 {{"list", "", "List the built-in lessons instead."},
                  {"output", "DIR", "Folder for the figures and lesson.md; required."},
                  {"language", "en|ko", "Language of the captions and figures (default en)."},
                  {"format", "png|svg|pdf", "Figure format (default png)."}, kSize, kScale, kDataset, kIterations, kEpochs},
                 ""});
    c.push_back({"help", "[COMMAND]", "This overview, or one subcommand's options.", {}, ""});
    return c;
}

std::string optionWords(const OptionSpec& o) { return "--" + o.name + (o.value.empty() ? "" : " " + o.value); }

// Wraps `text` at `width` columns, every line after the first indented by `indent` spaces.
std::string wrap(const std::string& text, std::size_t indent, std::size_t width, std::size_t firstColumn) {
    std::istringstream words(text);
    std::string out, word;
    std::size_t column = firstColumn;
    bool first = true;
    while (words >> word) {
        if (!first && column + 1 + word.size() > width) {
            out += "\n" + std::string(indent, ' ');
            column = indent;
        } else if (!first) {
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
        first = false;
    }
    return out;
}

std::string optionTable(const std::vector<OptionSpec>& options) {
    std::string out;
    for (const OptionSpec& o : options) {
        std::string words = "  " + optionWords(o);
        if (words.size() > 28) {
            out += words + "\n" + std::string(30, ' ');
        } else {
            out += words + std::string(30 - words.size(), ' ');
        }
        out += wrap(o.help, 30, 100, 30) + "\n";
    }
    return out;
}

std::string synopsis(const CommandSpec& c) {
    return "initscope " + c.name + (c.positional.empty() ? "" : " " + c.positional) + (c.options.empty() ? "" : " [OPTIONS]");
}

// troff: a backslash doubled, a leading dot or quote protected, dashes as \-.
std::string roff(const std::string& text) {
    std::string out;
    for (char ch : text) {
        if (ch == '\\') {
            out += "\\e";
        } else if (ch == '-') {
            out += "\\-";
        } else {
            out += ch;
        }
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
    return out;
}

std::string roffOption(const OptionSpec& o) {
    return ".TP\n.BR \\-\\-" + roff(o.name) + (o.value.empty() ? "" : " \" " + roff(o.value) + "\"") + "\n" + roff(o.help) + "\n";
}

}  // namespace

const std::vector<CommandSpec>& commandSpecs() {
    static const std::vector<CommandSpec> specs = buildSpecs();
    return specs;
}

const CommandSpec& commandSpec(const std::string& name) {
    for (const CommandSpec& c : commandSpecs()) {
        if (c.name == name) return c;
    }
    throw std::out_of_range("no command " + name);
}

const std::vector<OptionSpec>& guiOptions() {
    static const std::vector<OptionSpec> options = {
        {"lesson", "NAME|FILE.json", "Open a lesson in the Lesson panel (see initscope lesson --list)."},
        {"step", "N", "With --lesson: start at step N."},
        {"presentation", "", "Start in presentation mode (full screen, large type; F5 toggles, Esc leaves)."},
        {"tab", "training", "Start on the Training tab."},
        {"train", "", "Start training at once."},
        {"quit-after", "MS", "Close the window after MS milliseconds (scripted runs and screenshots)."},
    };
    return options;
}

const OptionSpec* guiOption(const std::string& name) {
    for (const OptionSpec& o : guiOptions()) {
        if (o.name == name) return &o;
    }
    return nullptr;
}

std::string commandHelp(const CommandSpec& c) {
    std::string out = "usage: " + synopsis(c) + "\n\n" + wrap(c.summary, 0, 100, 0) + "\n";
    if (!c.details.empty()) out += "\n" + wrap(c.details, 0, 100, 0) + "\n";
    if (!c.options.empty()) out += "\noptions:\n" + optionTable(c.options);
    if (std::any_of(c.options.begin(), c.options.end(), [](const OptionSpec& o) { return o.name == "activation"; })) {
        out += "\nactivations: " + wrap(activationNameList(), 13, 100, 13) + "\n";
    }
    if (std::any_of(c.options.begin(), c.options.end(), [](const OptionSpec& o) { return o.name == "init"; })) {
        out += "initializers (SPEC): " + wrap(initializerSpecHelp(), 21, 100, 21) + "\n";
    }
    return out;
}

std::string overviewHelp() {
    std::string out = "usage: initscope [OPTIONS] [FILE.json]      open the desktop application\n"
                      "       initscope COMMAND [OPTIONS]          run headless (no display needed)\n"
                      "       initscope --help | --version\n\ncommands:\n";
    for (const CommandSpec& c : commandSpecs()) {
        const std::string head = "  " + c.name;
        out += head + std::string(16 - std::min<std::size_t>(head.size(), 15), ' ') + wrap(c.summary, 16, 100, 16) + "\n";
    }
    out += "\nthe window's options:\n" + optionTable(guiOptions());
    out += "\n'initscope COMMAND --help' lists a command's options; 'man initscope' has them all.\n"
           "Exit status: 0 success, 1 a runtime error (a file, a dataset, a failed write), 2 a usage error.\n";
    return out;
}

std::string manPage(const std::string& version, const std::string& date) {
    std::string m;
    m += ".\\\" Generated from the command line's option definitions (app/cli_spec.cpp); do not edit.\n";
    m += ".TH INITSCOPE 1 \"" + date + "\" \"InitScope " + version + "\" \"User Commands\"\n";
    m += ".SH NAME\ninitscope \\- see how weight initialization shapes deep networks\n";
    m += ".SH SYNOPSIS\n.B initscope\n.RI [ OPTIONS ]\n.RI [ FILE.json ]\n.br\n";
    for (const CommandSpec& c : commandSpecs()) {
        m += ".B initscope " + roff(c.name) + "\n" + (c.positional.empty() ? "" : ".I " + roff(c.positional) + "\n") +
             (c.options.empty() ? "" : ".RI [ OPTIONS ]\n") + ".br\n";
    }
    m += ".B initscope \\-\\-help\n.br\n.B initscope \\-\\-version\n";
    m += ".SH DESCRIPTION\n"
         "InitScope makes the effect of weight initialization on deep networks visible: per-layer histograms of "
         "activations and gradients side by side per initializer, mean-field theory beside measurement, batch "
         "normalization, and training diagnostics over time. It reproduces chapter 6 of\n.I Deep Learning from Scratch\n"
         "and explains it, in English and Korean.\n.PP\n"
         "Without a command, the desktop application opens (with\n.I FILE.json\n"
         "an experiment file saved by it). With a command, InitScope runs headless and writes JSON, CSV or figures; "
         "no display is needed.\n";
    m += ".SH OPTIONS OF THE WINDOW\n";
    for (const OptionSpec& o : guiOptions()) m += roffOption(o);
    m += ".SH COMMANDS\n";
    for (const CommandSpec& c : commandSpecs()) {
        m += ".SS " + roff(synopsis(c)) + "\n" + roff(c.summary) + "\n";
        if (!c.details.empty()) m += ".PP\n" + roff(c.details) + "\n";
        for (const OptionSpec& o : c.options) m += roffOption(o);
    }
    m += ".SH ACTIVATIONS\n" + roff(activationNameList()) + "\n";
    m += ".SH INITIALIZERS\n" + roff(initializerSpecHelp()) + "\n";
    m += ".SH ENVIRONMENT\n"
         ".TP\n.B INITSCOPE_MNIST\nFolder holding MNIST's four IDX files (train\\-images\\-idx3\\-ubyte.gz and the others); "
         "otherwise ~/.local/share/initscope/mnist. Without MNIST, training uses Fashion\\-MNIST.\n"
         ".TP\n.B INITSCOPE_MEMORY_LIMIT\nA memory cap in bytes (or with k, M, G): larger experiments are refused with a message.\n"
         ".TP\n.B QT_QPA_PLATFORM\nThe commands draw figures with Qt's offscreen platform when no display is set.\n";
    m += ".SH FILES\n"
         ".TP\n.I ~/.config/InitScope/InitScope.conf\nThe window's remembered settings (language, layout, last experiment).\n"
         ".TP\n.I /usr/share/datasets/fashion\\-mnist\nFashion\\-MNIST, from the package dataset\\-fashion\\-mnist.\n";
    m += ".SH EXIT STATUS\n0 on success, 1 on a runtime error (a file, a dataset, a failed write), 2 on a usage error.\n";
    m += ".SH EXAMPLES\n.nf\n"
         "initscope activations \\-\\-activation relu \\-\\-init he \\-\\-depth 10 \\-\\-plot relu.pdf\n"
         "initscope train \\-\\-dataset mnist \\-\\-iterations 2000 \\-\\-format csv \\-\\-output loss.csv\n"
         "initscope lesson chapter6 \\-\\-language ko \\-\\-output handout\n"
         ".fi\n";
    m += ".SH SEE ALSO\nThe window's Help menu (F1): a guide, keyboard shortcuts and Getting MNIST.\n";
    return m;
}

std::string bashCompletion() {
    std::string s = "# bash completion for initscope. Generated from the command line's option definitions; do not edit.\n"
                    "_initscope() {\n"
                    "    local cur prev cmd i\n"
                    "    cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
                    "    prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
                    "    cmd=\"\"\n"
                    "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
                    "        case \"${COMP_WORDS[i]}\" in -*) ;; *) cmd=\"${COMP_WORDS[i]}\"; break ;; esac\n"
                    "    done\n"
                    "    case \"$prev\" in\n"
                    "        --output|--plot) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
                    "        --dataset) COMPREPLY=($(compgen -W \"mnist fashion-mnist\" -- \"$cur\") $(compgen -d -- \"$cur\")); return ;;\n"
                    "        --activation) COMPREPLY=($(compgen -W \"";
    std::string names = activationNameList();
    std::replace(names.begin(), names.end(), ',', ' ');
    s += names + "\" -- \"$cur\")); return ;;\n";
    // Options whose values are a fixed list: "a|b|c".
    std::vector<std::string> done;
    auto listed = [&](const OptionSpec& o) {
        if (o.value.find('|') == std::string::npos || o.value.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos) return;
        if (std::find(done.begin(), done.end(), o.name) != done.end()) return;
        done.push_back(o.name);
        std::string words = o.value;
        std::replace(words.begin(), words.end(), '|', ' ');
        s += "        --" + o.name + ") COMPREPLY=($(compgen -W \"" + words + "\" -- \"$cur\")); return ;;\n";
    };
    for (const CommandSpec& c : commandSpecs()) {
        for (const OptionSpec& o : c.options) listed(o);
    }
    for (const OptionSpec& o : guiOptions()) listed(o);
    s += "        --lesson) COMPREPLY=($(compgen -W \"$(initscope lesson --list 2>/dev/null | cut -f1)\" -- \"$cur\") $(compgen -f -X '!*.json' -- \"$cur\")); return ;;\n"
         "        --preset) COMPREPLY=($(compgen -W \"$(initscope presets 2>/dev/null | cut -f1)\" -- \"$cur\")); return ;;\n"
         "    esac\n"
         "    case \"$cmd\" in\n";
    std::string commands;
    for (const CommandSpec& c : commandSpecs()) {
        commands += (commands.empty() ? "" : " ") + c.name;
        std::string options = "--help";
        for (const OptionSpec& o : c.options) options += " --" + o.name;
        s += "        " + c.name + ") COMPREPLY=($(compgen -W \"" + options + "\" -- \"$cur\"))";
        if (c.positional.find("FILE.json") != std::string::npos) s += "; [[ $cur != -* ]] && COMPREPLY+=($(compgen -f -X '!*.json' -- \"$cur\"))";
        s += " ;;\n";
    }
    std::string gui = "--help --version";
    for (const OptionSpec& o : guiOptions()) gui += " --" + o.name;
    s += "        *) COMPREPLY=($(compgen -W \"" + commands + " " + gui + "\" -- \"$cur\") $(compgen -f -X '!*.json' -- \"$cur\")) ;;\n"
         "    esac\n"
         "}\n"
         "complete -o filenames -F _initscope initscope\n";
    return s;
}

}  // namespace initscope::cli
