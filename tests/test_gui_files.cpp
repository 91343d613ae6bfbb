// Widget tests of the window: experiment files, presets, keyboard, words, small screens.
#include "gui_test_support.h"
#include "help_menu.h"
#include "io/presets.h"
#include "file_actions.h"

TEST_CASE("opening an experiment restores every control; a bad one changes nothing", "[gui][files]") {
    test::TempDir dir;
    MainWindow window;
    window.show();
    ExperimentFile e;
    e.view = ExperimentFile::View::Training;
    e.activations.activation = "tanh";
    e.activations.hidden = {64, 64, 48, 64, 64, 64, 32};  // layers of different widths survive the window
    e.activations.batchNorm = true;
    e.activations.bias = true;
    e.activations.biasInit = "normal=0.05";
    e.activations.initializers = {"he", "glorot-uniform", "std=0.3"};
    e.activations.range = {false, -1.0, 1.0};
    e.training.learningRate = 0.05;
    e.training.iterations = 300;
    e.training.hidden = {50, 50};
    saveExperiment(e, dir.file("good.json"));
    REQUIRE(window.openFile(QString::fromStdString(dir.file("good.json"))));
    CHECK(window.activationsPanel()->config() == e.activations);
    CHECK(window.trainingPanel()->config() == e.training);
    CHECK(window.tabs()->currentIndex() == 1);
    CHECK_FALSE(window.hasUnsavedChanges());
    REQUIRE(waitFor([&] { return window.activationsView()->grid()->columnCount() == 7 &&
                                 window.activationsView()->grid()->rowCount() == 3; }));
    // Hostile files: each is refused with the field named; nothing is half-applied.
    const std::vector<std::pair<std::string, std::string>> bad = {
        {"{ not json", "malformed JSON"},
        {R"({"format":"initscope-experiment","version":99})", "version"},
    };
    std::string text = readTextFile(dir.file("good.json"));
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string t = text;
        t.replace(t.find(from), from.size(), to);
        return t;
    };
    const std::vector<std::pair<std::string, std::string>> edits = {
        {replaced("\"batch_norm\": true", "\"batch_norm\": 1"), "activations.batch_norm"},
        {replaced("\"bias_init\": \"normal=0.05\"", "\"bias_init\": \"normal\""), "activations.bias_init"},
        {replaced("\"learning_rate\": 0.05", "\"learning_rate\": 0"), "training.learning_rate"},
        {replaced("\"activation\": \"tanh\"", "\"activation\": \"swish\""), "activations.activation"},
        {replaced("\"he\"", "\"kaiming\""), "activations.initializers"},
        {replaced("\"bins\": 30", "\"bins\": \"30\""), "activations.bins"},
    };
    int n = 0;
    for (const auto& [content, field] : edits) {
        const std::string path = dir.file("bad" + std::to_string(n++) + ".json");
        std::ofstream(path) << content;
        CHECK_FALSE(window.openFile(QString::fromStdString(path)));
        INFO(window.messages()->text().toStdString());
        CHECK(window.messages()->text().contains(QString::fromStdString(field)));
        CHECK(window.activationsPanel()->config() == e.activations);  // untouched
        CHECK(window.trainingPanel()->config() == e.training);
    }
    CHECK_FALSE(window.openFile(QString::fromStdString(dir.file("missing.json"))));
}

TEST_CASE("closing with unsaved changes asks; Cancel keeps the window open", "[gui][files]") {
    MainWindow window;
    window.show();
    CHECK_FALSE(window.hasUnsavedChanges());
    window.showTraining();  // looking at another tab changes nothing
    CHECK_FALSE(window.hasUnsavedChanges());
    window.activationsPanel()->findChild<QSpinBox*>("depth")->setValue(9);
    CHECK(window.hasUnsavedChanges());
    int asked = 0;
    MainWindow::setUnsavedChangesPrompt([&] {
        ++asked;
        return QMessageBox::Cancel;
    });
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());
    CHECK(asked == 1);
    MainWindow::setUnsavedChangesPrompt([&] {
        ++asked;
        return QMessageBox::Discard;
    });
    CHECK(window.close());
    CHECK(asked == 2);
    MainWindow::setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
}

