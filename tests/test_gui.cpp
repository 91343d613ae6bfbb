// Widget tests of the desktop app, headless (QT_QPA_PLATFORM=offscreen, set by ctest).
#define CATCH_CONFIG_RUNNER
#include <QAbstractButton>
#include <QApplication>
#include <QSettings>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <catch2/catch.hpp>
#include <iostream>

#include "activations_view.h"
#include "controls/activations_panel.h"
#include "controls/training_panel.h"
#include "histogram_grid.h"
#include "loss_plot.h"
#include "main_window.h"
#include "message_bar.h"
#include "test_util.h"
#include "training_view.h"
#include "worker_thread.h"
#include "io/atomic_file.h"
#include "io/experiment_file.h"
#include "common/parallel.h"
#include <filesystem>
#include <QDoubleSpinBox>
#include <QTabWidget>
#include <QScrollArea>
#include <QLabel>
#include <QScrollBar>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <sstream>
#include "file_actions.h"
#include "io/presets.h"
#include <fstream>

using namespace initscope;
using namespace initscope::ui;

namespace {

// Sanitizers slow everything 2–10×: the timing limits below are the product's, scaled for them.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr double kTimingScale = 6.0;
#else
constexpr double kTimingScale = 1.0;
#endif

// Processes events until `done` holds or `ms` pass; returns whether it held.
template <typename F>
bool waitFor(F done, int ms = 5000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms) return false;
        QTest::qWait(5);
    }
    return true;
}

// A learnable MNIST-shaped dataset (28 × 28) written as IDX files.
const std::string& datasetFolder() {
    static test::TempDir dir;
    static const std::string folder = [] {
        test::writeDataset(test::syntheticDataset(4000, 1000, 28), dir.path().string(), 28, true);
        return dir.path().string();
    }();
    return folder;
}

TrainingConfig quickTraining(int iterations) {
    TrainingConfig c;
    c.dataset = datasetFolder();
    c.iterations = iterations;
    c.evalEvery = std::max(1, iterations / 5);
    c.evalSamples = 500;
    return c;
}

// Measures the longest gap between ticks of a 5 ms timer on the GUI thread: a stall detector.
class LagProbe;
double calibrationMs();
class LagProbe : public QObject {
public:
    LagProbe() {
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, (now - m_last) / 1e6 - 5.0);
            m_last = now;
        });
        m_timer.start(5);
    }
    double worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last;
    double m_worst = 0.0;
};

// The event loop's worst lag on this machine right now with the app idle (no engine running),
// measured once: what the scheduler alone costs (tens of ms when other programs keep the cores
// busy, ~1 ms otherwise). Timing limits are the product's own limit plus a multiple of it, so
// they keep their meaning on an idle machine and do not fail on a busy one.
double calibrationMs() {
    static const double worst = [] {
        LagProbe probe;
        QTest::qWait(600);
        std::cout << "Calibration: idle event-loop worst lag " << probe.worstMs() << " ms\n";
        return probe.worstMs();
    }();
    return worst;
}

// `productMs` (the figure the README promises, scaled under sanitizers) plus what the machine's
// own scheduling adds.
double limitMs(double productMs) { return productMs * kTimingScale + 4.0 * calibrationMs(); }

// Threads of this process now (/proc/self/task).
int threadCount() {
    int n = 0;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/task")) {
        (void)entry;
        ++n;
    }
    return n;
}

}  // namespace

TEST_CASE("on launch: sigmoid, 5 × 100, the four book initializers, 4 × 5 cells with data", "[gui]") {
    QElapsedTimer launch;
    launch.start();
    MainWindow window;
    window.show();
    HistogramGrid* grid = window.activationsView()->grid();
    REQUIRE(waitFor([&] { return grid->cellsWithData() == 20; }, 3000));
    const auto ms = launch.elapsed();
    std::cout << "Window to default histograms: " << ms << " ms\n";
    CHECK(ms < limitMs(1500));
    CHECK(grid->rowCount() == 4);
    CHECK(grid->columnCount() == 5);
    const ActivationsConfig c = window.activationsView()->result().config;
    CHECK(c.activation == "sigmoid");
    CHECK(c.initializers == std::vector<std::string>{"std=1", "std=0.01", "xavier", "he"});
}

