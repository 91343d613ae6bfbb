// Figures, CSV data, bundles and presets, rendered without a display (QT_QPA_PLATFORM=offscreen).
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>
#include "catch_runner.h"
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <sstream>

#include "activations_view.h"
#include "cli.h"
#include "common/errors.h"
#include "export/bundle.h"
#include "export/figure_export.h"
#include "export/headless_renderer.h"
#include "io/atomic_file.h"
#include "io/json_io.h"
#include "io/presets.h"
#include "test_util.h"
#include "training_view.h"
#include "main_window.h"
#include "loss_plot.h"
#include "export/export_dialog.h"
#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSlider>
#include "export/export_actions.h"
#include <QElapsedTimer>
#include <QEventLoop>
#include <functional>
#include <cmath>

using namespace initscope;
using namespace initscope::ui;

namespace {

// Share of pixels that are not (nearly) white.
double inkShare(const QImage& image) {
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() + c.green() + c.blue() < 3 * 235) ++ink;
        }
    }
    return double(ink) / (double(image.width() / 2) * (image.height() / 2));
}

// Pixels of a colour (within a small distance) in an image.
int pixelsOf(const QImage& image, const QColor& colour) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 40) ++n;
        }
    }
    return n;
}

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ',')) cells.push_back(cell);
    if (!line.empty() && line.back() == ',') cells.push_back("");
    return cells;
}

double number(const std::string& s) {
    double v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

const std::string& dataFolder() {
    static test::TempDir dir;
    static const std::string folder = [] {
        test::writeDataset(test::syntheticDataset(1500, 300, 28), dir.path().string(), 28, true);
        return dir.path().string();
    }();
    return folder;
}

TrainingResult quickTraining() {
    TrainingConfig c;
    c.dataset = dataFolder();
    c.iterations = 120;
    c.evalEvery = 40;
    return runTraining(c, loadDataset(dataFolder()));
}

int runCli(std::vector<std::string> args, std::string* out = nullptr) {
    std::ostringstream o, e;
    HeadlessRenderer renderer;
    const int code = cli::run(args, o, e, &renderer);
    if (out) *out = o.str();
    INFO(e.str());
    return code;
}

}  // namespace

TEST_CASE("PNG export has the requested size at 1×, 2× and 3×, and is not blank", "[export]") {
    ActivationsView view;
    view.showResult(runActivations(ActivationsConfig{}), 1.0);
    test::TempDir dir;
    for (double scale : {1.0, 2.0, 3.0}) {
        const QString path = QString::fromStdString(dir.file("grid.png"));
        exportFigure(view.figure(), path, QSize(800, 500), scale);
        QImage image(path);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() == int(800 * scale));
        CHECK(image.height() == int(500 * scale));
        CHECK(inkShare(image) > 0.03);
    }
}

TEST_CASE("SVG export parses and contains the plot", "[export]") {
    ActivationsView view;
    view.showResult(runActivations(ActivationsConfig{}), 1.0);
    const QByteArray svg = renderFigure(view.figure(), ImageFormat::Svg, QSize(900, 600), 1.0);
    QXmlStreamReader xml(svg);
    int paths = 0, texts = 0;
    bool layerTitle = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && (xml.name() == u"path" || xml.name() == u"polyline" || xml.name() == u"rect")) ++paths;
        if (xml.isStartElement() && xml.name() == u"text") ++texts;
        if (xml.isCharacters() && xml.text().contains(u"Layer 1")) layerTitle = true;
    }
    CHECK_FALSE(xml.hasError());
    CHECK(svg.startsWith("<?xml"));
    CHECK(paths > 100);  // 20 panels of 30 bars, axes, ticks
    CHECK(texts > 20);
    CHECK(layerTitle);
}