TEST_CASE("every setting of a non-default file survives open → save byte for byte", "[gui][files]") {
    test::TempDir dir;
    MainWindow window;
    window.show();
    std::vector<ExperimentFile> files(3);
    files[0].view = ExperimentFile::View::Training;
    files[0].training.hidden = {200, 50};
    files[0].training.evalSamples = 777;
    files[0].training.probeSize = 99;
    files[0].training.optimizer = OptimizerKind::Adam;
    files[0].training.learningRate = 1000;
    files[0].training.seed = 5000000000ULL;
    files[0].activations.seed = 18446744073709551615ULL;
    files[0].activations.range = {false, 0.0004, 0.9996};
    files[1].training.hidden = {300, 100, 50, 25};
    files[1].training.learningRate = 1e-7;
    files[1].training.bias = false;
    files[1].activations.range = {false, -1e30, 2.5e-3};
    files[1].activations.initializers = {"orthogonal=1.5", "uniform=0.05", "std=0.0123", "he"};
    files[1].activations.bins = 7;
    files[1].activations.samples = 333;
    files[2].training.initializers = {"he", "xavier"};
    files[2].training.iterations = 12345;
    files[2].training.evalEvery = 7;
    files[2].training.batchSize = 1;
    files[2].training.dataset = "/some/other folder/mnist";
    for (std::size_t i = 0; i < files.size(); ++i) {
        INFO("file " << i);
        const std::string in = dir.file("in" + std::to_string(i) + ".json"), out = dir.file("out" + std::to_string(i) + ".json");
        saveExperiment(files[i], in);
        REQUIRE(window.openFile(QString::fromStdString(in)));
        CHECK_FALSE(window.hasUnsavedChanges());
        CHECK(window.messages()->isHidden());  // nothing had to change
        saveExperiment(window.currentExperiment(), out);
        CHECK(readTextFile(out) == readTextFile(in));
    }
}

TEST_CASE("a value the window cannot hold is reported, and counts as unsaved", "[gui][files]") {
    test::TempDir dir;
    MainWindow window;
    window.show();
    ExperimentFile e;
    e.training.learningRate = 1e-15;  // valid in a file; the rate box stops at 1e-12
    saveExperiment(e, dir.file("tiny.json"));
    REQUIRE(window.openFile(QString::fromStdString(dir.file("tiny.json"))));
    CHECK(window.messages()->isVisible());
    CHECK(window.messages()->text().contains("training.learning_rate: 1e-15"));
    CHECK(window.hasUnsavedChanges());
}

TEST_CASE("settings that crashed the engine open in the window; a crash is not repeated at launch", "[gui][files]") {
    test::TempDir dir;
    {
        // The review's reproducer: the book's figure 6-14 made deeper (the bucket index overflowed).
        MainWindow window;
        window.show();
        ExperimentFile e;
        e.activations.activation = "relu";
        e.activations.initializers = {"std=0.01"};
        e.activations.hidden.assign(31, 100);
        saveExperiment(e, dir.file("deep.json"));
        REQUIRE(window.openFile(QString::fromStdString(dir.file("deep.json"))));
        REQUIRE(waitFor([&] { return window.activationsView()->grid()->columnCount() == 31; }));
        CHECK(window.activationsView()->result().runs[0].layers[30].stats.count == 100000);
        window.close();
    }
    // A launch that restored the remembered experiment and then died before showing it leaves
    // its mark; the next launch starts from the defaults and says why.
    {
        QSettings settings;
        settings.setValue("session/restoringExperiment", true);
        settings.sync();
    }
    {
        MainWindow window;
        window.show();
        ActivationsConfig defaults;
        defaults.backward = true;  // the window's own default: `initscope run` measures what it shows
        CHECK(window.activationsPanel()->config() == defaults);
        CHECK(window.messages()->text().contains("default experiment"));
        window.close();
    }
    // The mark is cleared once the restored experiment has shown its result.
    {
        MainWindow window;
        window.show();
        window.activationsPanel()->findChild<QSpinBox*>("depth")->setValue(4);
        REQUIRE(waitFor([&] { return window.activationsView()->grid()->columnCount() == 4; }));
        window.close();
    }
    {
        MainWindow window;
        window.show();
        CHECK(QSettings().value("session/restoringExperiment").toBool());  // until the result comes
        REQUIRE(waitFor([&] { return window.activationsView()->grid()->cellsWithData() == 16; }));
        CHECK_FALSE(QSettings().value("session/restoringExperiment").toBool());
        CHECK(window.activationsPanel()->config().depth() == 4);
    }
}