TEST_CASE("changing the activation or the depth recomputes the grid", "[gui]") {
    MainWindow window;
    window.show();
    HistogramGrid* grid = window.activationsView()->grid();
    REQUIRE(waitFor([&] { return grid->cellsWithData() == 20; }));
    auto* activation = window.activationsPanel()->findChild<QComboBox*>("activation");
    REQUIRE(activation);
    activation->setCurrentIndex(activation->findData("relu"));
    REQUIRE(waitFor([&] { return window.activationsView()->result().config.activation == "relu"; }));
    auto* depth = window.activationsPanel()->findChild<QSpinBox*>("depth");
    REQUIRE(depth);
    depth->setValue(8);
    REQUIRE(waitFor([&] { return grid->columnCount() == 8 && grid->cellsWithData() == 32; }));
    // Unticking an initializer removes its row.
    ActivationsConfig c = window.activationsPanel()->config();
    CHECK(c.depth == 8);
    auto* custom = window.activationsPanel()->findChild<QAbstractButton*>("customEnabled");
    REQUIRE(custom);
    custom->setChecked(true);
    REQUIRE(waitFor([&] { return grid->rowCount() == 5; }));
    // Dragging the σ slider recomputes while it moves: the newest value wins.
    auto* slider = window.activationsPanel()->findChild<QSlider*>("customSigma");
    for (int v = 100; v <= 900; v += 50) {
        slider->setValue(v);
        QTest::qWait(1);
    }
    const std::string expected = window.activationsPanel()->config().initializers.back();
    REQUIRE(waitFor([&] { return window.activationsView()->result().config.initializers.back() == expected; }));
}

TEST_CASE("a short training run emits snapshots, fills the loss plot and finishes", "[gui][training]") {
    MainWindow window;
    window.show();
    window.trainingPanel()->setConfig(quickTraining(150));
    QSignalSpy finished(&window, &MainWindow::trainingFinished);
    LagProbe probe;
    window.startTraining();
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().at(0).toBool() == false);
    TrainingView* view = window.trainingView();
    CHECK(view->snapshotCount() == 6);  // 0, 30, 60, 90, 120, 150
    for (int k = 0; k < 3; ++k) CHECK(view->lossPlot()->pointCount(k) == 150);
    CHECK(view->grid()->rowCount() == 3);
    CHECK(view->grid()->columnCount() == 4);
    CHECK(view->grid()->cellsWithData() == 12);
    CHECK_FALSE(window.isTraining());
    std::cout << "GUI worst stall during a short training run: " << probe.worstMs() << " ms\n";
}

TEST_CASE("the GUI thread never stalls over 50 ms while training runs", "[gui][training][liveness]") {
    MainWindow window;
    window.show();
    TrainingConfig c = quickTraining(600);
    c.evalEvery = 50;
    window.trainingPanel()->setConfig(c);
    QSignalSpy finished(&window, &MainWindow::trainingFinished);
    window.startTraining();
    QTest::qWait(300);  // the dataset is loaded and training is under way
    LagProbe probe;
    REQUIRE(finished.wait(120000));
    std::cout << "GUI worst stall while training (600 iterations, snapshots every 50): "
              << probe.worstMs() << " ms\n";
    // An instrumented build's stalls say nothing about the product's; the limit holds elsewhere,
    // beyond what the machine's scheduling adds to an idle event loop (calibrationMs).
    if (kTimingScale == 1.0) CHECK(probe.worstMs() < limitMs(50.0));
}

TEST_CASE("Stop takes effect within 200 ms", "[gui][training]") {
    MainWindow window;
    window.show();
    window.trainingPanel()->setConfig(quickTraining(100000));
    QSignalSpy finished(&window, &MainWindow::trainingFinished);
    window.startTraining();
    REQUIRE(waitFor([&] { return window.trainingView()->lossPlot()->pointCount(0) > 20; }, 20000));
    QElapsedTimer t;
    t.start();
    window.stopTraining();
    REQUIRE(finished.wait(2000));
    const auto ms = t.elapsed();
    std::cout << "Stop took " << ms << " ms\n";
    CHECK(ms < limitMs(200));
    CHECK(finished.first().at(0).toBool() == true);
    // Training can start again after a stop.
    window.trainingPanel()->setConfig(quickTraining(40));
    finished.clear();
    window.startTraining();
    REQUIRE(finished.wait(30000));
    CHECK(window.trainingView()->lossPlot()->pointCount(0) == 40);
}

