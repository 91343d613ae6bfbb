#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>
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
};

// Renders a figure: PNG at `size` × `scale` device pixels (a crisp 2× or 3× image), SVG and PDF
// as vector graphics of `size`.
QByteArray renderFigure(const Figure& figure, ImageFormat format, QSize size, double scale);
QImage renderImage(const Figure& figure, QSize size, double scale);

// Writes bytes through QSaveFile: the old file stays intact on any failure. Throws FileError.
void saveAtomically(const QString& path, const QByteArray& bytes);
// Renders and saves, the format from the extension; throws ConfigError for an unknown extension.
void exportFigure(const Figure& figure, const QString& path, QSize size, double scale);

}  // namespace initscope::ui
