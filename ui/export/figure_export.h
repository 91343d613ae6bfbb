#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

class QCustomPlot;

namespace initscope::ui {

enum class ImageFormat { Png, Svg, Pdf };

// The format a file name asks for (by extension), or nullopt.
std::optional<ImageFormat> imageFormatFor(const QString& path);

// Plots drawn side by side, left to right; each gets a share of the width.
struct Figure {
    std::vector<QCustomPlot*> plots;
    std::vector<double> widthShares;  // empty: equal shares
    QSize naturalSize;                // used when no size is asked for
    int minimumHeight = 0;            // in layout units: rows that stay readable at any width
    // Called with the size the figure is about to be drawn at (tick counts that fit it), and
    // with an empty size afterwards (back to the screen's).
    std::function<void(QSize)> prepare;
};

// A physical size for print: the figure `widthCm` wide with its text `fontPt` large.
struct PrintSize {
    double widthCm = 0.0;
    double fontPt = 0.0;
    bool isSet() const { return widthCm > 0.0 && fontPt > 0.0; }
};

// The size a figure is laid out at so that, drawn `print.widthCm` wide, its text is
// `print.fontPt` large (the shape of `size`, or of the figure's natural size).
QSize layoutSizeFor(const Figure& figure, QSize size, const PrintSize& print);

// Renders a figure: PNG at `size` × `scale` device pixels (a crisp 2× or 3× image), SVG and PDF
// as vector graphics of `size` (one unit a point). With a print size, SVG and PDF are that wide
// with text that large, and PNG is 300 dpi at that width (`size` then gives only the shape).
QByteArray renderFigure(const Figure& figure, ImageFormat format, QSize size, double scale, const PrintSize& print = {});
QImage renderImage(const Figure& figure, QSize size, double scale);

// Writes bytes through QSaveFile: the old file stays intact on any failure. Throws FileError.
void saveAtomically(const QString& path, const QByteArray& bytes);
// Renders and saves, the format from the extension; throws ConfigError for an unknown extension.
void exportFigure(const Figure& figure, const QString& path, QSize size, double scale, const PrintSize& print = {});

}  // namespace initscope::ui
