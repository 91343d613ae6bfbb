// Korean and English: the window in each language, View → Language switching at run time (the
// experiment, its file and the display settings carried over), and every user-visible string
// literal wrapped in tr() (the translation files' completeness is checked_translations.sh's job).
#include "gui_test_support.h"

#include <QMenuBar>
#include <QPushButton>
#include <algorithm>
#include <regex>
#include <set>

#include "engine_text.h"
#include "error_text.h"
#include "initscope_version.h"
#include "io/presets.h"
#include "language.h"
#include "lesson_panel.h"
#include "help_menu.h"
#include "formula_panel.h"
#include "theme.h"
#include "controls/initializer_list.h"
#include <QDockWidget>
#include <QToolBar>
#include <qcustomplot.h>
#include "io/atomic_file.h"
#include "io/lesson.h"
#include "data/idx.h"
#include "experiments/jacobian.h"
#include "settings_store.h"
#include "window_host.h"

using namespace initscope;
using namespace initscope::ui;

int main(int argc, char* argv[]) { return runGuiTests(argc, argv); }

namespace {
// The throws of errors a user meets (settings, files, datasets, memory) in `text` whose statement
// carries no problem code: neither a code literal ("idx.magic") nor a Problem passed on.
std::vector<std::string> throwsWithoutCodeIn(const std::string& file, const std::string& text) {
    static const std::regex start(R"re(\bthrow\s+(ConfigError|SettingError|FileError|ResourceError|DatasetNotFound)\b)re");
    static const std::regex carriesCode(R"re("[a-z]+\.[a-z_]+"|[Pp]roblem)re");
    std::vector<std::string> found;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), start); it != std::sregex_iterator(); ++it) {
        // The statement runs to the first ';' outside a string literal.
        std::size_t end = static_cast<std::size_t>(it->position());
        bool quoted = false;
        for (; end < text.size(); ++end) {
            const char c = text[end];
            if (quoted && c == '\\') {
                ++end;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                break;
            }
        }
        const std::string statement = text.substr(static_cast<std::size_t>(it->position()), end - static_cast<std::size_t>(it->position()));
        if (!std::regex_search(statement, carriesCode)) {
            const auto line = std::count(text.begin(), text.begin() + it->position(), '\n') + 1;
            found.push_back(file + ":" + std::to_string(line) + ": " + statement.substr(0, 120));
        }
    }
    return found;
}

std::vector<std::string> throwsWithoutCode(const std::filesystem::path& folder) {
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".cpp") continue;
        for (std::string& site : throwsWithoutCodeIn(entry.path().string(), readTextFile(entry.path().string()))) {
            found.push_back(std::move(site));
        }
    }
    return found;
}

// A string literal handed straight to something that shows it, not through tr(): a label, a
// tooltip, a menu, a tab, a list entry, a status message, a plot's text.
const std::regex& untranslatedCall() {
    static const std::regex r(
        R"re(\b(setText|setToolTip|setStatusTip|setWhatsThis|setWindowTitle|setPlaceholderText|setTitle|setLabel|addItem|addAction|addMenu|addTab|insertTab|setTabText|setTabToolTip|showMessage|showInfo|showError|setName|setCaption|setPlaceholder|QLabel|QCheckBox|QPushButton|QRadioButton|QGroupBox|QToolButton|QCPTextElement)\s*\((\s*[\w>.-]+\s*,)?\s*"[^"]*[A-Za-z]{2,})re");
    return r;
}

std::vector<std::string> untranslatedLines(const std::string& text, const std::string& file) {
    std::vector<std::string> found;
    std::istringstream lines(text);
    std::string line;
    int number = 0;
    while (std::getline(lines, line)) {
        ++number;
        const std::string code = line.substr(0, line.find("//"));
        if (std::regex_search(code, untranslatedCall())) found.push_back(file + ":" + std::to_string(number) + ": " + line);
    }
    return found;
}
}  // namespace

