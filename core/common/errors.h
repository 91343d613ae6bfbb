#pragma once

#include <stdexcept>
#include <string>

namespace initscope {

// Base of every error the engine throws; what() is one line, fit for a status bar or stderr.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A configuration value (experiment file field, command-line option, UI value) is invalid.
// field() names it the way the experiment file spells it, e.g. "activations.depth".
class ConfigError : public Error {
public:
    ConfigError(std::string field, const std::string& message)
        : Error(field + ": " + message), m_field(std::move(field)) {}
    const std::string& field() const { return m_field; }

private:
    std::string m_field;
};

// A data file (IDX image/label file, experiment file) is missing, unreadable or malformed.
// file() is the path; what() is "<path>: <problem>".
class FileError : public Error {
public:
    FileError(std::string file, const std::string& message)
        : Error(file + ": " + message), m_file(std::move(file)) {}
    const std::string& file() const { return m_file; }

private:
    std::string m_file;
};

// A dataset name could not be resolved to a folder holding the four IDX files.
class DatasetNotFound : public Error {
public:
    using Error::Error;
};

// Thrown by an experiment when its RunControl was cancelled; callers treat it as a clean stop.
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled") {}
};

}  // namespace initscope
