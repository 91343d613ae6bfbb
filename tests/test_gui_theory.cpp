// The window's backward pass and theory: the grid's quantity selector, the depth profile, theory's
// curves and lines, the phase diagram and the Jacobian tab.
#include "gui_test_support.h"

#include <QCheckBox>
#include <QTabWidget>
#include <QToolButton>

#include "cell_text.h"
#include "depth_profile_view.h"
#include "experiments/activations_theory.h"
#include "experiments/jacobian.h"
#include "file_actions.h"
#include "io/presets.h"
#include "jacobian_view.h"
#include "phase_diagram_view.h"
#include <qcustomplot.h>

using namespace initscope;
using namespace initscope::ui;

int main(int argc, char* argv[]) { return runGuiTests(argc, argv); }

namespace {
// The window on the default experiment (no remembered one), 1600 × 1000, its 4 × 5 grid drawn.
struct DefaultWindow {
    DefaultWindow() : forgotten((QSettings().remove("experiment"), true)) {
        window.resize(1600, 1000);
        window.show();
        REQUIRE(waitFor([&] { return window.activationsView()->grid()->cellsWithData() == 20; }));
    }
    bool forgotten;  // before the window reads the settings
    MainWindow window;
};
}  // namespace

TEST_CASE("the backward pass in the window: the grid's selector, the depth profile, presets, files", "[gui][backward]") {
    DefaultWindow shown;
    MainWindow& window = shown.window;
    ActivationsView* view = window.activationsView();
    // The window always measures the backward pass.
    REQUIRE(view->result().config.backward);
    QComboBox* chooser = view->quantityChooser();
    REQUIRE(chooser->count() == 4);
    CHECK(chooser->isEnabled());
    CHECK(view->profileShown());
    CHECK(view->depthProfile()->isVisible());
    // Every quantity: the cells hold the result's histograms of it, summaries from its statistics.
    for (int i = 0; i < chooser->count(); ++i) {
        chooser->setCurrentIndex(i);
        const auto q = static_cast<Quantity>(chooser->itemData(i).toInt());
        CHECK(view->quantity() == q);
        const auto& rows = view->grid()->rows();
        REQUIRE(rows.size() == view->result().runs.size());
        for (std::size_t r = 0; r < rows.size(); ++r) {
            for (std::size_t l = 0; l < rows[r].cells.size(); ++l) {
                const LayerResult& layer = view->result().runs[r].layers[l];
                INFO(chooser->itemText(i).toStdString() << ", row " << r << ", layer " << l + 1);
                CHECK(rows[r].cells[l].histogram.counts == layer.histogramOf(q)->counts);
                CHECK(rows[r].cells[l].histogram.lo == layer.histogramOf(q)->lo);
                if (isGradient(q)) CHECK(rows[r].cells[l].histogram.lo == -rows[r].cells[l].histogram.hi);
                CHECK(rows[r].cells[l].summary.contains(compact(layer.statsOf(q)->std)));
            }
        }
    }
    // The depth profile draws exactly the per-layer statistics; circles where over half saturated.
    const auto drawn = view->depthProfile()->drawn();
    REQUIRE(drawn.size() == 4);
    for (std::size_t r = 0; r < drawn.size(); ++r) {
        const InitializerRun& run = view->result().runs[r];
        CHECK(drawn[r].name == QString::fromStdString(run.displayName));
        REQUIRE(drawn[r].forwardY.size() == 5);
        int marked = 0;
        for (std::size_t l = 0; l < 5; ++l) {
            CHECK(drawn[r].forwardX[l] == double(l + 1));
            CHECK(drawn[r].forwardY[l] == run.layers[l].stats.std);
            CHECK(drawn[r].backwardY[l] == run.layers[l].gradInput->stats.std);
            const bool over = run.layers[l].stats.saturated.value_or(0.0) > 0.5;
            CHECK(std::isnan(drawn[r].markerY[l]) == !over);
            marked += over;
        }
        if (run.initializer == "std=1") CHECK(marked >= 1);  // sigmoid with std = 1: 64% saturated in layer 1
        if (run.initializer == "xavier") CHECK(marked == 0);
    }
    // The preset: ReLU, Xavier vs He, showing the gradients.
    const Preset& preset = presetByName("backward-relu-xavier-he");
    emit window.fileActions()->presetChosen(preset.experiment, preset.bookStyle, preset.yMax);
    REQUIRE(waitFor([&] { return view->result().config.activation == "relu" && view->result().runs.size() == 2; }));
    CHECK(view->quantity() == Quantity::GradInput);
    CHECK(chooser->currentText() == "Gradients (dL/dA)");
    CHECK_FALSE(window.messages()->isVisible());  // nothing the window had to change
    CHECK_FALSE(window.hasUnsavedChanges());
    window.grab().save(QString::fromStdString(test::artifactPath("backward-relu-1600x1000.png")));
    // He's gradient holds its size back to the input; Xavier's shrinks: the preset's point.
    const auto profile = view->depthProfile()->drawn();
    CHECK(profile[1].backwardY.front() / profile[1].backwardY.back() > 0.7);
    CHECK(profile[0].backwardY.front() / profile[0].backwardY.back() < 0.5);
    // Saved, the file names what the grid shows; opened again, the selector follows it.
    test::TempDir dir;
    chooser->setCurrentIndex(chooser->findData(int(Quantity::GradWeight)));
    const ExperimentFile saved = window.currentExperiment();
    CHECK(saved.histograms == Quantity::GradWeight);
    saveExperiment(saved, dir.file("b.json"));
    chooser->setCurrentIndex(0);
    REQUIRE(window.openFile(QString::fromStdString(dir.file("b.json"))));
    CHECK(view->quantity() == Quantity::GradWeight);
    // A file without the backward pass (for the command line) is kept so on saving, yet the window
    // still measures it.
    ExperimentFile plain = saved;
    plain.activations.backward = false;
    plain.activations.seed = 3;
    saveExperiment(plain, dir.file("plain.json"));
    REQUIRE(window.openFile(QString::fromStdString(dir.file("plain.json"))));
    REQUIRE(waitFor([&] { return view->result().config.seed == 3; }));
    CHECK(view->result().config.backward);
    CHECK(view->result().runs[0].layers[0].gradInput.has_value());
    CHECK_FALSE(window.currentExperiment().activations.backward);
    CHECK_FALSE(window.hasUnsavedChanges());
    CHECK_FALSE(window.messages()->isVisible());
    // On a small screen the grid keeps its room; the toggle brings the profile back.
    window.resize(1024, 768);
    QTest::qWait(100);
    CHECK_FALSE(view->profileShown());
    CHECK_FALSE(view->depthProfile()->isVisible());
    view->profileToggle()->click();
    QTest::qWait(50);
    CHECK(view->profileShown());
    CHECK(view->depthProfile()->isVisible());
    window.resize(1023, 767);  // a choice made is kept
    QTest::qWait(50);
    CHECK(view->profileShown());
    window.close();
}

