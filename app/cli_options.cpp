#include "cli_options.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "io/atomic_file.h"

namespace initscope::cli {
namespace {

// Edit distance (insertions, deletions, substitutions, adjacent swaps) between two short words.
std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

}  // namespace

std::string didYouMean(const std::string& word, const std::vector<std::string>& candidates, const std::string& prefix) {
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const std::string& c : candidates) {
        const std::size_t distance = editDistance(word, c);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = c;
        }
    }
    return best.empty() ? "" : "; did you mean '" + prefix + best + "'?";
}

std::string shownValue(const std::string& value) { return "'" + quoteForMessage(value) + "'"; }

Dataset loadDatasetFor(std::string& dataset) {
    const DatasetChoice choice = resolveDatasetOrFallback(dataset);
    if (choice.substituted) {
        static bool said = false;
        if (!said) {
            std::cerr << "initscope: MNIST not found ($INITSCOPE_MNIST or ~/.local/share/initscope/mnist): using "
                         "Fashion-MNIST (" << choice.folder << ") instead. For MNIST, put its four IDX files "
                         "(train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, "
                         "t10k-labels-idx1-ubyte.gz) in ~/.local/share/initscope/mnist or set INITSCOPE_MNIST.\n";
        }
        said = true;
    }
    dataset = choice.folder;
    return loadDataset(choice.folder);
}

HistogramRange parseRange(const std::string& text) {
    if (text == "auto") return {true, 0.0, 1.0};
    const auto colon = text.find(':');
    if (colon == std::string::npos) throw UsageError("--range: expected LO:HI or auto, got " + shownValue(text));
    double lo = 0, hi = 0;
    auto parse = [&](const std::string& s, double& d) {
        const auto* end = s.data() + s.size();
        auto [ptr, ec] = std::from_chars(s.data(), end, d);
        if (s.empty() || ec != std::errc() || ptr != end || !std::isfinite(d)) {
            throw UsageError("--range: " + shownValue(s) + " is not a finite number");
        }
    };
    parse(text.substr(0, colon), lo);
    parse(text.substr(colon + 1), hi);
    return {false, lo, hi};
}

std::vector<int> parseHidden(const std::string& text) {
    std::vector<int> sizes;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const std::string part = text.substr(start, comma == std::string::npos ? std::string::npos
                                                                               : comma - start);
        sizes.push_back(Options::parseInteger<int>("hidden", part));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return sizes;
}

std::vector<int> hiddenFrom(const Options& o, const std::vector<int>& shape, int maxDepth, int maxWidth) {
    if (auto v = o.last("hidden")) {
        if (o.has("depth") || o.has("width")) throw UsageError("--hidden gives every width: use it without --depth and --width");
        return parseHidden(*v);
    }
    int depth = static_cast<int>(shape.size()), width = shape.front();
    o.integer("depth", depth);
    o.integer("width", width);
    if (depth < 1 || depth > maxDepth) {
        throw UsageError("--depth: must be 1 to " + std::to_string(maxDepth) + ", got " + std::to_string(depth));
    }
    if (width < 1 || width > maxWidth) {
        throw UsageError("--width: must be 1 to " + std::to_string(maxWidth) + ", got " + std::to_string(width));
    }
    return std::vector<int>(static_cast<std::size_t>(depth), width);
}

std::vector<double> parseNumberList(const std::string& option, const std::string& text) {
    std::vector<double> values;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        double d = 0.0;
        const auto* end = part.data() + part.size();
        auto [ptr, ec] = std::from_chars(part.data(), end, d);
        if (part.empty() || ec != std::errc() || ptr != end || !std::isfinite(d)) {
            throw UsageError("--" + option + ": " + shownValue(part) + " is not a finite number");
        }
        values.push_back(d);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return values;
}

std::string formatOf(const Options& o) {
    const std::string f = o.last("format").value_or("json");
    if (f != "json" && f != "csv") throw UsageError("--format: must be json or csv, got " + shownValue(f));
    return f;
}

void writeChecked(std::ostream& out, const std::string& text) {
    out << text;
    out.flush();
    if (!out) throw Error("cannot write to standard output (disk full, or the output was closed)");
}

void emit(const Options& o, const std::string& text, std::ostream& out) {
    if (auto path = o.last("output")) {
        writeFileAtomically(*path, text);
    } else {
        writeChecked(out, text);
    }
}

void warnIfSlow(const ActivationsConfig& c, std::ostream& err) {
    const double seconds = estimateResources(c).flops / 20e9;
    if (seconds > 10) {
        err << "initscope: note: this run computes " << std::llround(estimateResources(c).flops / 1e9)
            << " GFLOP and may take " << (seconds > 120 ? std::to_string(std::llround(seconds / 60)) + " minutes" : std::to_string(std::llround(seconds)) + " s")
            << " (Ctrl+C stops it)\n";
    }
}

FigureOptions figureOptions(const Options& o) {
    FigureOptions f;
    if (auto v = o.last("size")) {
        const auto x = v->find('x');
        if (x == std::string::npos) throw UsageError("--size: expected WxH, e.g. 1600x900, got " + shownValue(*v));
        f.width = Options::parseInteger<int>("size", v->substr(0, x));
        f.height = Options::parseInteger<int>("size", v->substr(x + 1));
        if (f.width < 16 || f.height < 16 || f.width > 20000 || f.height > 20000) {
            throw UsageError("--size: width and height must be 16 to 20000 pixels");
        }
    }
    o.number("scale", f.scale);
    if (f.scale < 0.25 || f.scale > 8.0) throw UsageError("--scale: must be between 0.25 and 8");
    // A figure for print: --width-cm and --font-pt (either one alone takes the other's default,
    // a column of A4 or Letter text at 10 pt; --print takes both defaults).
    if (o.has("print") || o.has("width-cm") || o.has("font-pt")) {
        f.widthCm = kPrintWidthCm;
        f.fontPt = kPrintFontPt;
        o.number("width-cm", f.widthCm);
        o.number("font-pt", f.fontPt);
        if (f.widthCm < 2 || f.widthCm > 200) throw UsageError("--width-cm: must be 2 to 200");
        if (f.fontPt < 4 || f.fontPt > 72) throw UsageError("--font-pt: must be 4 to 72");
    }
    if (std::int64_t(f.width) * f.height * f.scale * f.scale > 400e6) {
        throw UsageError("--size/--scale: the image would exceed 400 megapixels");
    }
    return f;
}

void checkPlotPath(const std::string& path) {
    const auto ext = std::filesystem::path(path).extension().string();
    if (ext != ".png" && ext != ".svg" && ext != ".pdf") {
        throw UsageError("--plot: " + shownValue(path) + " must end in .png, .svg or .pdf");
    }
}

FigureRenderer& needRenderer(FigureRenderer* renderer) {
    if (!renderer) throw Error("this build of initscope cannot draw figures (built without the desktop app)");
    return *renderer;
}

}  // namespace initscope::cli