TEST_CASE("every user-visible string literal in the window's sources goes through tr()", "[gui][language]") {
    // Positive control: the scanner sees the kinds of line it is there to catch, and lets tr() pass.
    CHECK(untranslatedLines(R"(    label->setToolTip("Shown to the user");)", "control").size() == 1);
    CHECK(untranslatedLines(R"(    auto* a = menu->addAction("&Open");)", "control").size() == 1);
    CHECK(untranslatedLines(R"(    m_tabs->addTab(page, "Training");)", "control").size() == 1);
    CHECK(untranslatedLines(R"(    new QLabel("Seed");)", "control").size() == 1);
    CHECK(untranslatedLines(R"(    label->setToolTip(tr("Shown to the user"));)", "control").empty());
    CHECK(untranslatedLines(R"(    m_combo->setObjectName("activation");)", "control").empty());
    int files = 0;
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(INITSCOPE_SOURCE_DIR) / "ui")) {
        if (!entry.is_regular_file() || (entry.path().extension() != ".cpp" && entry.path().extension() != ".h")) continue;
        ++files;
        for (auto& line : untranslatedLines(readTextFile(entry.path().string()), entry.path().filename().string())) {
            found.push_back(std::move(line));
        }
    }
    CHECK(files > 40);
    for (const auto& line : found) std::cout << "untranslated: " << line << "\n";
    CHECK(found.empty());  // a code or name meant as is: QStringLiteral("…")
}

TEST_CASE("the window in Korean: menus, tabs, settings, the engine's names", "[gui][language]") {
    QSettings().remove("experiment");
    REQUIRE(installLanguage("ko"));
    CHECK(installedLanguage() == "ko");
    {
        MainWindow window;
        window.resize(1024, 768);
        window.show();
        REQUIRE(waitFor([&] { return window.activationsView()->grid()->cellsWithData() == 20; }));
        CHECK(window.tabs()->tabText(0) == QString::fromUtf8("활성화값"));
        CHECK(window.tabs()->tabText(1) == QString::fromUtf8("학습"));
        QStringList menus;
        for (QAction* a : window.menuBar()->actions()) menus << a->text();
        CHECK(menus.contains(QString::fromUtf8("파일(&F)")));
        // The engine's words, by code: an activation, an initializer, a preset.
        CHECK(activationName("sigmoid") == QString::fromUtf8("시그모이드"));
        CHECK(initializerName("glorot-uniform") == QString::fromUtf8("Glorot 균등분포"));
        CHECK(presetTitle(presetByName("fig6-10-sigmoid-std1")).startsWith(QString::fromUtf8("그림 6-10")));
        // The grid's column titles and the caption.
        const auto& rows = window.activationsView()->grid()->rows();
        REQUIRE(!rows.empty());
        CHECK(rows.front().cells.front().summary.contains(QString::fromUtf8("포화")));
        window.grab().save(QString::fromStdString(test::artifactPath("korean-1024x768.png")));
        window.trainingView()->views()->setCurrentIndex(1);
        window.showTraining();
        QTest::qWait(100);
        window.grab().save(QString::fromStdString(test::artifactPath("korean-training-1024x768.png")));
    }
    REQUIRE(installLanguage("en"));
    CHECK(activationName("sigmoid") == "Sigmoid");
}

