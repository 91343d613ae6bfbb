#pragma once

// The command line's option definitions: one table that the parser accepts options from, and
// that `initscope COMMAND --help`, `initscope --help`, the manual page (initscope.1) and the bash
// completion are all written from. An option the parser takes is documented by construction.

#include <string>
#include <vector>

namespace initscope::cli {

struct OptionSpec {
    std::string name;   // without the dashes: "depth"
    std::string value;  // what it takes, "N", "FILE", "sgd|momentum|adagrad|adam"; empty: a flag
    std::string help;   // one sentence
    bool repeatable = false;
};

struct CommandSpec {
    std::string name;        // "activations"
    std::string positional;  // "FILE.json", "NAME|FILE.json" or empty
    std::string summary;     // one line
    std::vector<OptionSpec> options;
    std::string details;     // more paragraphs, may be empty
};

// Every subcommand, in the order `--help` lists them.
const std::vector<CommandSpec>& commandSpecs();
// The subcommand called `name`; throws std::out_of_range for an unknown one.
const CommandSpec& commandSpec(const std::string& name);
// The desktop application's own options (initscope [OPTIONS] [FILE.json]).
const std::vector<OptionSpec>& guiOptions();
// A value-taking GUI option's spec, or nullptr when `name` (without dashes) is no GUI option.
const OptionSpec* guiOption(const std::string& name);

// `initscope COMMAND --help`.
std::string commandHelp(const CommandSpec& command);
// `initscope --help`: every subcommand's synopsis and the window's options.
std::string overviewHelp();
// The manual page, troff (man(7)).
std::string manPage(const std::string& version, const std::string& date);
// A bash completion script for `initscope`.
std::string bashCompletion();

}  // namespace initscope::cli
