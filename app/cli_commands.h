#pragma once

// The subcommands (internal to initscope_cli; app/cli.cpp dispatches to them). Each parses its
// options with the table in app/cli_spec.cpp and returns an exit code.

#include <iosfwd>
#include <string>
#include <vector>

#include "cli.h"
#include "cli_options.h"
#include "experiments/bn_sweep.h"
#include "experiments/training.h"

namespace initscope::cli {

// The experiments (app/cli_experiments.cpp).
int runActivationsCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                          FigureRenderer* renderer);
int runTheoryCommand(const std::vector<std::string>& args, std::ostream& out);
int runTrainCommand(const std::vector<std::string>& args, std::ostream& out, FigureRenderer* renderer);
int runBnSweepCommand(const std::vector<std::string>& args, std::ostream& out, FigureRenderer* renderer);
// A preset's or lesson step's training or sweep, with --dataset, --iterations/--epochs applied.
TrainingResult trainFor(TrainingConfig config, const Options& o);
BnSweepResult sweepFor(BnSweepConfig config, const Options& o);

// Presets, figures, lessons and experiment files (app/cli_documents.cpp).
int runPresetsCommand(const std::vector<std::string>& args, std::ostream& out);
int runRenderCommand(const std::vector<std::string>& args, FigureRenderer* renderer);
int runLessonCommand(const std::vector<std::string>& args, std::ostream& out, FigureRenderer* renderer);
int runExperimentFileCommand(const std::vector<std::string>& args, std::ostream& out, FigureRenderer* renderer);

}  // namespace initscope::cli