TEST_CASE("PDF export is a PDF that opens", "[export]") {
    TrainingView view;
    view.showResult(quickTraining());
    const QByteArray pdf = renderFigure(view.figure(), ImageFormat::Pdf, QSize(1200, 700), 1.0);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    CHECK(pdf.size() > 5000);
    const QString pdftoppm = QStandardPaths::findExecutable("pdftoppm");
    if (!pdftoppm.isEmpty()) {
        test::TempDir dir;
        const QString path = QString::fromStdString(dir.file("t.pdf"));
        saveAtomically(path, pdf);
        const int code = QProcess::execute(pdftoppm, {"-png", "-r", "30", path, QString::fromStdString(dir.file("page"))});
        CHECK(code == 0);
        QImage page(QString::fromStdString(dir.file("page-1.png")));
        REQUIRE_FALSE(page.isNull());
        CHECK(inkShare(page) > 0.02);
    }
}

TEST_CASE("histogram CSV round-trips every count", "[export][csv]") {
    ActivationsConfig c;
    c.activation = "tanh";  // negative values: below-range counts on the book's (0, 1)
    c.range = {false, 0.0, 1.0};
    const ActivationsResult r = runActivations(c);
    const std::string csv = activationsCsv(r);
    std::stringstream ss(csv);
    std::string line;
    std::getline(ss, line);
    CHECK(line == "initializer,layer,bin_low,bin_high,count,below,above,nonfinite");
    std::size_t rows = 0;
    while (std::getline(ss, line)) {
        const auto cells = split(line);
        REQUIRE(cells.size() == 8);
        const auto run = rows / (5 * 30), layer = (rows / 30) % 5, bin = rows % 30;
        const Histogram& h = r.runs[run].layers[layer].histogram;
        CHECK(cells[0] == r.runs[run].initializer);
        CHECK(number(cells[2]) == h.binLow(int(bin)));
        CHECK(number(cells[3]) == h.binHigh(int(bin)));
        CHECK(std::stoll(cells[4]) == h.counts[bin]);
        CHECK(std::stoll(cells[5]) == h.below);
        CHECK(std::stoll(cells[6]) == h.above);
        ++rows;
    }
    CHECK(rows == 4 * 5 * 30);
    CHECK(r.runs[0].layers[0].histogram.below > 0);
}

TEST_CASE("loss CSV round-trips raw losses exactly, with the smoothed curve beside", "[export][csv]") {
    const TrainingResult r = quickTraining();
    std::vector<std::string> names;
    std::vector<std::vector<double>> losses;
    for (const auto& run : r.runs) {
        names.push_back(run.initializer);
        losses.push_back(run.loss);
    }
    const std::string csv = lossCurvesCsv(names, losses, 11);
    std::stringstream ss(csv);
    std::string line;
    std::getline(ss, line);
    CHECK(line == "iteration,std=0.01 raw,std=0.01 smoothed,xavier raw,xavier smoothed,he raw,he smoothed");
    int i = 0;
    std::vector<std::vector<double>> smoothed(3);
    while (std::getline(ss, line)) {
        const auto cells = split(line);
        REQUIRE(cells.size() == 7);
        CHECK(std::stoi(cells[0]) == i);
        for (std::size_t k = 0; k < 3; ++k) {
            CHECK(number(cells[1 + 2 * k]) == losses[k][std::size_t(i)]);
            smoothed[k].push_back(number(cells[2 + 2 * k]));
        }
        ++i;
    }
    CHECK(i == 120);
    // The smoothed column is a weighted average of nearby raw losses: inside their range, and
    // smoother (less total variation) than the raw curve.
    for (std::size_t k = 0; k < 3; ++k) {
        const auto [lo, hi] = std::minmax_element(losses[k].begin(), losses[k].end());
        double rawVariation = 0, smoothVariation = 0;
        for (std::size_t j = 0; j < smoothed[k].size(); ++j) {
            CHECK(smoothed[k][j] >= *lo - 1e-12);
            CHECK(smoothed[k][j] <= *hi + 1e-12);
            if (j > 0) {
                rawVariation += std::abs(losses[k][j] - losses[k][j - 1]);
                smoothVariation += std::abs(smoothed[k][j] - smoothed[k][j - 1]);
            }
        }
        CHECK(smoothVariation < rawVariation);
    }
}