TEST_CASE("presets keep their point: the ReLU count cap, the list order, no stale curves, nothing to save", "[gui][presets]") {
    MainWindow window;
    window.show();
    REQUIRE(waitFor([&] { return window.activationsView()->grid()->cellsWithData() > 0; }));
    auto* list = window.activationsPanel()->findChild<QListWidget*>("initializers");
    REQUIRE(list);
    QStringList listOrder;
    for (int i = 0; i < list->count(); ++i) listOrder << list->item(i)->text();
    auto choose = [&](const std::string& name) {
        const Preset& p = presetByName(name);
        emit window.fileActions()->presetChosen(p.experiment, p.bookStyle, p.yMax);
    };
    // Figure 6-14 right after launch (sigmoid on screen) and after a sigmoid preset: capped at 7000.
    for (const char* before : {"", "fig6-10-sigmoid-std1"}) {
        INFO("before: " << before);
        if (*before) choose(before);
        choose("fig6-14-relu");
        REQUIRE(waitFor([&] { return window.activationsView()->result().config.activation == "relu"; }));
        QTest::qWait(50);
        CHECK(window.activationsView()->grid()->options().yMax == 7000.0);
    }
    choose("all-four-relu");
    REQUIRE(waitFor([&] { return window.activationsView()->result().config.initializers.size() == 4; }));
    CHECK(window.activationsView()->grid()->options().yMax == 7000.0);
    // The list keeps its order; the experiment's rows keep the preset's.
    QStringList after;
    for (int i = 0; i < list->count(); ++i) after << list->item(i)->text();
    CHECK(after == listOrder);
    CHECK(window.activationsPanel()->config().initializers == presetByName("all-four-relu").experiment.activations.initializers);
    // A preset clears the previous run's curves, and leaves nothing to save.
    window.trainingPanel()->setConfig(quickTraining(30));
    QSignalSpy finished(&window, &MainWindow::trainingFinished);
    window.startTraining();
    REQUIRE(finished.wait(scaledMs(30000)));
    CHECK(window.trainingView()->lossPlot()->pointCount(0) == 30);
    // The gradients grid, as a user would switch to it (a picture for the record).
    auto* quantity = window.trainingView()->findChild<QComboBox*>("trainingQuantity");
    REQUIRE(quantity);
    quantity->setCurrentIndex(quantity->findText("Gradients dL/dA"));
    CHECK(window.trainingView()->gridQuantity() == 1);
    window.resize(1280, 720);
    QTest::qWait(100);
    window.grab().save(QString::fromStdString(test::artifactPath("training-gradients-1280x720.png")));
    choose("fig6-13-sigmoid-xavier");
    CHECK(window.trainingView()->lossPlot()->pointCount(0) == 0);
    CHECK_FALSE(window.hasUnsavedChanges());
}

TEST_CASE("Space runs from anywhere but where it types or ticks", "[gui][keyboard]") {
    MainWindow window;
    window.show();
    window.activateWindow();
    window.trainingPanel()->setConfig(quickTraining(100000));
    QApplication::setActiveWindow(&window);
    // In a number box Space means nothing: it is Run.
    auto* depth = window.activationsPanel()->findChild<QSpinBox*>("depth");
    depth->setFocus();
    QTest::keyClick(depth, Qt::Key_Space);
    REQUIRE(waitFor([&] { return window.isTraining(); }, 2000));
    window.stopTraining();
    REQUIRE(waitFor([&] { return !window.isTraining(); }, 5000));
    // In the dataset field (a path may hold spaces) it types; on a check box it ticks.
    window.tabs()->setCurrentIndex(1);
    auto* dataset = window.trainingPanel()->findChild<QComboBox*>("dataset");
    REQUIRE(dataset);
    dataset->setFocus();
    dataset->lineEdit()->setText("a");
    QTest::keyClick(dataset->lineEdit(), Qt::Key_Space);
    QTest::qWait(50);
    CHECK_FALSE(window.isTraining());
    CHECK(dataset->currentText() == "a ");
    auto* bias = window.activationsPanel()->findChild<QCheckBox*>("bias");
    window.tabs()->setCurrentIndex(0);
    bias->setFocus();
    const bool was = bias->isChecked();
    QTest::keyClick(bias, Qt::Key_Space);
    QTest::qWait(50);
    CHECK_FALSE(window.isTraining());
    CHECK(bias->isChecked() != was);
}

