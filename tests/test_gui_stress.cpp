// The window under a stress of starts, setting changes and stops while training: no crash, no
// stuck thread, and a window that still trains afterwards. (ThreadSanitizer runs it too.)
#include "gui_test_support.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

int main(int argc, char* argv[]) { return runGuiTests(argc, argv); }

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
    REQUIRE(finished.wait(scaledMs(30000)));
    CHECK(window.trainingView()->lossPlot()->pointCount(0) == 20);
}