TEST_CASE("theory in the window: View → Theory and the check box agree; cells and profile draw the predictions", "[gui][theory]") {
    QSettings().remove("experiment");
    QSettings().remove("activations/theory");
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    ActivationsView* view = window.activationsView();
    REQUIRE(waitFor([&] { return view->grid()->cellsWithData() == 20; }));
    REQUIRE(view->result().theory);  // the worker predicts every cell
    auto* box = window.activationsPanel()->findChild<QCheckBox*>("theory");
    REQUIRE(box);
    QAction* action = nullptr;
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->text() == "&Theory") action = a;
    }
    REQUIRE(action);
    CHECK_FALSE(box->isChecked());
    CHECK_FALSE(view->grid()->options().theory);
    action->trigger();  // View → Theory
    CHECK(box->isChecked());
    CHECK(view->grid()->options().theory);
    box->setChecked(false);  // and back from the settings
    CHECK_FALSE(action->isChecked());
    CHECK_FALSE(view->grid()->options().theory);
    box->setChecked(true);
    // Each cell's predicted counts are theory's masses × the layer's values; the marks its μ, σ.
    const ActivationsTheory& theory = *view->result().theory;
    for (int i = 0; i < view->quantityChooser()->count(); ++i) {
        view->quantityChooser()->setCurrentIndex(i);
        const auto q = static_cast<Quantity>(view->quantityChooser()->itemData(i).toInt());
        const auto k = static_cast<std::size_t>(q);
        const auto& rows = view->grid()->rows();
        for (std::size_t r = 0; r < rows.size(); ++r) {
            for (std::size_t l = 0; l < rows[r].cells.size(); ++l) {
                const HistogramCell& cell = rows[r].cells[l];
                const LayerTheory& t = theory.runs[r].layers[l];
                INFO("quantity " << i << ", row " << r << ", layer " << l + 1);
                REQUIRE(cell.predicted.size() == cell.histogram.counts.size());
                const double total = double(view->result().runs[r].layers[l].statsOf(q)->count);
                for (std::size_t b = 0; b < cell.predicted.size(); ++b) {
                    CHECK(cell.predicted[b] == Approx(t.histograms[k].mass[b] * total));
                }
                CHECK(cell.predictedMean == t.mean[k]);
                CHECK(cell.predictedStd == t.std[k]);
            }
        }
    }
    // The profile's dashed lines are the predictions.
    const auto drawn = view->depthProfile()->drawn();
    for (std::size_t r = 0; r < drawn.size(); ++r) {
        REQUIRE(drawn[r].theoryForwardY.size() == 5);
        for (std::size_t l = 0; l < 5; ++l) {
            CHECK(drawn[r].theoryForwardY[l] == theory.runs[r].layers[l].prediction.activationStd);
            CHECK(drawn[r].theoryBackwardY[l] == theory.runs[r].layers[l].prediction.gradInputStd);
        }
    }
    window.grab().save(QString::fromStdString(test::artifactPath("theory-1600x1000.png")));
    window.close();
    // Remembered for the next launch.
    MainWindow again;
    again.show();
    CHECK(again.activationsPanel()->findChild<QCheckBox*>("theory")->isChecked());
    again.close();
    QSettings().remove("activations/theory");
}