TEST_CASE("pause holds training; step runs to the next snapshot", "[gui][training]") {
    MainWindow window;
    window.show();
    TrainingConfig c = quickTraining(100000);
    c.evalEvery = 40;
    window.trainingPanel()->setConfig(c);
    window.startTraining();
    REQUIRE(waitFor([&] { return window.trainingView()->snapshotCount() >= 1 &&
                                 window.trainingView()->lossPlot()->pointCount(0) > 5; }, 20000));
    window.runOrPause();  // pause: the mini-batch in flight finishes, then nothing moves
    QTest::qWait(int(150 * kTimingScale));
    const int paused = window.trainingView()->lossPlot()->pointCount(0);
    QTest::qWait(int(300 * kTimingScale));
    CHECK(window.trainingView()->lossPlot()->pointCount(0) == paused);
    const int snapshots = window.trainingView()->snapshotCount();
    window.stepTraining();
    REQUIRE(waitFor([&] { return window.trainingView()->snapshotCount() == snapshots + 1; }, int(10000 * kTimingScale)));
    QTest::qWait(300);
    CHECK(window.trainingView()->snapshotCount() == snapshots + 1);  // paused again at the snapshot
    CHECK(window.trainingView()->lossPlot()->pointCount(0) % 40 == 0);
    window.stopTraining();
}

TEST_CASE("closing the window during training ends the thread within one second", "[gui][training]") {
    ThreadPool::shared();  // the engine's pool lives for the process: count threads without it
    // A thread an earlier test's close had to leave running (a slow, instrumented build) ends first.
    REQUIRE(waitFor([] { return WorkerThread::stillRunningAfterStop() == 0; }, 30000));
    QTest::qWait(50);
    const int threadsBefore = threadCount();
    auto* window = new MainWindow;
    window->show();
    window->trainingPanel()->setConfig(quickTraining(100000));
    window->startTraining();
    REQUIRE(waitFor([&] { return window->trainingView()->lossPlot()->pointCount(0) > 10; }, 20000));
    CHECK(threadCount() >= threadsBefore + 2);  // the two engines' named threads
    QElapsedTimer t;
    t.start();
    CHECK(window->close());
    delete window;
    const auto ms = t.elapsed();
    std::cout << "Close during training took " << ms << " ms\n";
    CHECK(ms < limitMs(1000));
    // Both engine threads have ended (none left running behind a deleted window).
    REQUIRE(waitFor([&] { return threadCount() == threadsBefore; }, 2000));
}

TEST_CASE("a bad dataset path shows a message naming it; the app keeps running", "[gui]") {
    MainWindow window;
    window.show();
    TrainingConfig c = quickTraining(10);
    c.dataset = "/nonexistent/mnist-folder";
    window.trainingPanel()->setConfig(c);
    QSignalSpy finished(&window, &MainWindow::trainingFinished);
    window.startTraining();
    REQUIRE(finished.wait(5000));
    CHECK(window.messages()->text().contains("/nonexistent/mnist-folder"));
    CHECK_FALSE(window.isTraining());
    // A corrupt file names the file.
    test::TempDir dir;
    test::writeDataset(test::syntheticDataset(50, 10, 28), dir.path().string(), 28, true);
    test::writeBytes(dir.file("t10k-images-idx3-ubyte.gz"), {0x1f, 0x8b, 0x08, 0x00, 0x01});
    c.dataset = dir.path().string();
    window.trainingPanel()->setConfig(c);
    finished.clear();
    window.startTraining();
    REQUIRE(finished.wait(5000));
    CHECK(window.messages()->text().contains("t10k-images-idx3-ubyte.gz"));
    // The activations view still answers.
    auto* depth = window.activationsPanel()->findChild<QSpinBox*>("depth");
    depth->setValue(3);
    REQUIRE(waitFor([&] { return window.activationsView()->grid()->columnCount() == 3; }));
}

TEST_CASE("a diverging run is shown as diverged, the others go on", "[gui][training]") {
    MainWindow window;
    window.show();
    TrainingConfig c = quickTraining(200);
    c.initializers = {"he", "std=100"};
    c.learningRate = 0.1;  // He learns at this rate; std=100's logits overflow at once
    window.trainingPanel()->setConfig(c);
    QSignalSpy finished(&window, &MainWindow::trainingFinished);
    window.startTraining();
    REQUIRE(finished.wait(60000));
    TrainingView* view = window.trainingView();
    REQUIRE(view->snapshotCount() > 0);
    CHECK(view->lossPlot()->pointCount(0) == 200);  // He goes on to the end
    const int divergedPoints = view->lossPlot()->pointCount(1);
    CHECK(divergedPoints < 200);  // std=100 stops where it diverged…
    CHECK(static_cast<int>(view->losses()[1].size()) == divergedPoints);  // …and has no loss after it
    CHECK(view->grid()->rowCount() == 2);
}

