// The Training tab's views of the layers over time: the stream from the engine into the view
// (nothing lost, nothing copied into a second history), the update-ratio plot, the layer × time
// heat maps, the histograms over time, the grid's four quantities, the scrubber driving every
// view, hovering, and exports.
#include "gui_test_support.h"

#include <QTabWidget>
#include <cmath>
#include <qcustomplot.h>

#include "cell_text.h"
#include "data/dataset.h"
#include "export/export_actions.h"
#include "histogram_time_view.h"
#include "layer_heat_map.h"
#include "training_controller.h"
#include "update_ratio_plot.h"

using namespace initscope;
using namespace initscope::ui;

int main(int argc, char* argv[]) { return runGuiTests(argc, argv); }

namespace {
// ReLU, three initializers, 300 iterations with a snapshot every 20: dead units and a changing
// update ratio to see, in a few seconds.
TrainingConfig reluTraining() {
    TrainingConfig c = quickTraining(300);
    c.activation = "relu";
    c.initializers = {"std=0.01", "xavier", "he"};
    c.hidden = {100, 100, 100, 100, 100};
    c.evalEvery = 20;
    return c;
}

// The same training run headless: what the window must show, computed independently of the
// window's path (thread, mailbox, view). The engine is deterministic for a seed.
TrainingResult headless(const TrainingConfig& config) {
    const Dataset data = loadDataset(config.dataset);
    return runTraining(config, data);
}

struct TrainedWindow {
    TrainedWindow() : forgotten((QSettings().remove("experiment"), true)) {
        window.resize(1600, 1000);
        window.show();
        window.trainingPanel()->setConfig(reluTraining());
        QSignalSpy finished(&window, &MainWindow::trainingFinished);
        window.startTraining();
        REQUIRE(finished.wait(int(60000 * kTimingScale)));
        REQUIRE_FALSE(finished.front().front().toBool());  // not cancelled
    }
    bool forgotten;
    MainWindow window;
};

void saveShot(QWidget* w, const std::string& name) { w->grab().save(QString::fromStdString(test::artifactPath(name))); }
}  // namespace

