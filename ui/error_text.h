#pragma once

#include <QString>

#include "common/errors.h"

namespace initscope::ui {

// The window's sentence for an engine error, in the user's language: the problem's code and
// arguments worded through tr(), after the file and the field it concerns ("run.json:
// activations.depth: must be 1 to 100, got 0"). A problem without a code (or one this build has no
// words for) keeps the engine's English message, so nothing is ever lost.
QString errorText(const ErrorInfo& error);

// The problem alone, worded; empty when `problem` has no code this build words.
QString problemText(const Problem& problem);
// The same, or the engine's English `fallback` when there are no words for it.
QString problemText(const Problem& problem, const std::string& fallback);

}  // namespace initscope::ui