TEST_CASE("settings survive a restart and a damaged settings entry is ignored", "[gui]") {
    {
        MainWindow window;
        window.show();
        auto* depth = window.activationsPanel()->findChild<QSpinBox*>("depth");
        depth->setValue(6);
        window.close();
    }
    {
        MainWindow window;
        CHECK(window.activationsPanel()->config().depth == 6);
    }
    QSettings().setValue("experiment", "{ this is not json");
    MainWindow window;
    CHECK(window.activationsPanel()->config().depth == 5);
}

TEST_CASE("opening an experiment restores every control; a bad one changes nothing", "[gui][files]") {
    test::TempDir dir;
    MainWindow window;
    window.show();
    ExperimentFile e;
    e.view = ExperimentFile::View::Training;
    e.activations.activation = "tanh";
    e.activations.depth = 7;
    e.activations.width = 64;
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
        {R"({"format":"initscope-experiment","version":2})", "version"},
    };
    std::string text = readTextFile(dir.file("good.json"));
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string t = text;
        t.replace(t.find(from), from.size(), to);
        return t;
    };
    const std::vector<std::pair<std::string, std::string>> edits = {
        {replaced("\"depth\": 7", "\"depth\": 0"), "activations.depth"},
        {replaced("\"width\": 64", "\"width\": 1000000000"), "activations.width"},
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

TEST_CASE("200 start / change / stop cycles while training: no crash, no stuck thread", "[gui][training][stress]") {
    MainWindow window;
    window.show();
    window.trainingPanel()->setConfig(quickTraining(100000));
    QSignalSpy finished(&window, &MainWindow::trainingFinished);
    auto* lr = window.trainingPanel()->findChild<QDoubleSpinBox*>("learningRate");
    auto* depth = window.activationsPanel()->findChild<QSpinBox*>("depth");
    REQUIRE(lr);
    for (int cycle = 0; cycle < 200; ++cycle) {
        INFO("cycle " << cycle);
        window.startTraining();
        REQUIRE(window.isTraining());
        QTest::qWait(cycle % 7);  // stop at different moments: loading, first batches, a snapshot
        lr->setValue(0.01 + 0.0001 * (cycle % 10));  // settings change while it runs
        depth->setValue(3 + cycle % 4);
        if (cycle % 5 == 0) window.runOrPause();  // sometimes paused when stopped
        window.stopTraining();
        REQUIRE(waitFor([&] { return !window.isTraining(); }, 3000));
    }
    CHECK(finished.count() == 200);
    // Still alive and answering.
    window.trainingPanel()->setConfig(quickTraining(20));
    finished.clear();
    window.startTraining();
    REQUIRE(finished.wait(30000));
    CHECK(window.trainingView()->lossPlot()->pointCount(0) == 20);
}

TEST_CASE("a corrupted settings file does not block the next start", "[gui]") {
    {
        QSettings settings;
        settings.setValue("window/geometry", QByteArray("\x01\x02garbage"));
        settings.setValue("window/state", QByteArray("garbage"));
        settings.setValue("experiment", QString("{\"format\":\"initscope-experiment\",\"version\":99}"));
        settings.setValue("training/smoothing", "not a number");
        settings.sync();
        const QString path = settings.fileName();
        std::ofstream(path.toStdString(), std::ios::app) << "\n[broken\n=== \x01\x02\n";
    }
    MainWindow window;
    window.show();
    CHECK(window.activationsPanel()->config() == ActivationsConfig{});
    REQUIRE(waitFor([&] { return window.activationsView()->grid()->cellsWithData() == 20; }));
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
        e.activations.depth = 31;
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
        CHECK(window.activationsPanel()->config() == ActivationsConfig{});
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
        CHECK(window.activationsPanel()->config().depth == 4);
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
    REQUIRE(finished.wait(30000));
    CHECK(window.trainingView()->lossPlot()->pointCount(0) == 30);
    // The gradients grid, as a user would switch to it (a picture for the record).
    for (auto* radio : window.trainingView()->findChildren<QRadioButton*>()) {
        if (radio->text() == "Gradients") radio->click();
    }
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

int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);  // QSettings go to a test location
    QApplication::setOrganizationName("InitScopeTest");
    QApplication::setApplicationName("InitScopeTest");
    QApplication app(argc, argv);
    QSettings().clear();
    MainWindow::setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    return Catch::Session().run(argc, argv);
}
