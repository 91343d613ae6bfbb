#include "io/presets.h"

#include "common/errors.h"

namespace initscope {
namespace {

Preset activationsPreset(std::string name, std::string title, std::string description,
                         std::string activation, std::vector<std::string> inits,
                         HistogramRange range = {false, 0.0, 1.0}) {
    Preset p;
    p.name = std::move(name);
    p.title = std::move(title);
    p.description = std::move(description);
    p.bookStyle = true;
    p.experiment.view = ExperimentFile::View::Activations;
    ActivationsConfig& c = p.experiment.activations;  // the book: 1000 × 100, 5 layers, 30 bins
    c.activation = std::move(activation);
    c.initializers = std::move(inits);
    c.range = range;
    return p;
}

std::vector<Preset> makePresets() {
    std::vector<Preset> list;
    list.push_back(activationsPreset(
        "fig6-10-sigmoid-std1", "Figure 6-10: sigmoid, std = 1",
        "Activations pile up at 0 and 1: the sigmoid saturates and its gradients vanish.",
        "sigmoid", {"std=1"}));
    list.push_back(activationsPreset(
        "fig6-11-sigmoid-std0.01", "Figure 6-11: sigmoid, std = 0.01",
        "Activations crowd around 0.5: every unit outputs nearly the same value.", "sigmoid",
        {"std=0.01"}));
    list.push_back(activationsPreset(
        "fig6-13-sigmoid-xavier", "Figure 6-13: sigmoid, Xavier",
        "Xavier's σ = 1/√n keeps a broad spread of activations in every layer.", "sigmoid",
        {"xavier"}));
    list.push_back(activationsPreset(
        "fig6-14-relu", "Figure 6-14: ReLU with std = 0.01, Xavier and He",
        "Under ReLU, std = 0.01 vanishes, Xavier drifts towards 0, He keeps its spread.", "relu",
        {"std=0.01", "xavier", "he"}));
    list.back().yMax = 7000;  // as the book draws it: the dead units' bar at 0 runs off the top
    list.push_back(activationsPreset(
        "tanh-xavier-book-range", "tanh, Xavier, the book's (0, 1) range",
        "The book's remark that tanh is symmetric, drawn on (0, 1): the negative half is hidden.",
        "tanh", {"xavier"}));
    list.push_back(activationsPreset(
        "tanh-xavier-full-range", "tanh, Xavier, the full (−1, 1) range",
        "The same tanh activations on their whole range: symmetric about 0.", "tanh",
        {"xavier"}, {false, -1.0, 1.0}));
    list.push_back(activationsPreset(
        "all-four-sigmoid", "All four initializers with sigmoid",
        "std = 1, std = 0.01, Xavier and He side by side under sigmoid.", "sigmoid",
        {"std=1", "std=0.01", "xavier", "he"}));
    list.push_back(activationsPreset(
        "all-four-relu", "All four initializers with ReLU",
        "std = 1, std = 0.01, Xavier and He side by side under ReLU.", "relu",
        {"std=1", "std=0.01", "xavier", "he"}));
    list.back().yMax = 7000;
    // The backward pass, measured (not in the book's figures: the window's own look).
    list.push_back(activationsPreset(
        "backward-sigmoid-std1", "The book's claim about sigmoid and std = 1, measured",
        "Gradients dL/dA sent back through sigmoid layers: saturation shrinks each unit's derivative, yet "
        "std = 1's large weights carry the gradient back undiminished; Xavier's shrinks about 4× per layer.",
        "sigmoid", {"std=1", "xavier"}));
    list.push_back(activationsPreset(
        "backward-relu-xavier-he", "ReLU: Xavier vs He, backward",
        "Gradients dL/dA sent back through ReLU layers: Xavier's shrink layer by layer towards the input, "
        "He's hold their size (the depth profile shows both directions).",
        "relu", {"xavier", "he"}));
    for (Preset* p : {&list[list.size() - 2], &list.back()}) {
        p->bookStyle = false;
        p->experiment.activations.backward = true;
        p->experiment.activations.range = {true, 0.0, 0.0};  // the activation's own range
        p->experiment.histograms = Quantity::GradInput;
    }
    Preset mnist;
    mnist.name = "fig6-15-mnist-comparison";
    mnist.title = "Figure 6-15: MNIST, std = 0.01 vs Xavier vs He";
    mnist.description =
        "784-100-100-100-100-10, ReLU, SGD lr 0.01, batch 128, 2000 iterations: std = 0.01 never "
        "learns, He learns fastest.";
    mnist.bookStyle = true;
    mnist.experiment.view = ExperimentFile::View::Training;
    list.push_back(std::move(mnist));  // TrainingConfig's defaults are the book's
    Preset bn;
    bn.name = "fig6-18-batch-norm";
    bn.title = "Figure 6-18: Batch Normalization speeds up learning";
    bn.description =
        "The book's network with weights N(0, 0.01²), trained with and without BatchNorm on the same "
        "batches: with it, the training accuracy rises far sooner.";
    bn.bookStyle = true;
    bn.experiment.view = ExperimentFile::View::BnSweep;
    bn.experiment.bnSweep.weights = {0.01};
    list.push_back(std::move(bn));
    Preset sweep;
    sweep.name = "fig6-19-batch-norm-sweep";
    sweep.title = "Figure 6-19: Batch Normalization across 16 weight scales";
    sweep.description =
        "w from 1 to 0.0001: without BatchNorm only w ≈ 0.1–0.3 learns; with it every scale does.";
    sweep.bookStyle = true;
    sweep.experiment.view = ExperimentFile::View::BnSweep;  // BnSweepConfig's defaults are the book's
    list.push_back(std::move(sweep));
    return list;
}

}  // namespace

const std::vector<Preset>& presets() {
    static const std::vector<Preset> kPresets = makePresets();
    return kPresets;
}

const Preset& presetByName(const std::string& name) {
    std::string names;
    for (const Preset& p : presets()) {
        if (p.name == name) return p;
        names += (names.empty() ? "" : ", ") + p.name;
    }
    throw ConfigError("preset", "unknown preset '" + quoteForMessage(name) + "' (choose one of: " + names + ")",
                      {"preset.unknown", {quoteForMessage(name), names}});
}

}  // namespace initscope
