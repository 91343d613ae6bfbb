#include "initscope_version.h"
#include "cli_spec.h"
#include "app_icon.h"
#include "gui_main.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "export/headless_renderer.h"
#include "common/parallel.h"
#include "io/lesson.h"
#include "lesson_panel.h"
#include "main_window.h"
#include "window_host.h"
#include "worker_thread.h"

namespace initscope::ui {

int runGui(int argc, char** argv) {
    if (noDisplay()) {
        std::cerr << "initscope: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run a "
                     "subcommand for headless use (see initscope --help)\n";
        return 1;
    }
    QApplication::setApplicationName("InitScope");
    QApplication::setOrganizationName("InitScope");
    QApplication::setApplicationVersion(INITSCOPE_VERSION);
    // The engine's pool threads run below the GUI thread's priority: the window stays responsive
    // while they compute, also when the machine is busy with something else.
    ThreadPool::useBackgroundPriority();
    QApplication app(argc, argv);
    QApplication::setWindowIcon(appIcon());
    // Ties the windows to the installed desktop entry (its icon and name in docks and task bars).
    QGuiApplication::setDesktopFileName(QStringLiteral(INITSCOPE_APP_ID));
    // The engine formats and parses numbers with the C library: keep its decimal point a '.'.
    std::setlocale(LC_NUMERIC, "C");

    // Options for scripted runs (smoke tests, screenshots) and classrooms: --quit-after MS, --train,
    // --tab training, --lesson NAME|FILE.json [--step N], --presentation.
    int quitAfter = -1;
    bool train = false;
    bool presentation = false;
    QString lesson;
    int step = 1;
    QString tab;
    QString file;
    const QStringList args = app.arguments();
    // The options are the ones app/cli_spec.cpp defines (so --help and the manual list them).
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        if (!a.startsWith("--")) {
            if (!file.isEmpty()) {
                std::cerr << "initscope: one experiment file at a time, got a second: '" << a.toStdString() << "'\n";
                return 2;
            }
            file = a;  // an experiment file to open
            continue;
        }
        const cli::OptionSpec* option = cli::guiOption(a.mid(2).toStdString());
        if (!option) {
            std::cerr << "initscope: unknown option '" << a.toStdString() << "' (see initscope --help)\n";
            return 2;
        }
        QString value;
        if (!option->value.empty()) {
            if (i + 1 >= args.size()) {
                std::cerr << "initscope: " << a.toStdString() << " needs a value (" << option->value << ")\n";
                return 2;
            }
            value = args[++i];
        }
        bool ok = true;
        if (option->name == "quit-after") {
            quitAfter = value.toInt(&ok);
        } else if (option->name == "train") {
            train = true;
        } else if (option->name == "presentation") {
            presentation = true;
        } else if (option->name == "lesson") {
            lesson = value;
        } else if (option->name == "step") {
            step = value.toInt(&ok);
        } else if (option->name == "tab") {
            tab = value;
            ok = tab == QLatin1String("training");
        }
        if (!ok) {
            std::cerr << "initscope: " << a.toStdString() << ": '" << value.toStdString() << "' is not " << option->value << "\n";
            return 2;
        }
    }

    WindowHost host;  // the window, in the remembered language (View → Language rebuilds it)
    MainWindow& window = *host.window();
    window.show();
    if (!file.isEmpty()) window.openFile(file);
    if (tab == "training") window.showTraining();
    if (!lesson.isEmpty()) {
        // A built-in lesson by name, or a lesson file.
        if (lesson.endsWith(QStringLiteral(".json"))) {
            window.openLesson(lesson);
        } else {
            try {
                window.startLesson(builtInLesson(lesson.toStdString()));
            } catch (const std::exception& e) {
                std::cerr << "initscope: " << e.what() << "\n";
                return 2;
            }
        }
        if (window.lessonPanel()->hasLesson()) window.lessonPanel()->goTo(step - 1);
    }
    if (presentation) window.setPresentation(true);
    if (train) QTimer::singleShot(0, &window, &MainWindow::startTraining);
    if (quitAfter >= 0) {
        // A scripted run must never wait on a question nobody will answer.
        MainWindow::setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        QTimer::singleShot(quitAfter, &host, [&host] {
            if (host.window()) host.window()->close();
        });
    }
    const int code = app.exec();
    if (WorkerThread::stillRunningAfterStop() > 0) {
        // An engine thread is still inside a step that cannot be interrupted (a QR of a huge
        // matrix): the window is closed and the settings are saved, so end the process now
        // rather than wait for it (its QThread is never destroyed while it runs).
        QSettings().sync();
        std::fflush(nullptr);
        std::_Exit(code);
    }
    return code;
}

}  // namespace initscope::ui