TEST_CASE("Export all writes every figure, the CSVs, the experiment and the provenance", "[export]") {
    test::TempDir dir;
    ExperimentFile e;
    e.activations.seed = 4242;
    e.training.seed = 77;
    e.training.dataset = dataFolder();
    e.view = ExperimentFile::View::Training;
    HeadlessRenderer renderer;
    const ActivationsResult activations = runActivations(e.activations);
    const TrainingResult training = quickTraining();
    const auto files = renderer.writeBundle(dir.file("out"), e, activations, &training, nullptr, FigureOptions{});
    const std::vector<std::string> expected = {"experiment.json", "provenance.txt", "activations.png",
                                               "activations.svg", "activations.pdf", "histograms.csv",
                                               "training.png", "training.svg", "training.pdf",
                                               "update-ratio.png", "update-ratio.svg", "update-ratio.pdf",
                                               "layer-heat-map.png", "layer-heat-map.svg", "layer-heat-map.pdf",
                                               "over-time.png", "over-time.svg", "over-time.pdf", "loss.csv",
                                               "snapshots.csv", "update-ratio.csv"};
    CHECK(files == expected);
    // Every snapshot's statistics (a row per iteration, run, layer and quantity) and every update ratio.
    const std::string snapshots = readTextFile(dir.file("out/snapshots.csv"));
    std::size_t rows = 0;
    for (const TrainingSnapshot& s : training.snapshots) {
        for (const RunSnapshot& r : s.runs) rows += 4 * r.layers.size();
    }
    CHECK(std::count(snapshots.begin(), snapshots.end(), '\n') == std::ptrdiff_t(rows + 1));
    CHECK(snapshots.find(",weight-gradients,") != std::string::npos);
    const std::string ratios = readTextFile(dir.file("out/update-ratio.csv"));
    CHECK(std::count(ratios.begin(), ratios.end(), '\n') == std::ptrdiff_t(training.runs[0].updateRatio[0].size() + 1));
    for (const auto& f : expected) CHECK(std::filesystem::file_size(dir.file("out/" + f)) > 100);
    const std::string provenance = readTextFile(dir.file("out/provenance.txt"));
    CHECK(provenance.find("seed: 4242") != std::string::npos);
    CHECK(provenance.find("seed: 77") != std::string::npos);
    CHECK(provenance.find("InitScope") == 0);
    CHECK(loadExperiment(dir.file("out/experiment.json")) == e);
    // Run again into the same folder without training: the earlier run's training figures go,
    // nothing stale stays beside the new experiment.json.
    e.view = ExperimentFile::View::Activations;
    const auto again = renderer.writeBundle(dir.file("out"), e, activations, nullptr, nullptr, FigureOptions{});
    std::vector<std::string> present;
    for (const auto& entry : std::filesystem::directory_iterator(dir.file("out"))) present.push_back(entry.path().filename().string());
    std::sort(present.begin(), present.end());
    std::vector<std::string> want = again;
    std::sort(want.begin(), want.end());
    CHECK(present == want);
    CHECK_FALSE(std::filesystem::exists(dir.file("out/training.png")));
    CHECK(loadExperiment(dir.file("out/experiment.json")) == e);
    // With the backward pass: the depth profile's figures too, and every quantity in the CSV.
    e.activations.backward = true;
    e.histograms = Quantity::GradInput;
    const ActivationsResult backward = runActivations(e.activations);
    const auto withProfile = renderer.writeBundle(dir.file("out"), e, backward, nullptr, nullptr, FigureOptions{});
    for (const char* f : {"depth-profile.png", "depth-profile.svg", "depth-profile.pdf"}) {
        INFO(f);
        CHECK(std::find(withProfile.begin(), withProfile.end(), f) != withProfile.end());
        CHECK(std::filesystem::file_size(dir.file(std::string("out/") + f)) > 1000);
    }
    CHECK(readTextFile(dir.file("out/histograms.csv")).find("grad_input_count") != std::string::npos);
    CHECK(loadExperiment(dir.file("out/experiment.json")).histograms == Quantity::GradInput);
    QImage profile(QString::fromStdString(dir.file("out/depth-profile.png")));
    REQUIRE_FALSE(profile.isNull());
    CHECK(profile.height() > profile.width());  // two panels, one above the other
}

