// Widget tests of the window: launch, recomputing, training (stop, pause, step, close, stalls), settings.
// The start/stop stress cycles are in test_gui_stress.cpp (a program of their own, so that under
// the sanitizers they run beside these instead of after them).
#include "gui_test_support.h"


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
    CHECK(c.depth() == 8);
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
    REQUIRE(finished.wait(scaledMs(60000)));
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
    // Under the sanitizers the limit is not checked (below), so a quarter of the run exercises the
    // same path (worker, mailbox, pump, snapshots) for races and memory errors: 600 iterations
    // took 139 s of the ThreadSanitizer stage.
    const int iterations = kTimingScale == 1.0 ? 600 : 150;
    TrainingConfig c = quickTraining(iterations);
    c.evalEvery = kTimingScale == 1.0 ? 50 : 25;
    window.trainingPanel()->setConfig(c);
    QSignalSpy finished(&window, &MainWindow::trainingFinished);
    window.startTraining();
    QTest::qWait(300);  // the dataset is loaded and training is under way
    LagProbe probe;
    REQUIRE(finished.wait(scaledMs(120000)));
    std::cout << "GUI worst stall while training (" << iterations << " iterations, snapshots every " << c.evalEvery
              << "): " << probe.worstMs() << " ms\n";
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
    REQUIRE(finished.wait(scaledMs(2000)));
    const auto ms = t.elapsed();
    std::cout << "Stop took " << ms << " ms\n";
    CHECK(ms < limitMs(200));
    CHECK(finished.first().at(0).toBool() == true);
    // Training can start again after a stop.
    window.trainingPanel()->setConfig(quickTraining(40));
    finished.clear();
    window.startTraining();
    REQUIRE(finished.wait(scaledMs(30000)));
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
    REQUIRE(finished.wait(scaledMs(5000)));
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
    REQUIRE(finished.wait(scaledMs(5000)));
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
    REQUIRE(finished.wait(scaledMs(60000)));
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
        CHECK(window.activationsPanel()->config().depth() == 6);
    }
    QSettings().setValue("experiment", "{ this is not json");
    MainWindow window;
    CHECK(window.activationsPanel()->config().depth() == 5);
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
    ActivationsConfig defaults;
    defaults.backward = true;  // the window's own default
    CHECK(window.activationsPanel()->config() == defaults);
    REQUIRE(waitFor([&] { return window.activationsView()->grid()->cellsWithData() == 20; }));
}

int main(int argc, char* argv[]) { return runGuiTests(argc, argv); }
