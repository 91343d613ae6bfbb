#pragma once

#include <QString>
#include <vector>

namespace initscope::ui {

// The languages the window speaks. English is the source language; Korean follows the Korean
// edition of "Deep Learning from Scratch" (밑바닥부터 시작하는 딥러닝) in its terms.
struct Language {
    QString code;        // "en", "ko"
    QString nativeName;  // "English", "한국어": each language names itself, whatever is installed
};
const std::vector<Language>& languages();

// "ko" when the system's locale is Korean, else "en".
QString systemLanguage();
// The language `choice` ("" or "system": the system's) resolves to.
QString resolveLanguage(const QString& choice);

// Installs the translators for `code`: InitScope's own (embedded, :/i18n/initscope_<code>.qm) and
// Qt's for its standard dialogs and buttons (qtbase_<code>.qm from Qt's translations folder, when
// Debian's qt6-translations-l10n is installed). Replaces those installed before; widgets built
// afterwards speak it. Returns false if InitScope's own translation could not be loaded.
bool installLanguage(const QString& code);
QString installedLanguage();

}  // namespace initscope::ui