TEST_CASE("atomic writes: a failed export leaves nothing and names the file", "[export]") {
    test::TempDir dir;
    const QString missing = QString::fromStdString(dir.file("no/such/folder/x.png"));
    CHECK_THROWS_AS(saveAtomically(missing, "data"), FileError);
    CHECK_FALSE(std::filesystem::exists(dir.file("no")));
    const QString existing = QString::fromStdString(dir.file("keep.csv"));
    saveAtomically(existing, "old");
    // A folder that holds anything but an earlier bundle's files (here a folder where a file
    // would go) is refused, named, and left as it was.
    std::filesystem::create_directories(dir.file("bundle/experiment.json"));
    HeadlessRenderer renderer;
    try {
        renderer.writeBundle(dir.file("bundle"), ExperimentFile{}, runActivations(ActivationsConfig{}), nullptr, nullptr, {});
        FAIL("wrote over a folder");
    } catch (const FileError& e) {
        CHECK(e.file() == dir.file("bundle"));
        CHECK(std::string(e.what()).find("experiment.json") != std::string::npos);
    }
    CHECK(std::filesystem::is_directory(dir.file("bundle/experiment.json")));
    CHECK(readTextFile(existing.toStdString()) == "old");
    ActivationsView view;
    CHECK_THROWS_AS(exportFigure(view.figure(), QString::fromStdString(dir.file("x.bmp")), {}, 1.0), ConfigError);
}

TEST_CASE("same experiment and seed: byte-identical CSV from the window's views and headless",
          "[export][determinism]") {
    test::TempDir dir;
    ExperimentFile e;
    e.view = ExperimentFile::View::Training;
    e.training.dataset = dataFolder();
    e.training.iterations = 80;
    e.training.evalEvery = 40;
    e.activations.backward = true;  // as the window runs it: histograms.csv with every quantity
    saveExperiment(e, dir.file("e.json"));
    REQUIRE(runCli({"run", dir.file("e.json"), "--output", dir.file("a")}) == 0);
    REQUIRE(runCli({"run", dir.file("e.json"), "--output", dir.file("b")}) == 0);
    for (const char* f : {"histograms.csv", "loss.csv", "experiment.json"}) {
        INFO(f);
        CHECK(readTextFile(dir.file(std::string("a/") + f)) == readTextFile(dir.file(std::string("b/") + f)));
    }
    // The window's own path — its panels, its worker threads, File → Export — writes the same
    // bytes as the command line for the same experiment file.
    MainWindow::setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    MainWindow window;
    REQUIRE(window.openFile(QString::fromStdString(dir.file("e.json"))));
    auto waitUntil = [](const std::function<bool()>& done, int ms) {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < ms) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        return done();
    };
    REQUIRE(waitUntil([&] { return window.activationsView()->result().config == e.activations &&
                                   window.activationsView()->result().runs.size() == e.activations.initializers.size(); }, 10000));
    window.exportActions()->saveHistogramsCsv(QString::fromStdString(dir.file("window-histograms.csv")));
    CHECK(readTextFile(dir.file("window-histograms.csv")) == readTextFile(dir.file("a/histograms.csv")));
    bool finished = false;
    QObject::connect(&window, &MainWindow::trainingFinished, [&](bool) { finished = true; });
    window.startTraining();
    REQUIRE(waitUntil([&] { return finished; }, 60000));
    window.exportActions()->saveLossCsv(QString::fromStdString(dir.file("window-loss.csv")));
    CHECK(readTextFile(dir.file("window-loss.csv")) == readTextFile(dir.file("a/loss.csv")));
    window.close();
}