// One training run for every check below (plain blocks, not Catch sections, which would train again
// for each: the run is the costly part, ~10× slower under the sanitizers).
TEST_CASE("the window's training views show exactly what the engine recorded", "[gui][training-views]") {
    TrainedWindow trained;
    MainWindow& window = trained.window;
    TrainingView* view = window.trainingView();
    const TrainingConfig config = view->config();
    const TrainingResult expected = headless(config);
    const int layers = static_cast<int>(config.hidden.size());

    {  // losses, update ratios and snapshots arrive whole through the mailbox
        REQUIRE(view->losses().size() == expected.runs.size());
        for (std::size_t k = 0; k < expected.runs.size(); ++k) CHECK(view->losses()[k] == expected.runs[k].loss);
        const TrainingResult& record = view->updateRatioRecord();
        CHECK(record.updateRatioEvery == expected.updateRatioEvery);
        REQUIRE(record.runs.size() == expected.runs.size());
        for (std::size_t k = 0; k < expected.runs.size(); ++k) {
            REQUIRE(record.runs[k].updateRatio.size() == static_cast<std::size_t>(layers + 1));
            for (int l = 0; l <= layers; ++l) {
                CHECK(record.runs[k].updateRatio[static_cast<std::size_t>(l)] == expected.runs[k].updateRatio[static_cast<std::size_t>(l)]);
            }
        }
        REQUIRE(view->snapshotCount() == static_cast<int>(expected.snapshots.size()));
        for (std::size_t s = 0; s < expected.snapshots.size(); ++s) {
            CHECK(view->snapshots()[s].iteration == expected.snapshots[s].iteration);
            CHECK(view->snapshots()[s].runs[2].layers[1].weightStats.std == expected.snapshots[s].runs[2].layers[1].weightStats.std);
        }
    }

    {  // the update-ratio plot draws log10 of every record, and hovering names layer and iteration
        UpdateRatioPlot* plot = view->updateRatioPlot();
        view->views()->setCurrentWidget(plot);
        REQUIRE(plot->recordCount() == static_cast<int>(expected.runs[0].updateRatio[0].size()));
        for (int k = 0; k < 3; ++k) {
            for (int l = 0; l <= layers; ++l) {
                for (int j : {0, 1, 150, plot->recordCount() - 1}) {
                    const float r = expected.runs[static_cast<std::size_t>(k)].updateRatio[static_cast<std::size_t>(l)][static_cast<std::size_t>(j)];
                    CHECK(plot->plotted(k, l, j) == Approx(std::log10(double(r))).margin(1e-12));
                }
            }
        }
        // Hovering a drawn point: He's panel, its first layer at record 150.
        QTest::qWait(50);
        const QCPAxisRect* rect = plot->plot()->axisRects().at(2);
        const double v = plot->plotted(2, 0, 150);
        const QPointF at(rect->axis(QCPAxis::atBottom)->coordToPixel(150.0), rect->axis(QCPAxis::atLeft)->coordToPixel(v));
        const QString text = plot->hoverText(at);
        INFO(text.toStdString());
        CHECK(text.contains("He"));
        CHECK(text.contains("iteration 151"));
        CHECK(plot->hoverText(QPointF(-5, -5)).isEmpty());
    }

    {  // every heat-map cell equals its snapshot's statistic, for every statistic
        LayerHeatMap* heat = view->heatMap();
        view->views()->setCurrentWidget(heat);
        using S = LayerHeatMap::Statistic;
        for (S stat : {S::ActivationStd, S::Dead, S::GradientStd, S::WeightStd, S::WeightGradientStd, S::Saturated}) {
            heat->setStatistic(stat);
            REQUIRE(heat->columnCount() == static_cast<int>(expected.snapshots.size()));
            int compared = 0;
            for (std::size_t s = 0; s < expected.snapshots.size(); ++s) {
                for (int k = 0; k < 3; ++k) {
                    for (int l = 0; l < layers; ++l) {
                        const LayerSnapshot& layer = expected.snapshots[s].runs[static_cast<std::size_t>(k)].layers[static_cast<std::size_t>(l)];
                        const auto want = LayerHeatMap::statisticOf(layer, stat);
                        const double got = heat->cellValue(k, l, static_cast<int>(s));
                        if (stat == S::Saturated) {
                            CHECK_FALSE(want);  // ReLU does not saturate: every cell empty
                            CHECK(std::isnan(got));
                            continue;
                        }
                        REQUIRE(want);
                        CHECK(got == *want);
                        ++compared;
                    }
                }
            }
            if (stat != S::Saturated) CHECK(compared == 3 * layers * static_cast<int>(expected.snapshots.size()));
        }
        // ReLU's dead share from the statistics: in percent.
        heat->setStatistic(S::Dead);
        CHECK(heat->cellValue(1, 0, 0) == Approx(100.0 * *expected.snapshots[0].runs[1].layers[0].activationStats.dead));
        CHECK(heat->hoverText(QPointF(-5, -5)).isEmpty());
        QTest::qWait(50);  // laid out and drawn
        const QCPAxisRect* rect = heat->plot()->axisRects().at(0);
        const QString text = heat->hoverText(rect->rect().center());
        INFO(text.toStdString());
        CHECK(text.contains("layer"));
        CHECK(text.contains("%"));
    }

    {  // histograms over time: ridges spread over the run, bands equal the percentiles
        HistogramTimeView* over = view->overTime();
        view->views()->setCurrentWidget(over);
        over->setQuantity(HistogramTimeView::Quantity::Weights);
        over->setLayer(2);
        const auto& ridges = over->ridgeSnapshots();
        REQUIRE(!ridges.empty());
        CHECK(static_cast<int>(ridges.size()) <= HistogramTimeView::kMaxRidges + 1);
        CHECK(ridges.front() == 0);
        CHECK(ridges.back() == view->snapshotCount() - 1);
        CHECK(std::is_sorted(ridges.begin(), ridges.end()));
        for (std::size_t s = 0; s < expected.snapshots.size(); ++s) {
            const LayerStats& st = expected.snapshots[s].runs[1].layers[2].weightStats;
            for (std::size_t p = 0; p < st.percentiles.size(); ++p) {
                CHECK(over->bandValue(1, static_cast<int>(p), static_cast<int>(s)) == st.percentiles[p]);
            }
        }
    }

    {  // the grid shows weights and weight gradients; the scrubber drives every view
        view->views()->setCurrentIndex(0);
        view->setGridQuantity(int(HistogramTimeView::Quantity::Weights));
        view->scrubTo(3);
        const TrainingSnapshot& s3 = expected.snapshots[3];
        CHECK(view->lossPlot()->markerIteration() == s3.iteration);
        CHECK(view->grid()->rows()[0].cells[1].summary.contains(compact(s3.runs[0].layers[1].weightStats.std)));
        view->setGridQuantity(int(HistogramTimeView::Quantity::WeightGradients));
        CHECK(view->grid()->rows()[2].cells[0].summary.contains(compact(s3.runs[2].layers[0].weightGradientStats.std)));
        CHECK(view->updateRatioPlot()->marker() == s3.iteration);
        CHECK(view->heatMap()->marker() == s3.iteration);
        CHECK(view->overTime()->marker() == s3.iteration);
        // The scrubbed snapshot is among the ridges, wherever it lies (drawn when its tab shows).
        view->views()->setCurrentWidget(view->overTime());
        const auto& ridges = view->overTime()->ridgeSnapshots();
        CHECK(std::find(ridges.begin(), ridges.end(), 3) != ridges.end());
    }

    {  // hovering the loss curves gives the iteration and each run's raw and smoothed loss
        const QString text = view->lossPlot()->hoverText(99.0);
        INFO(text.toStdString());
        CHECK(text.contains("Iteration 100"));
        for (const QString& name : {QString("He"), QString("Xavier")}) CHECK(text.contains(name));
        CHECK(text.contains(QString::number(expected.runs[2].loss[99], 'f', 4)));
        CHECK(text.contains("smoothed"));
        CHECK(view->lossPlot()->hoverText(100000.0).isEmpty());
    }

    {  // pictures of every view, at a large and a projector's size
        for (QSize size : {QSize(1920, 1080), QSize(1024, 768)}) {
            window.resize(size);
            for (int tab = 0; tab < view->views()->count(); ++tab) {
                view->views()->setCurrentIndex(tab);
                QTest::qWait(120);
                saveShot(&window, "training-view" + std::to_string(tab) + "-" + std::to_string(size.width()) + ".png");
            }
        }
        view->views()->setCurrentIndex(0);
    }

    {  // the new plots export as PNG, SVG and PDF
        test::TempDir dir;
        for (const auto& [name, figure] : {std::pair{"update-ratio", view->updateRatioPlot()->figure()},
                                           std::pair{"heat-map", view->heatMap()->figure()},
                                           std::pair{"over-time", view->overTime()->figure()}}) {
            for (const char* ext : {".png", ".svg", ".pdf"}) {
                const QString path = QString::fromStdString((dir.path() / (std::string(name) + ext)).string());
                window.exportActions()->saveFigure(figure, path, QSize(), 1.0);
                CHECK(QFileInfo(path).size() > 1000);
            }
            window.exportActions()->saveFigure(figure, QString::fromStdString(test::artifactPath(std::string(name) + ".png")), QSize(), 1.0);
        }
    }
}