TEST_CASE("View → Language switches at run time and keeps the experiment, its file and the view", "[gui][language]") {
    QSettings().remove("experiment");
    SettingsStore().setLanguage("en");
    WindowHost host;
    REQUIRE(host.window());
    host.window()->show();
    REQUIRE(waitFor([&] { return host.window()->activationsView()->grid()->cellsWithData() == 20; }));
    CHECK(host.window()->tabs()->tabText(1) == "Training");
    // Something to carry over: another activation, a file the experiment was saved to, a view.
    ActivationsConfig c = host.window()->activationsPanel()->config();
    c.activation = "relu";
    host.window()->activationsPanel()->setConfig(c);
    test::TempDir dir;
    const QString path = QString::fromStdString((dir.path() / "mine.json").string());
    REQUIRE(host.window()->fileActions()->saveTo(path));
    c.seed = 5;  // an unsaved change after saving
    host.window()->activationsPanel()->setConfig(c);
    host.window()->trainingView()->views()->setCurrentIndex(2);
    // The View menu's Korean entry, as a user would choose it.
    QAction* korean = nullptr;
    for (QAction* a : host.window()->findChildren<QAction*>()) {
        if (a->text() == QString::fromUtf8("한국어")) korean = a;
    }
    REQUIRE(korean);
    QSignalSpy replaced(&host, &WindowHost::windowReplaced);
    korean->trigger();
    REQUIRE(replaced.wait(scaledMs(5000)));
    MainWindow* window = host.window();
    REQUIRE(window);
    CHECK(window->isVisible());
    CHECK(window->tabs()->tabText(1) == QString::fromUtf8("학습"));
    CHECK(window->activationsPanel()->config().activation == "relu");
    CHECK(window->activationsPanel()->config().seed == 5);
    CHECK(window->fileActions()->currentPath() == path);
    CHECK(window->hasUnsavedChanges());  // the seed changed after the save: still unsaved
    CHECK(window->trainingView()->views()->currentIndex() == 2);
    CHECK(SettingsStore().language() == "ko");
    // And back.
    QAction* english = nullptr;
    for (QAction* a : window->findChildren<QAction*>()) {
        if (a->text() == "English") english = a;
    }
    REQUIRE(english);
    english->trigger();
    REQUIRE(replaced.wait(scaledMs(5000)));
    CHECK(host.window()->tabs()->tabText(1) == "Training");
    CHECK(host.window()->activationsPanel()->config().activation == "relu");
    SettingsStore().setLanguage(QString());
    installLanguage("en");
}

TEST_CASE("the Lesson panel steps through the chapter: presets, keys a clicker sends, Try it", "[gui][lesson]") {
    QSettings().remove("experiment");
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    REQUIRE(waitFor([&] { return window.activationsView()->grid()->cellsWithData() == 20; }));
    const Lesson lesson = builtInLesson("chapter6");
    window.startLesson(lesson);
    LessonPanel* panel = window.lessonPanel();
    REQUIRE(panel->isVisible());
    CHECK(panel->step() == 0);
    CHECK(window.currentExperiment().activations == lesson.steps[0].experiment.activations);
    CHECK(panel->captionText().toStdString() == lesson.steps[0].caption.en);
    CHECK_FALSE(window.hasUnsavedChanges());  // a step is a known state, like a preset
    // PageDown and → (what a presenter's clicker sends) go forward, PageUp and ← back.
    window.activateWindow();
    window.tabs()->setFocus();
    QTest::keyClick(window.activationsView(), Qt::Key_PageDown);
    CHECK(panel->step() == 1);
    CHECK(window.currentExperiment().activations.initializers == std::vector<std::string>{"std=0.01"});
    QTest::keyClick(window.activationsView(), Qt::Key_Right);
    CHECK(panel->step() == 2);
    QTest::keyClick(window.activationsView(), Qt::Key_PageUp);
    CHECK(panel->step() == 1);
    // In a number field ← and → move the cursor, not the lesson.
    auto* seed = window.activationsPanel()->findChild<QLineEdit*>("seed");
    if (seed) {
        seed->setFocus();
        QTest::keyClick(seed, Qt::Key_Right);
        CHECK(panel->step() == 1);
    }
    // Try it: one setting changes, the rest stays the step's.
    panel->goTo(0);
    REQUIRE_FALSE(panel->tryButtons().empty());
    panel->tryButtons().front()->click();
    CHECK(window.currentExperiment().activations.activation == "tanh");
    CHECK(window.currentExperiment().activations.initializers == lesson.steps[0].experiment.activations.initializers);
    // The theory step turns theory's curves on; a training step shows the Training tab.
    panel->goTo(6);
    CHECK(window.activationsPanel()->gridOptions().theory);
    panel->goTo(7);
    CHECK(window.tabs()->currentIndex() == 1);
    panel->goTo(panel->stepCount() - 1);
    QTest::keyClick(window.activationsView(), Qt::Key_PageDown);  // past the end: stays
    CHECK(panel->step() == panel->stepCount() - 1);
    window.grab().save(QString::fromStdString(test::artifactPath("lesson-1280x720.png")));
}