TEST_CASE("the phase diagram: critical line, initializers where they sit, a click tries a point", "[gui][theory][phase]") {
    QSettings().remove("experiment");
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    ActivationsView* view = window.activationsView();
    REQUIRE(waitFor([&] { return view->grid()->cellsWithData() == 20 && view->result().theory; }));
    view->sidePanel()->setCurrentWidget(view->phaseDiagram());
    QTest::qWait(100);
    PhaseDiagramView* phase = view->phaseDiagram();
    const PhaseDiagram& d = *view->result().theory->phase;
    // The line drawn is the diagram's, row by row.
    const auto line = phase->criticalLine();
    REQUIRE_FALSE(line.empty());
    std::size_t k = 0;
    for (int j = 0; j < d.rows; ++j) {
        const double w = d.criticalWeight[static_cast<std::size_t>(j)];
        if (!std::isfinite(w)) continue;
        REQUIRE(k < line.size());
        CHECK(line[k].first == Approx(w));
        CHECK(line[k].second == Approx(d.biasAt(j)));
        ++k;
    }
    // The book's four at σ_w² = n_in·σ²: 100, 0.01, 1 and 2, no bias.
    const auto points = phase->points();
    REQUIRE(points.size() == 4);
    const double expected[] = {100.0, 0.01, 1.0, 2.0};
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(points[i].first == Approx(expected[i]).epsilon(1e-9));
        CHECK(points[i].second == 0.0);
    }
    CHECK(phase->describe(2.0, 0.0).contains("χ₁"));
    window.grab().save(QString::fromStdString(test::artifactPath("phase-diagram-1600x1000.png")));
    // A click at σ_w² = 4, σ_b² = 0.1: a custom N(0, 0.2²) with biases N(0, 0.316²) beside the four.
    const QPoint at = phase->positionOf(4.0, 0.1);
    QTest::mouseClick(phase->plot(), Qt::LeftButton, {}, at);
    const auto [w, b] = phase->pointAt(at);
    const std::string spec = "std=" + formatNumber(std::sqrt(w / 100.0), 3);
    REQUIRE(waitFor([&] { return view->result().runs.size() == 5; }));
    CHECK(view->result().config.initializers.back() == spec);
    CHECK(w == Approx(4.0).epsilon(0.02));
    CHECK(view->result().config.bias);
    CHECK(view->result().config.biasInit == "normal=" + formatNumber(std::sqrt(b), 3));
    // A second click moves that point; the others stay.
    QTest::mouseClick(phase->plot(), Qt::LeftButton, {}, phase->positionOf(0.5, 0.0));
    REQUIRE(waitFor([&] { return view->result().config.initializers.back() != spec; }));
    CHECK(view->result().runs.size() == 5);
    CHECK(view->result().config.biasInit == "zeros");
    window.close();
}

TEST_CASE("the Jacobian tab: every singular value counted once; orthogonal weights stay nearer 1", "[gui][jacobian]") {
    DefaultWindow shown;
    MainWindow& window = shown.window;
    ActivationsView* view = window.activationsView();
    ActivationsConfig c = window.activationsPanel()->config();
    c.activation = "tanh";
    c.initializers = {"orthogonal", "xavier"};
    c.hidden.assign(20, 100);
    ExperimentFile e = window.currentExperiment();
    e.activations = c;
    test::TempDir dir;
    saveExperiment(e, dir.file("deep.json"));
    REQUIRE(window.openFile(QString::fromStdString(dir.file("deep.json"))));
    REQUIRE(waitFor([&] { return view->result().config.hidden.size() == 20 && view->result().jacobian; }));
    view->sidePanel()->setCurrentWidget(view->jacobian());
    QTest::qWait(100);
    const auto drawn = view->jacobian()->drawn();
    REQUIRE(drawn.size() == 2);
    for (const auto& [x, counts] : drawn) {
        double total = 0.0;
        for (double n : counts) total += n;
        CHECK(total == 100.0);
    }
    // The spread of log σ: orthogonal at criticality far narrower than Gaussian (Pennington et al.).
    auto spread = [](const JacobianSpectrum& s) { return std::log10(s.singularValues.front() / s.singularValues.back()); };
    const auto& spectra = *view->result().jacobian;
    CHECK(spread(spectra[0]) < 0.5 * spread(spectra[1]));
    window.grab().save(QString::fromStdString(test::artifactPath("jacobian-1600x1000.png")));
    window.close();
}

