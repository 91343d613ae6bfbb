#pragma once

#include <QString>
#include <string>
#include <string_view>

namespace initscope {
class Initializer;
struct Preset;
}  // namespace initscope

namespace initscope::ui {

// The engine names things by code (specs, activation names, preset ids) and in English for the
// command line; the window's words for them come from here, through tr(), so they translate.

// "Sigmoid", "시그모이드", … for an activation's code ("sigmoid", "leaky-relu", …); the code itself
// when unknown.
QString activationName(std::string_view code);
// "Xavier", "Glorot normal", "std = 0.01", … for an initializer spec ("xavier", "std=0.01", …).
QString initializerName(const std::string& spec);
// Its rule in words and symbols: "σ = √(2/n_in)", "σ fixed", "W = gain·Q, QR of a Gaussian matrix".
QString initializerFormula(const Initializer& initializer);
// "He: σ = √(2/n_in) = 0.1414" for a layer of fanIn → fanOut units.
QString initializerDescription(const Initializer& initializer, int fanIn, int fanOut);
// The rule with this layer's numbers in: "He: σ = √(2/n_in) = √(2/100) = 0.1414".
QString initializerFormulaWithNumbers(const Initializer& initializer, int fanIn, int fanOut);
// What the words under a histogram mean, for `activation` (its code): saturated (outside the
// activation's flat ends, with their bounds), dead (exactly 0); empty for neither.
QString statisticsGlossary(std::string_view activation);

// The formula panel's facts about an initializer: its distribution, Var(W), why it was proposed
// (one sentence) and the paper; the gain recommended for `activation`.
struct InitializerFacts {
    QString name, distribution, variance, why, paper;
};
InitializerFacts initializerFacts(const std::string& spec);
QString recommendedGain(std::string_view activation);

// A preset's menu title and one-sentence description.
QString presetTitle(const Preset& preset);
QString presetDescription(const Preset& preset);

}  // namespace initscope::ui
