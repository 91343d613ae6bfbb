#include "figure_export.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include "common/errors.h"

namespace initscope::ui {
namespace {

// Draws every plot of the figure into `painter`, whose logical coordinates span `size`.
void paint(const Figure& figure, QCPPainter& painter, QSize size) {
    double total = 0.0;
    std::vector<double> shares = figure.widthShares;
    if (shares.size() != figure.plots.size()) shares.assign(figure.plots.size(), 1.0);
    for (double s : shares) total += s;
    double x = 0.0;
    for (std::size_t i = 0; i < figure.plots.size(); ++i) {
        const int w = static_cast<int>(size.width() * shares[i] / total);
        painter.save();
        painter.translate(x, 0);
        figure.plots[i]->toPainter(&painter, w, size.height());
        painter.restore();
        x += w;
    }
}

QSize resolved(const Figure& figure, QSize size) {
    if (size.width() <= 0 || size.height() <= 0) return figure.naturalSize.isValid() ? figure.naturalSize : QSize(1200, 800);
    return size;
}

}  // namespace

std::optional<ImageFormat> imageFormatFor(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "png") return ImageFormat::Png;
    if (suffix == "svg") return ImageFormat::Svg;
    if (suffix == "pdf") return ImageFormat::Pdf;
    return std::nullopt;
}

QImage renderImage(const Figure& figure, QSize size, double scale) {
    size = resolved(figure, size);
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)), QImage::Format_ARGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QCPPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(figure, painter, size);
    painter.end();
    return image;
}

QByteArray renderFigure(const Figure& figure, ImageFormat format, QSize size, double scale) {
    size = resolved(figure, size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
        case ImageFormat::Png:
            renderImage(figure, size, scale).save(&buffer, "PNG");
            break;
        case ImageFormat::Svg: {
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            svg.setSize(size);
            svg.setViewBox(QRect(QPoint(0, 0), size));
            svg.setTitle("InitScope");
            QCPPainter painter(&svg);
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            paint(figure, painter, size);
            painter.end();
            break;
        }
        case ImageFormat::Pdf: {
            QPdfWriter pdf(&buffer);
            pdf.setCreator("InitScope");
            // As QCustomPlot's own PDF export: screen resolution, so fonts given in points keep
            // their size relative to the drawing; the page is `size` points.
            pdf.setResolution(96);
            QPageLayout layout;
            layout.setMode(QPageLayout::FullPageMode);
            layout.setOrientation(QPageLayout::Portrait);
            layout.setMargins(QMarginsF(0, 0, 0, 0));
            layout.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
            pdf.setPageLayout(layout);
            QCPPainter painter(&pdf);
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            painter.setWindow(QRect(QPoint(0, 0), size));
            paint(figure, painter, size);
            painter.end();
            break;
        }
    }
    return bytes;
}

void saveAtomically(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw FileError(path.toStdString(), "cannot write: " + file.errorString().toStdString());
    }
    if (file.write(bytes) != bytes.size()) {
        const std::string why = file.errorString().toStdString();
        file.cancelWriting();
        throw FileError(path.toStdString(), "cannot write: " + why);
    }
    if (!file.commit()) {
        throw FileError(path.toStdString(), "cannot write: " + file.errorString().toStdString());
    }
}

void exportFigure(const Figure& figure, const QString& path, QSize size, double scale) {
    const auto format = imageFormatFor(path);
    if (!format) {
        throw ConfigError("output", "'" + path.toStdString() + "': the file name must end in .png, .svg or .pdf");
    }
    if (!(scale >= 0.25 && scale <= 8.0)) throw ConfigError("scale", "must be between 0.25 and 8");
    saveAtomically(path, renderFigure(figure, *format, size, scale));
}

}  // namespace initscope::ui
