// Helpers shared by the widget tests (test_gui, test_gui_files): waiting on the event loop,
// a small MNIST-shaped dataset, timing limits calibrated on the running machine.
#pragma once

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
#include "catch_runner.h"
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

// A limit for waiting on a result (a run finishing, a file replaced), scaled for sanitizers: an
// instrumented build beside other tests takes several times as long (the ASan stage had a
// 600-iteration training miss a fixed 120 s when two programs shared the machine).
inline int scaledMs(int ms) { return static_cast<int>(ms * kTimingScale); }

// Processes events until `done` holds or `ms` pass (scaled for sanitizers); returns whether it held.
template <typename F>
bool waitFor(F done, int ms = 5000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms * kTimingScale) return false;
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

inline TrainingConfig quickTraining(int iterations) {
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
[[maybe_unused]] double limitMs(double productMs) { return productMs * kTimingScale + 4.0 * calibrationMs(); }

// Threads of this process now (/proc/self/task).
[[maybe_unused]] int threadCount() {
    int n = 0;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/task")) {
        (void)entry;
        ++n;
    }
    return n;
}

}  // namespace

// The widget tests' main: settings in a test location of their own per test program (so that
// two of them may run at once), no question ever waits for an answer.
inline int runGuiTests(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);  // QSettings go to a test location
    QApplication::setOrganizationName("InitScopeTest");
    QApplication::setApplicationName(QString::fromStdString(std::filesystem::path(argv[0]).filename().string()));
    QApplication app(argc, argv);
    QSettings().clear();
    MainWindow::setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    return test::runCatchSession(argc, argv);
}