TEST_CASE("a malformed lesson file is refused with its field named in the message strip", "[gui][lesson]") {
    MainWindow window;
    window.show();
    test::TempDir dir;
    const std::string path = (dir.path() / "broken.json").string();
    std::string text = readTextFile(std::string(INITSCOPE_SOURCE_DIR) + "/resources/lessons/chapter6.json");
    const auto at = text.find("\"fig6-11-sigmoid-std0.01\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, std::string("\"fig6-11-sigmoid-std0.01\"").size(), "\"fig6-11\"");
    writeFileAtomically(path, text);
    CHECK_FALSE(window.openLesson(QString::fromStdString(path)));
    REQUIRE(window.messages()->isVisible());
    CHECK(window.messages()->text().contains("steps[1].preset"));
    CHECK(window.messages()->text().contains("broken.json"));
    CHECK_FALSE(window.lessonPanel()->hasLesson());
}

TEST_CASE("the lesson in Korean", "[gui][lesson][language]") {
    REQUIRE(installLanguage("ko"));
    {
        MainWindow window;
        window.resize(1024, 768);
        window.show();
        window.startLesson(builtInLesson("chapter6"));
        CHECK(window.lessonPanel()->captionText().toStdString() == builtInLesson("chapter6").steps[0].caption.ko);
        QTest::qWait(200);
        window.grab().save(QString::fromStdString(test::artifactPath("lesson-korean-1024x768.png")));
    }
    installLanguage("en");
}

TEST_CASE("presentation mode: full screen, settings folded, plots ×1.6, the caption as a title, Esc leaves", "[gui][presentation]") {
    QSettings().remove("experiment");
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    REQUIRE(waitFor([&] { return window.activationsView()->grid()->cellsWithData() == 20; }));
    auto* settings = window.findChild<QDockWidget*>("settingsDock");
    REQUIRE(settings);
    REQUIRE(settings->isVisible());
    LossPlot* loss = window.trainingView()->lossPlot();
    QCPAxis* x = loss->plot()->axisRect()->axis(QCPAxis::atBottom);
    const double before = x->tickLabelFont().pointSizeF();
    const double gridBefore = window.activationsView()->grid()->font().pointSizeF();
    window.startLesson(builtInLesson("chapter6"));
    window.setPresentation(true);
    CHECK(window.isPresenting());
    CHECK(window.isFullScreen());
    CHECK_FALSE(settings->isVisible());
    CHECK(window.findChild<QToolBar*>("settingsStrip")->isVisible());
    REQUIRE(window.presentationBanner()->isVisible());
    CHECK(window.presentationBanner()->text().contains("1 / 10"));
    loss->plot()->replot();
    CHECK(x->tickLabelFont().pointSizeF() == Approx(before * Theme::kPresentationScale));
    CHECK(window.activationsView()->grid()->font().pointSizeF() == Approx(gridBefore * Theme::kPresentationScale));
    window.lessonPanel()->next();
    CHECK(window.presentationBanner()->text().contains("2 / 10"));
    QTest::qWait(150);
    window.grab().save(QString::fromStdString(test::artifactPath("presentation.png")));
    // Esc leaves (and gives Stop its Esc back).
    QTest::keyClick(window.activationsView(), Qt::Key_Escape);
    CHECK_FALSE(window.isPresenting());
    CHECK_FALSE(window.isFullScreen());
    CHECK(settings->isVisible());
    CHECK_FALSE(window.presentationBanner()->isVisible());
    loss->plot()->replot();
    CHECK(x->tickLabelFont().pointSizeF() == Approx(before));
    CHECK(window.activationsView()->grid()->font().pointSizeF() == Approx(gridBefore));
    bool stopHasEsc = false;
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->text() == "Stop") stopHasEsc = a->shortcut() == QKeySequence(Qt::Key_Escape);
    }
    CHECK(stopHasEsc);
}