TEST_CASE("user-visible strings use one spelling (US: initialization)", "[gui][words]") {
    // Every string literal in the program's sources: British spellings of words the app uses.
    const std::vector<std::string> british = {"initialis", "Initialis", "normalis", "Normalis", "colour",
                                              "Colour", "behaviour", "centre", "optimis", "visualis"};
    int files = 0;
    for (const char* folder : {"ui", "core", "app", "resources"}) {
        const std::filesystem::path root = std::filesystem::path(INITSCOPE_SOURCE_DIR) / folder;
        if (!std::filesystem::exists(root)) continue;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
            if (!entry.is_regular_file()) continue;
            const std::string text = readTextFile(entry.path().string());
            ++files;
            std::istringstream lines(text);
            std::string line;
            int number = 0;
            while (std::getline(lines, line)) {
                ++number;
                const auto comment = line.find("//");
                std::string code = line.substr(0, comment);
                if (code.find('"') == std::string::npos) continue;  // only string literals count
                for (const std::string& word : british) {
                    INFO(entry.path().string() << ":" << number << ": " << line);
                    CHECK(code.find(word) == std::string::npos);
                }
            }
        }
    }
    CHECK(files > 50);
}

TEST_CASE("1024 × 768: the window fits, no control is squeezed, the default grid is wholly visible", "[gui][small]") {
    QSettings().remove("window/geometry");
    QSettings().remove("window/state");
    QSettings().remove("experiment");
    MainWindow window;
    window.resize(1024, 768);
    window.show();
    REQUIRE(waitFor([&] { return window.activationsView()->grid()->cellsWithData() == 20; }));
    QTest::qWait(100);
    CHECK(window.minimumSizeHint().width() <= 1024);
    CHECK(window.minimumSizeHint().height() <= 768);
    CHECK(window.width() <= 1024);
    CHECK(window.height() <= 768);
    // Every control in the settings is at least as wide as it needs (the panel scrolls instead).
    for (int tab : {1, 0}) {
        window.tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        QWidget* panel = tab == 0 ? static_cast<QWidget*>(window.activationsPanel()) : static_cast<QWidget*>(window.trainingPanel());
        for (QWidget* w : panel->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(panel)) continue;
            if (!qobject_cast<QAbstractSpinBox*>(w) && !qobject_cast<QComboBox*>(w) && !qobject_cast<QLabel*>(w) &&
                !qobject_cast<QAbstractButton*>(w) && !qobject_cast<QLineEdit*>(w)) continue;
            if (w->parentWidget() && qobject_cast<QAbstractSpinBox*>(w->parentWidget())) continue;  // its own line edit
            INFO(w->metaObject()->className() << " '" << w->objectName().toStdString() << "' "
                 << w->width() << " < " << w->minimumSizeHint().width());
            CHECK(w->width() >= w->minimumSizeHint().width());
        }
    }
    // The default 4 × 5 grid needs no scrolling.
    QScrollArea* scroll = window.activationsView()->grid()->scrollArea();
    CHECK(scroll->horizontalScrollBar()->maximum() == 0);
    CHECK(scroll->verticalScrollBar()->maximum() == 0);
    window.grab().save(QString::fromStdString(test::artifactPath("window-1024x768.png")));
    // Deeper than fits: scrolled right, the row labels stay; scrolled down, the titles stay.
    window.activationsPanel()->findChild<QSpinBox*>("depth")->setValue(20);
    REQUIRE(waitFor([&] { return window.activationsView()->grid()->columnCount() == 20; }));
    QTest::qWait(100);
    REQUIRE(scroll->horizontalScrollBar()->maximum() > 0);
    CHECK_FALSE(window.activationsView()->grid()->rowHeadersFrozen());
    scroll->horizontalScrollBar()->setValue(scroll->horizontalScrollBar()->maximum());
    QTest::qWait(50);
    CHECK(window.activationsView()->grid()->rowHeadersFrozen());
    window.grab().save(QString::fromStdString(test::artifactPath("window-1024x768-depth20-scrolled.png")));
}

#include "bn_sweep_controller.h"
#include "run_status.h"
#include "bn_sweep_view.h"
#include "controls/bn_sweep_panel.h"
#include "controls/training_mode_page.h"
#include <qcustomplot.h>