TEST_CASE("every preset renders headless", "[export][presets]") {
    test::TempDir dir;
    for (const Preset& p : presets()) {
        INFO(p.name);
        const std::string out = dir.file(p.name + ".png");
        std::vector<std::string> args = {"render", "--preset", p.name, "--output", out};
        if (p.experiment.view == ExperimentFile::View::Training) {
            args.insert(args.end(), {"--dataset", dataFolder(), "--iterations", "60"});
        }
        if (p.experiment.view == ExperimentFile::View::BnSweep) {
            args.insert(args.end(), {"--dataset", dataFolder(), "--epochs", "2"});
        }
        REQUIRE(runCli(args) == 0);
        QImage image(QString::fromStdString(out));
        REQUIRE_FALSE(image.isNull());
        // Figure 6-18 is one plot of two lines on white: less ink than a grid of histograms.
        CHECK(inkShare(image) > (p.experiment.view == ExperimentFile::View::BnSweep ? 0.01 : 0.02));
        if (p.experiment.view == ExperimentFile::View::BnSweep) CHECK(pixelsOf(image, QColor(0x00, 0x72, 0xB2)) > 100);
        if (p.experiment.view == ExperimentFile::View::Activations && p.experiment.activations.backward) {
            // The backward pass measured: the gradients' grid and the depth profile, the window's look.
            CHECK_FALSE(p.bookStyle);
            CHECK(p.experiment.histograms == Quantity::GradInput);
            CHECK(image.width() > image.height());
        } else if (p.experiment.view == ExperimentFile::View::Activations) {
            // The book's figures: one panel per layer in a row per initializer, 30 bins.
            CHECK(p.bookStyle);
            CHECK(p.experiment.activations.bins == 30);
            CHECK(p.experiment.activations.depth() == 5);
        }
    }
    std::string list;
    REQUIRE(runCli({"presets"}, &list) == 0);
    CHECK(list.find("fig6-15-mnist-comparison") != std::string::npos);
    CHECK(runCli({"render", "--preset", "nope", "--output", dir.file("x.png")}) == 2);
    CHECK(runCli({"render", "--preset", "all-four-relu", "--output", dir.file("x.gif")}) == 2);
    CHECK(runCli({"activations", "--plot", dir.file("a.svg"), "--size", "640x480", "--output", dir.file("a.json")}) == 0);
    CHECK(std::filesystem::file_size(dir.file("a.svg")) > 1000);
    CHECK(runCli({"activations", "--plot", dir.file("a.png"), "--size", "640by480"}) == 2);
}

int main(int argc, char* argv[]) {
    // Settings of its own in a test location (the window here must not read a user's, and other
    // test programs may run at the same time).
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName("InitScopeTest");
    QApplication::setApplicationName("test_export");
    QApplication app(argc, argv);
    QSettings().clear();
    return test::runCatchSession(argc, argv);
}

TEST_CASE("figures for print: the page is the width asked for, the text the size asked for", "[export][print]") {
    test::TempDir dir;
    const std::string pdf = dir.file("print.pdf"), svg = dir.file("print.svg"), png = dir.file("print.png");
    for (const std::string& out : {pdf, svg, png}) {
        REQUIRE(runCli({"render", "--preset", "fig6-14-relu", "--output", out, "--width-cm", "12", "--font-pt", "9"}) == 0);
    }
    // PDF: 12 cm = 340.2 pt wide.
    const QString pdfinfo = QStandardPaths::findExecutable("pdfinfo");
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (!pdfinfo.isEmpty() && !pdftotext.isEmpty()) {
        QProcess info;
        info.start(pdfinfo, {QString::fromStdString(pdf)});
        REQUIRE(info.waitForFinished());
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        const QRegularExpressionMatch m = QRegularExpression(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)").match(text);
        REQUIRE(m.hasMatch());
        CHECK(m.captured(1).toDouble() == Approx(12 / 2.54 * 72).margin(1.0));
        // The layer titles are drawn at the requested size: a word's box is ~1.16 em in DejaVu.
        QProcess boxes;
        boxes.start(pdftotext, {"-bbox", QString::fromStdString(pdf), "-"});
        REQUIRE(boxes.waitForFinished());
        const QString html = QString::fromUtf8(boxes.readAllStandardOutput());
        std::vector<double> heights;
        auto it = QRegularExpression(R"re(yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">\d-layer<)re").globalMatch(html);
        while (it.hasNext()) {
            const auto w = it.next();
            heights.push_back(w.captured(2).toDouble() - w.captured(1).toDouble());
        }
        REQUIRE(heights.size() == 15);
        std::sort(heights.begin(), heights.end());
        CHECK(heights[7] / 1.164 == Approx(9.0).margin(0.6));
    } else {
        WARN("pdfinfo/pdftotext (poppler-utils) not installed: the PDF's size is not measured");
    }
    // SVG: its width attribute says 120 mm.
    const QString svgText = QString::fromStdString(readTextFile(svg));
    CHECK(svgText.contains(QRegularExpression(R"re(width="1[12]\d(\.\d+)?mm")re")));
    // PNG: 300 dpi at 12 cm = 1417 pixels.
    QImage image(QString::fromStdString(png));
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == Approx(12 / 2.54 * 300).margin(3));
    CHECK(image.dotsPerMeterX() == Approx(300 / 0.0254).margin(2));
    // Nonsense sizes are usage errors.
    CHECK(runCli({"render", "--preset", "fig6-14-relu", "--output", pdf, "--width-cm", "0.5"}) == 2);
}

