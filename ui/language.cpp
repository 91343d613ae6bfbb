#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace initscope::ui {

namespace {
struct Installed {
    std::unique_ptr<QTranslator> own, qt;
    QString code = QStringLiteral("en");
};
Installed& installed() {
    static Installed i;
    return i;
}
}  // namespace

const std::vector<Language>& languages() {
    static const std::vector<Language> kLanguages = {{QStringLiteral("en"), QStringLiteral("English")},
                                                     {QStringLiteral("ko"), QStringLiteral("한국어")}};
    return kLanguages;
}

QString systemLanguage() { return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en"); }

QString resolveLanguage(const QString& choice) {
    for (const Language& l : languages()) {
        if (l.code == choice) return choice;
    }
    return systemLanguage();
}

bool installLanguage(const QString& code) {
    Installed& i = installed();
    for (auto* t : {i.own.get(), i.qt.get()}) {
        if (t) QCoreApplication::removeTranslator(t);
    }
    i.own.reset(new QTranslator);
    i.qt.reset(new QTranslator);
    const bool ok = i.own->load(QStringLiteral(":/i18n/initscope_%1.qm").arg(code));
    if (ok) QCoreApplication::installTranslator(i.own.get());
    if (i.qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(i.qt.get());
    }
    i.code = ok ? code : QStringLiteral("en");
    return ok;
}

QString installedLanguage() { return installed().code; }

}  // namespace initscope::ui