TEST_CASE("layers in the window: widths one by one, batch norm and bias start in both tabs", "[gui][layers]") {
    MainWindow window;
    window.show();
    REQUIRE(waitFor([&] { return window.activationsView()->grid()->cellsWithData() > 0; }));
    auto* widths = window.activationsPanel()->findChild<QLineEdit*>("widths");
    REQUIRE(widths);
    // Listing widths gives layers of those widths; the spin boxes follow.
    widths->setText("300, 100,50");
    emit widths->editingFinished();
    REQUIRE(waitFor([&] { return window.activationsView()->result().config.hidden == std::vector<int>{300, 100, 50}; }));
    CHECK(window.activationsPanel()->findChild<QSpinBox*>("depth")->value() == 3);
    CHECK(widths->text() == "300, 100, 50");
    REQUIRE(waitFor([&] { return window.activationsView()->grid()->columnCount() == 3; }));
    CHECK(window.activationsView()->result().runs[0].layers[2].fanIn == 100);
    // Deeper: the last width repeats; a new width applies to every layer.
    window.activationsPanel()->findChild<QSpinBox*>("depth")->setValue(4);
    CHECK(window.activationsPanel()->config().hidden == std::vector<int>{300, 100, 50, 50});
    window.activationsPanel()->findChild<QSpinBox*>("width")->setValue(64);
    CHECK(window.activationsPanel()->config().hidden == std::vector<int>(4, 64));
    // A bad list is not applied and says so by its colour.
    widths->setText("64, x");
    emit widths->editingFinished();
    CHECK(window.activationsPanel()->config().hidden == std::vector<int>(4, 64));
    CHECK_FALSE(widths->styleSheet().isEmpty());
    // Batch norm: every initializer's histograms become alike (the lesson of the next section).
    auto* bn = window.activationsPanel()->findChild<QCheckBox*>("batchNorm");
    REQUIRE(bn);
    bn->click();
    REQUIRE(waitFor([&] { return window.activationsView()->result().config.batchNorm; }));
    const auto& runs = window.activationsView()->result().runs;
    REQUIRE(runs.size() == 4);
    CHECK(runs[0].layers[3].stats.std == Approx(runs[3].layers[3].stats.std).epsilon(0.05));  // std=1 ≈ He
    // The bias start needs biases; "normal=0.2" is taken, "ones" is refused.
    auto* biasInit = window.activationsPanel()->findChild<QLineEdit*>("biasInit");
    CHECK_FALSE(biasInit->isEnabled());
    window.activationsPanel()->findChild<QCheckBox*>("bias")->click();
    CHECK(biasInit->isEnabled());
    biasInit->setText("normal=0.2");
    emit biasInit->editingFinished();
    CHECK(window.activationsPanel()->config().biasInit == "normal=0.2");
    biasInit->setText("ones");
    emit biasInit->editingFinished();
    CHECK(window.activationsPanel()->config().biasInit == "normal=0.2");
    // The training tab has the same controls.
    CHECK(window.trainingPanel()->findChild<QCheckBox*>("batchNorm"));
    window.trainingPanel()->findChild<QCheckBox*>("batchNorm")->click();
    CHECK(window.trainingPanel()->config().batchNorm);
    // Saved and opened again: everything comes back.
    test::TempDir dir;
    REQUIRE(window.fileActions()->saveTo(QString::fromStdString(dir.file("layers.json"))));
    const ExperimentFile saved = loadExperiment(dir.file("layers.json"));
    CHECK(saved.activations.batchNorm);
    CHECK(saved.activations.biasInit == "normal=0.2");
    CHECK(saved.training.batchNorm);
    MainWindow other;
    REQUIRE(other.openFile(QString::fromStdString(dir.file("layers.json"))));
    CHECK(other.currentExperiment().activations == saved.activations);
    CHECK(other.currentExperiment().training == saved.training);
}