TEST_CASE("training figures: the book's loss plot alone, the dataset named, an axis ending on 2000, the scrubber marked",
          "[export][training]") {
    test::TempDir dir;
    // Figure 6-15 as the book draws it: the loss curves, no accuracy plot, no histograms.
    const std::string svg = dir.file("fig6-15.svg");
    REQUIRE(runCli({"render", "--preset", "fig6-15-mnist-comparison", "--output", svg, "--dataset", dataFolder(),
                    "--iterations", "60"}) == 0);
    const std::string text = readTextFile(svg);
    CHECK(text.find("Training loss on") != std::string::npos);
    CHECK(text.find("test accuracy") == std::string::npos);
    CHECK(text.find("Layer 1") == std::string::npos);
    // The view: dataset in the title, x axis ending on a labelled tick at or after the last iteration.
    TrainingView view;
    TrainingResult r = quickTraining();
    r.config.dataset = "fashion-mnist";
    r.config.iterations = 2000;
    view.showResult(r);
    CHECK(view.lossPlot()->title().contains("Fashion-MNIST"));
    REQUIRE_FALSE(view.lossPlot()->lossTicks().isEmpty());
    CHECK(view.lossPlot()->lossTicks().back() == 2000.0);
    r.config.iterations = 1234;
    view.showResult(r);
    CHECK(view.lossPlot()->lossTicks().back() >= 1234.0);
    CHECK(view.lossPlot()->lossTicks().back() < 1600.0);
    // The scrubber's snapshot is marked on the curves.
    auto* slider = view.findChild<QSlider*>();
    REQUIRE(slider);
    slider->setValue(1);
    CHECK(view.lossPlot()->markerIteration() == double(r.snapshots[1].iteration));
    CHECK(datasetDisplayName("mnist") == "MNIST");
    CHECK(datasetDisplayName("/data/sets/fashion-mnist/") == "Fashion-MNIST (fashion-mnist)");
}

TEST_CASE("the export dialog proposes a full, descriptive path", "[export]") {
    const QString path = suggestedExportPath("fig6-14-relu activations", "png");
    CHECK(QFileInfo(path).isAbsolute());
    CHECK(QFileInfo(path).fileName() == QString("initscope-fig6-14-relu-activations-%1.png").arg(QDate::currentDate().toString(Qt::ISODate)));
    CHECK(QFileInfo(QFileInfo(path).path()).isDir());
}

#include <qcustomplot.h>

#include "bn_sweep_view.h"