TEST_CASE("repeat over seeds: the profile draws medians in a band, cells give medians, files keep the count", "[gui][repeats]") {
    DefaultWindow shown;
    MainWindow& window = shown.window;
    ActivationsView* view = window.activationsView();
    CHECK(view->depthProfile()->drawn()[0].forwardLowY.empty());  // one seed: no band
    auto* repeats = window.activationsPanel()->findChild<QComboBox*>("repeats");
    REQUIRE(repeats);
    REQUIRE(repeats->count() == 3);
    CHECK(repeats->currentData().toInt() == 1);
    repeats->setCurrentIndex(repeats->findData(10));
    REQUIRE(waitFor([&] { return view->result().config.repeats == 10; }, 20000));
    const ActivationsResult& result = view->result();
    const auto drawn = view->depthProfile()->drawn();
    REQUIRE(drawn.size() == result.runs.size());
    for (std::size_t r = 0; r < drawn.size(); ++r) {
        for (std::size_t l = 0; l < 5; ++l) {
            const LayerSpread& s = *result.runs[r].layers[l].spread;
            CHECK(s.seeds == 10);
            CHECK(drawn[r].forwardY[l] == s.activations.std.median);
            CHECK(drawn[r].forwardLowY[l] == s.activations.std.p5);
            CHECK(drawn[r].forwardHighY[l] == s.activations.std.p95);
            CHECK(drawn[r].backwardY[l] == s.gradInput->std.median);
            CHECK(drawn[r].backwardLowY[l] == s.gradInput->std.p5);
            CHECK(drawn[r].backwardHighY[l] == s.gradInput->std.p95);
            CHECK(s.activations.std.p5 <= s.activations.std.median);
            CHECK(s.activations.std.median <= s.activations.std.p95);
            // The cell: this seed's histogram, the medians' summary.
            const HistogramCell& cell = view->grid()->rows()[r].cells[l];
            CHECK(cell.histogram.counts == result.runs[r].layers[l].histogram.counts);
            CHECK(cell.summary.contains(compact(s.activations.std.median)));
            CHECK(cell.summary.contains(compact(s.activations.std.p95)));
            CHECK(cell.tooltip.contains("Over 10 seeds"));
        }
    }
    CHECK(view->depthProfile()->plot()->plotLayout()->elementCount() > 0);
    window.grab().save(QString::fromStdString(test::artifactPath("repeats-10-1600x1000.png")));
    // Saved and opened again, the count comes back; a count the list lacks is added to it.
    test::TempDir dir;
    ExperimentFile e = window.currentExperiment();
    CHECK(e.activations.repeats == 10);
    e.activations.repeats = 7;
    saveExperiment(e, dir.file("r.json"));
    REQUIRE(window.openFile(QString::fromStdString(dir.file("r.json"))));
    CHECK(repeats->currentData().toInt() == 7);
    CHECK(repeats->count() == 4);
    CHECK(repeats->itemData(1).toInt() == 7);  // between 1 and 10
    CHECK(window.currentExperiment().activations.repeats == 7);
    CHECK_FALSE(window.hasUnsavedChanges());
    REQUIRE(waitFor([&] { return view->result().config.repeats == 7; }, 20000));
}

TEST_CASE("cell texts: compact numbers, a repeated run's medians and band", "[gui][repeats][words]") {
    CHECK(compact(0.206) == "0.206");
    CHECK(compact(2.6e-4) == "2.6e-4");
    CHECK(compact(-3.14e-12) == "-3.1e-12");
    CHECK(compact(123456.0) == "1.2e5");
    CHECK(compact(1e100) == "1.0e100");
    CHECK(compact(0.0) == "0");
    CHECK(compact(std::nan("")) == "—");
    StatsSpread s;
    s.mean = {0.5, 0.49, 0.51, 10};
    s.std = {0.206, 0.19, 0.22, 10};
    s.saturated = Spread{0.12, 0.1, 0.15, 10};
    LayerStats first;
    first.count = 100;
    CHECK(spreadSummaryLine(s, first) == "μ 0.5 · σ 0.206\nσ 0.19 … 0.22\nsaturated 12%");
    first.nonfinite = 50;  // the shown seed's trouble comes first
    CHECK(spreadSummaryLine(s, first) == "50% non-finite");
    const QString tip = spreadTooltip(s, 10);
    CHECK(tip.contains("Over 10 seeds"));
    CHECK(tip.contains("0.206 (5–95%: 0.19 … 0.22)"));
    CHECK(tip.contains("saturated 12% (5–95%: 10% … 15%)"));
}
