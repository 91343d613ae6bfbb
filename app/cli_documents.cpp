// Presets, figures for handouts (render, lesson) and experiment files (run) from the command line.
#include <cstdio>
#include <filesystem>
#include <optional>
#include <ostream>

#include "cli_commands.h"
#include "experiments/activations_theory.h"
#include "io/atomic_file.h"
#include "io/experiment_file.h"
#include "io/lesson.h"
#include "io/presets.h"

namespace initscope::cli {

int runPresetsCommand(const std::vector<std::string>& args, std::ostream& out) {
    const Options o(args, commandSpec("presets"));
    std::string text;
    for (const Preset& p : presets()) text += p.name + "\t" + p.title + "\n";
    writeChecked(out, text);
    return kExitOk;
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

}  // namespace initscope::cli