TEST_CASE("help that explains: cell tooltips with this layer's numbers, the formula panel, the Help menu", "[gui][help]") {
    QSettings().remove("experiment");
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    REQUIRE(waitFor([&] { return window.activationsView()->grid()->cellsWithData() == 20; }));
    // The default experiment: sigmoid, 5 × 100, rows std = 1, std = 0.01, Xavier, He.
    const auto& rows = window.activationsView()->grid()->rows();
    REQUIRE(rows.size() == 4);
    const QString he = rows[3].cells[1].tooltip;
    INFO(he.toStdString());
    CHECK(he.contains(QString::fromUtf8("σ = √(2/n_in) = √(2/100) = 0.1414")));
    CHECK(he.contains("Sigmoid"));
    CHECK(he.contains("Saturated"));
    CHECK(rows[2].cells[0].tooltip.contains(QString::fromUtf8("σ = 1/√n_in = 1/√100 = 0.1")));
    // The formula panel explains the highlighted initializer.
    auto* list = window.activationsPanel()->initializerList()->findChild<QListWidget*>();
    REQUIRE(list);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == "he") list->setCurrentRow(i);
    }
    const QString formula = window.formulaPanel()->text();
    CHECK(formula.contains("Var(W) = 2/n_in"));
    CHECK(formula.contains("Delving deep into rectifiers"));
    CHECK(formula.contains(QString::fromUtf8("√(2/100)")));
    CHECK(formula.contains(QString::fromUtf8("Recommended gain for Sigmoid: 1")));
    // Help: the shortcuts come from the actions themselves.
    const QString keys = window.help()->shortcutsText();
    for (const char* k : {"F5", "Ctrl+L", "Ctrl+T", "PgDown", "Space"}) {
        INFO(k);
        CHECK(keys.contains(k));
    }
    CHECK(window.help()->mnistText().contains("INITSCOPE_MNIST"));
    CHECK(window.help()->aboutText().contains(QString::fromLatin1(qVersion())));
    CHECK(window.help()->aboutText().contains(QStringLiteral(INITSCOPE_VERSION)));
    // The window's icon (the About box shows it too): every size the desktop asks for, drawn.
    const QIcon icon = window.windowIcon();
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        INFO("icon " << size);
        CHECK(icon.availableSizes().contains(QSize(size, size)));
        const QImage image = icon.pixmap(size, size).toImage();
        CHECK(image.width() == size);
        CHECK(image.pixelColor(size / 2, size / 2).alpha() == 255);  // not a blank square
    }
    CHECK(window.help()->guideText().contains("Theory"));
}

