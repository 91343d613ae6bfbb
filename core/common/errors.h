#pragma once

#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace initscope {

// What went wrong as a code and its arguments ("value.type" with {"a string"}): the window words it
// in the user's language (ui/engine_text.cpp), while the engine's English message stays for the
// command line and logs. An empty code: the UI shows the English message.
struct Problem {
    std::string code;
    std::vector<std::string> args;

    bool operator==(const Problem&) const = default;
};

// Base of every error the engine throws; what() is one line, fit for a status bar or stderr.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    Error(const std::string& what, Problem problem) : std::runtime_error(what), m_problem(std::move(problem)) {}
    const Problem& problem() const { return m_problem; }

private:
    Problem m_problem;
};

// An error about one setting: field() names it the way the experiment file spells it (e.g.
// "activations.depth"), message() is the problem alone, what() is "<field>: <problem>".
class SettingError : public Error {
public:
    SettingError(std::string field, const std::string& message, Problem problem = {})
        : Error(field + ": " + message, std::move(problem)), m_field(std::move(field)), m_message(message) {}
    const std::string& field() const { return m_field; }
    const std::string& message() const { return m_message; }

private:
    std::string m_field;
    std::string m_message;
};

// A configuration value (experiment file field, command-line option, UI value) is invalid.
class ConfigError : public SettingError {
public:
    using SettingError::SettingError;
};

// A data file (IDX image/label file, experiment file) is missing, unreadable or malformed.
// file() is the path; what() is "<path>: <problem>". field() names the setting when the problem
// is a value inside the file (an experiment file's "activations.depth"), else it is empty.
class FileError : public Error {
public:
    FileError(std::string file, const std::string& message, std::string field = {}, Problem problem = {})
        : Error(file + ": " + message, std::move(problem)),
          m_file(std::move(file)),
          m_field(std::move(field)),
          m_message(message) {}
    const std::string& file() const { return m_file; }
    const std::string& field() const { return m_field; }
    const std::string& message() const { return m_message; }

private:
    std::string m_file;
    std::string m_field;
    std::string m_message;
};

// A dataset name could not be resolved to a folder holding the four IDX files.
class DatasetNotFound : public Error {
public:
    using Error::Error;
};

// Valid settings that need more memory than the machine has free: field() names the setting that
// weighs most (e.g. "activations.width"), message() how much is needed and how to reduce it.
class ResourceError : public SettingError {
public:
    using SettingError::SettingError;
};

// Thrown by an experiment when its RunControl was cancelled; callers treat it as a clean stop.
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled") {}
};

// An error as a value, to cross threads and reach the window: the UI decides what to say from
// kind, file and field, never from the English text (which the UI may translate or not show).
struct ErrorInfo {
    enum class Kind {
        Config,           // an invalid setting: field
        File,             // a data or experiment file: file (and field for a value in it)
        DatasetNotFound,  // no dataset under that name
        OutOfMemory,      // too large for this machine: field when known
        Cancelled,        // stopped on request
        Internal,         // anything else (a bug)
    };
    Kind kind = Kind::Internal;
    std::string file;
    std::string field;
    std::string message;  // the problem alone (no file or field prefix), in English
    Problem problem;      // the same as a code and arguments, for the UI's words (may be empty)
    std::string text;     // one line for a log or stderr: what() of the original

    bool operator==(const ErrorInfo&) const = default;
};

// Classifies the exception `error` (thrown by the engine or the standard library).
ErrorInfo describeError(std::exception_ptr error);

// A user's value quoted in a message: at most `limit` bytes (cut on a UTF-8 character
// boundary, "…" added), control characters shown as '?'.
std::string quoteForMessage(std::string_view value, std::size_t limit = 100);

}  // namespace initscope