TEST_CASE("batch norm sweep in the Training tab: presets, live cells, stop, files", "[gui][bn-sweep]") {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    // Figure 6-19's preset: the Training tab in sweep mode, sixteen empty cells.
    const Preset& p = presetByName("fig6-19-batch-norm-sweep");
    emit window.fileActions()->presetChosen(p.experiment, p.bookStyle, p.yMax);
    CHECK(window.tabs()->currentIndex() == 1);
    CHECK(window.sweepMode());
    CHECK(window.bnSweepView()->plot()->axisRectCount() == 16);
    CHECK(window.currentExperiment().view == ExperimentFile::View::BnSweep);
    CHECK_FALSE(window.hasUnsavedChanges());
    // Run it quickly on the synthetic dataset: cells fill in while it runs, then all are done.
    BnSweepConfig c = p.experiment.bnSweep;
    c.dataset = datasetFolder();
    c.epochs = 4;
    c.trainSize = 500;
    window.bnSweepPanel()->setConfig(c);
    CHECK(window.hasUnsavedChanges());
    QSignalSpy finished(&window, &MainWindow::trainingFinished);
    window.runOrPause();
    CHECK(window.isBusy());
    REQUIRE(finished.wait(scaledMs(60000)));
    CHECK(finished.first().first().toBool() == false);  // not cancelled
    CHECK(window.bnSweepView()->finishedCount() == 16);
    CHECK(window.runStatus()->text().startsWith("Finished"));
    QTest::qWait(100);  // the queued replots of the last cells
    window.grab().save(QString::fromStdString(test::artifactPath("bn-sweep-1280x800.png")));
    // Stop: a long sweep stops promptly and keeps the cells that finished.
    c.epochs = 200;
    window.bnSweepPanel()->setConfig(c);
    finished.clear();
    window.startTraining();
    QTest::qWait(300);
    window.stopTraining();
    REQUIRE(finished.wait(scaledMs(5000)));
    CHECK(finished.first().first().toBool() == true);
    CHECK_FALSE(window.isBusy());
    // Figure 6-18's preset: one scale, one large plot.
    const Preset& one = presetByName("fig6-18-batch-norm");
    emit window.fileActions()->presetChosen(one.experiment, one.bookStyle, one.yMax);
    CHECK(window.bnSweepView()->plot()->axisRectCount() == 1);
    CHECK(window.bnSweepPanel()->config().weights == std::vector<double>{0.01});
    // The comparison mode comes back with its own view; Step works again there.
    window.trainingModePage()->setMode(TrainingModePage::Mode::CompareInitializers);
    CHECK_FALSE(window.sweepMode());
    CHECK(window.currentExperiment().view == ExperimentFile::View::Training);
    // Saved in sweep mode, a file opens in sweep mode.
    window.trainingModePage()->setMode(TrainingModePage::Mode::BatchNormSweep);
    test::TempDir dir;
    REQUIRE(window.fileActions()->saveTo(QString::fromStdString(dir.file("sweep.json"))));
    MainWindow other;
    REQUIRE(other.openFile(QString::fromStdString(dir.file("sweep.json"))));
    CHECK(other.sweepMode());
    CHECK(other.bnSweepPanel()->config() == window.bnSweepPanel()->config());
}

int main(int argc, char* argv[]) { return runGuiTests(argc, argv); }

TEST_CASE("first run without MNIST: training uses Fashion-MNIST and says so once, with where to get MNIST", "[gui][first-run]") {
    test::TempDir empty;
    ::setenv("INITSCOPE_MNIST", empty.path().c_str(), 1);
    ::setenv("XDG_DATA_HOME", empty.file("xdg").c_str(), 1);
    MainWindow window;
    window.show();
    TrainingConfig c = quickTraining(20);
    c.dataset = "mnist";
    c.evalEvery = 10;
    c.evalSamples = 200;
    window.trainingPanel()->setConfig(c);
    QSignalSpy finished(&window, &MainWindow::trainingFinished);
    window.startTraining();
    REQUIRE(finished.wait(scaledMs(60000)));
    CHECK(finished.first().first().toBool() == false);  // trained, not failed
    INFO(window.messages()->text().toStdString());
    CHECK(window.messages()->isVisible());
    CHECK(window.messages()->text().contains("Fashion-MNIST"));
    CHECK(window.messages()->text().contains(QString::fromLatin1(kFashionMnistFolder)));
    CHECK(window.messages()->text().contains("Getting MNIST"));
    CHECK(window.help()->mnistText().contains("~/.local/share/initscope/mnist"));
    // Once: a second run does not bring the strip back.
    window.messages()->hide();
    finished.clear();
    window.startTraining();
    REQUIRE(finished.wait(scaledMs(60000)));
    CHECK(finished.first().first().toBool() == false);
    CHECK(window.messages()->isHidden());
    // With MNIST where it is looked for, nothing is substituted (the positive control).
    test::writeDataset(test::syntheticDataset(400, 100, 28), empty.path().string(), 28, true);
    MainWindow second;
    second.show();
    second.trainingPanel()->setConfig(c);
    QSignalSpy secondFinished(&second, &MainWindow::trainingFinished);
    second.startTraining();
    REQUIRE(secondFinished.wait(scaledMs(60000)));
    CHECK(second.messages()->isHidden());
    ::unsetenv("INITSCOPE_MNIST");
    ::unsetenv("XDG_DATA_HOME");
}