TEST_CASE("batch norm sweep figure: a cell per scale filling in, exported and bundled", "[export][bn-sweep]") {
    BnSweepConfig c;
    c.dataset = dataFolder();
    c.weights = {1.0, 0.1, 0.01, 0.001};
    c.trainSize = 200;
    c.batchSize = 40;
    c.epochs = 6;
    c.hidden = {20, 20};
    const BnSweepResult result = runBnSweep(c, loadDataset(dataFolder()));
    BnSweepView view;
    view.resize(900, 700);
    view.begin(c);
    CHECK(view.plot()->axisRectCount() == 4);
    CHECK(view.finishedCount() == 0);
    // Cells fill in as their scale finishes, in any order.
    view.addScale(result.scales[2]);
    CHECK(view.finishedCount() == 1);
    CHECK(view.plot()->graph(2 * 2 + 1)->dataCount() == 6);  // scale 2's batch-norm curve
    CHECK(view.plot()->graph(0)->dataCount() == 0);           // scale 0 still waits
    for (const BnSweepScale& s : result.scales) view.addScale(s);
    CHECK(view.finishedCount() == 4);
    CHECK(view.result().scales.size() == 4);
    // Drawn: both line colours present, the batch-norm line solid and the other dashed.
    const QImage image = renderImage(view.figure(), QSize(900, 700), 1.0);
    image.save(QString::fromStdString(test::artifactPath("bn-sweep-figure.png")));
    CHECK(inkShare(image) > 0.02);
    CHECK(pixelsOf(image, QColor(0x00, 0x72, 0xB2)) > 200);
    CHECK(pixelsOf(image, QColor(0xD5, 0x5E, 0x00)) > 50);
    CHECK(view.plot()->graph(1)->pen().style() == Qt::SolidLine);
    CHECK(view.plot()->graph(0)->pen().style() == Qt::DashLine);
    // One scale (figure 6-18) is one plot.
    BnSweepConfig one = c;
    one.weights = {0.01};
    view.begin(one);
    CHECK(view.plot()->axisRectCount() == 1);
    // Bundles carry the sweep's figure and CSV.
    test::TempDir dir;
    ExperimentFile e;
    e.view = ExperimentFile::View::BnSweep;
    e.bnSweep = c;
    HeadlessRenderer renderer;
    const auto files = renderer.writeBundle(dir.file("out"), e, runActivations(e.activations), nullptr, &result, FigureOptions{});
    for (const char* f : {"batch-norm.png", "batch-norm.svg", "batch-norm.pdf", "batch-norm.csv"}) {
        CHECK(std::find(files.begin(), files.end(), f) != files.end());
        CHECK(std::filesystem::file_size(dir.file(std::string("out/") + f)) > 100);
    }
    CHECK(loadExperiment(dir.file("out/experiment.json")) == e);
}

TEST_CASE("initscope lesson renders every step's figure and the captions, in Korean when asked", "[export][lesson]") {
    test::TempDir dir;
    const std::string lesson = (dir.path() / "short.json").string();
    writeFileAtomically(lesson, R"({"format": "initscope-lesson", "version": 1, "name": "short",
      "title": {"en": "Short", "ko": "짧은 수업"},
      "steps": [
        {"title": {"en": "Sigmoid", "ko": "시그모이드"}, "preset": "fig6-10-sigmoid-std1",
         "caption": {"en": "Saturated.", "ko": "포화되었습니다."}},
        {"title": {"en": "Theory", "ko": "이론"}, "preset": "all-four-relu", "theory": true,
         "set": {"activations.hidden": [100, 100]}, "caption": {"en": "Curves.", "ko": "곡선."}}]})");
    std::string out;
    REQUIRE(runCli({"lesson", lesson, "--output", dir.file("ko"), "--language", "ko"}, &out) == 0);
    for (const char* f : {"ko/step-01.png", "ko/step-02.png", "ko/lesson.md"}) CHECK(std::filesystem::file_size(dir.file(f)) > 100);
    const std::string notes = readTextFile(dir.file("ko/lesson.md"));
    CHECK(notes.find("# 짧은 수업") == 0);
    CHECK(notes.find("포화되었습니다.") != std::string::npos);
    CHECK(notes.find("![](step-02.png)") != std::string::npos);
    const QImage image(QString::fromStdString(dir.file("ko/step-02.png")));
    CHECK(image.width() > 300);
    // The same lesson as SVG in English: the figure's words follow the language.
    REQUIRE(runCli({"lesson", lesson, "--output", dir.file("en"), "--format", "svg"}) == 0);
    const std::string svg = readTextFile(dir.file("en/step-01.svg"));
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(readTextFile(dir.file("en/lesson.md")).find("Saturated.") != std::string::npos);
    image.save(QString::fromStdString(test::artifactPath("lesson-step-02-ko.png")));
}
