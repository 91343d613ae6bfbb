#pragma once

#include <string>
#include <vector>

#include "io/experiment_file.h"

namespace initscope {

// A ready-made experiment reproducing one of the chapter's figures.
struct Preset {
    std::string name;         // command-line id, e.g. "fig6-10-sigmoid-std1"
    std::string title;        // menu text, e.g. "Figure 6-10: sigmoid, std = 1"
    std::string description;  // one sentence: what the figure shows
    ExperimentFile experiment;
    bool bookStyle = false;   // column titles "1-layer"…, y ticks on the first panel only
    double yMax = 0.0;        // fixed top of the count axis (the book's ReLU figures: 7000), 0: auto
};

const std::vector<Preset>& presets();
// Throws ConfigError("preset", …) listing the names when unknown.
const Preset& presetByName(const std::string& name);

}  // namespace initscope