TEST_CASE("the engine's errors in the user's language: every code it throws is worded", "[gui][language][errors]") {
    // Every problem code in the engine's sources has the window's words (a new one without them
    // fails here); the scan's positive control is that it finds the codes this test uses below.
    std::set<std::string> codes;
    const std::regex code(
        R"re("((?:field|value|file|json|lesson|init|activation|optimizer|bias|idx|dataset|preset|memory|jacobian|internal)\.[a-z_]+)")re");
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(INITSCOPE_SOURCE_DIR) / "core")) {
        if (!entry.is_regular_file() || entry.path().extension() != ".cpp") continue;
        const std::string text = readTextFile(entry.path().string());
        for (auto it = std::sregex_iterator(text.begin(), text.end(), code); it != std::sregex_iterator(); ++it) {
            codes.insert((*it)[1].str());
        }
    }
    CHECK(codes.count("value.range"));
    CHECK(codes.count("init.value_positive"));  // one chosen by ?: at its throw site
    CHECK(codes.count("memory.training"));      // one passed on to the throw site
    CHECK(codes.size() > 80);
    for (const std::string& c : codes) {
        INFO(c);
        CHECK_FALSE(problemText(Problem{c, {"a", "b", "c"}}).isEmpty());
    }
    CHECK(problemText(Problem{"no.such_code", {}}).isEmpty());

    // And every error a user can meet is thrown with a code (or passes one on): a throw of a
    // setting, file, dataset or memory error without one fails here. Internal errors (a bug's
    // std::logic_error) are worded as such by describeError.
    const std::vector<std::string> uncodedThrows = throwsWithoutCode(std::filesystem::path(INITSCOPE_SOURCE_DIR) / "core");
    for (const std::string& site : uncodedThrows) UNSCOPED_INFO(site);
    CHECK(uncodedThrows.empty());
    // Positive control: the scan finds a throw without a code, and passes one with.
    CHECK(throwsWithoutCodeIn("x.cpp", "if (a) throw FileError(path, \"x; y\");\n").size() == 1);
    CHECK(throwsWithoutCodeIn("x.cpp", "throw ConfigError(f, \"m;\", {\"value.range\", {\"1\"}});").empty());
    CHECK(throwsWithoutCodeIn("x.cpp", "throw FileError(path, e.what(), e.field(), e.problem());").empty());

    // A malformed experiment file, opened in the Korean window: the strip is Korean, with the file
    // and the field as they are spelled; an error without a code keeps the engine's English.
    REQUIRE(installLanguage("ko"));
    {
        MainWindow window;
        window.show();
        test::TempDir dir;
        const std::string path = (dir.path() / "bad.json").string();
        std::string text = readTextFile(std::string(INITSCOPE_SOURCE_DIR) + "/tests/data/v1/book-sigmoid.json");
        const auto at = text.find("\"bins\": 30");
        REQUIRE(at != std::string::npos);
        text.replace(at, std::string("\"bins\": 30").size(), "\"bins\": 0");
        writeFileAtomically(path, text);
        window.openFile(QString::fromStdString(path));
        REQUIRE(window.messages()->isVisible());
        const QString shown = window.messages()->text();
        INFO(shown.toStdString());
        CHECK(shown.contains("bad.json"));
        CHECK(shown.contains("activations.bins"));
        CHECK(shown.contains(QString::fromUtf8("사이여야")));  // "must be 1 to 1000, got 0" in Korean
        CHECK_FALSE(shown.contains("must be"));
    }
    ErrorInfo uncoded;
    uncoded.kind = ErrorInfo::Kind::File;
    uncoded.file = "x.idx";
    uncoded.text = "x.idx: truncated: 12 bytes of 784";
    CHECK(errorText(uncoded) == QString::fromStdString(uncoded.text));

    // What the engine throws, as the window says it: an IDX file cut short (the header claims 10
    // bytes, 3 follow) and a Jacobian refused, both in Korean with the engine's numbers.
    {
        test::TempDir dir;
        const std::string path = (dir.path() / "cut-idx1-ubyte").string();
        writeFileAtomically(path, std::string("\0\0\x08\x01\0\0\0\x0a" "abc", 11));
        ErrorInfo cut;
        try {
            readIdx(path);
        } catch (...) {
            cut = describeError(std::current_exception());
        }
        const QString shown = errorText(cut);
        INFO(shown.toStdString());
        CHECK(cut.problem.code == "idx.data_truncated");
        CHECK(shown.startsWith(QString::fromStdString(path)));
        CHECK(shown.contains(QString::fromUtf8("잘린 파일")));
        CHECK(shown.contains(QString::fromUtf8("10바이트")));
        CHECK(shown.contains(QString::fromUtf8("3바이트")));
        CHECK_FALSE(shown.contains("truncated"));
        ActivationsConfig c;
        c.batchNorm = true;
        const auto why = jacobianUnavailable(c);
        REQUIRE(why);
        CHECK(problemText(why->problem, why->message).contains(QString::fromUtf8("배치 정규화")));
    }
    installLanguage("en");
}
