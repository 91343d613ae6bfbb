#include "figure_export.h"

#include <QApplication>
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

// Text size on the page, in points, when one layout unit is drawn as one point: the plots'
// fonts are the application font, given in points and drawn at 96 dpi (4/3 unit per point).
double baseTextPt() {
    const QFont font = QApplication::font();
    const double pt = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 72.0 / 96.0;
    return pt * 96.0 / 72.0;
}

constexpr double kPointsPerCm = 72.0 / 2.54;
constexpr double kPrintDpi = 300.0;

}  // namespace

QSize layoutSizeFor(const Figure& figure, QSize size, const PrintSize& print) {
    size = resolved(figure, size);
    if (!print.isSet()) return size;
    const double pageWidth = print.widthCm * kPointsPerCm;
    const double units = baseTextPt() / print.fontPt;  // layout units per page point
    const double width = pageWidth * units;
    return QSize(qRound(width), std::max(qRound(width * size.height() / double(size.width())), figure.minimumHeight));
}

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

QByteArray renderFigure(const Figure& figure, ImageFormat format, QSize size, double scale, const PrintSize& print) {
    size = layoutSizeFor(figure, size, print);
    // The page: `size` points, or the print width (the height keeps the figure's shape).
    const QSizeF page = print.isSet() ? QSizeF(print.widthCm * kPointsPerCm, print.widthCm * kPointsPerCm * size.height() / size.width())
                                      : QSizeF(size);
    if (print.isSet() && format == ImageFormat::Png) scale = kPrintDpi * print.widthCm / 2.54 / size.width();
    if (figure.prepare) figure.prepare(size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
        case ImageFormat::Png: {
            QImage image = renderImage(figure, size, scale);
            if (print.isSet()) {
                image.setDotsPerMeterX(qRound(kPrintDpi / 0.0254));
                image.setDotsPerMeterY(qRound(kPrintDpi / 0.0254));
            }
            image.save(&buffer, "PNG");
            break;
        }
        case ImageFormat::Svg: {
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            svg.setSize(size);
            svg.setViewBox(QRect(QPoint(0, 0), size));
            // Its width attribute in millimetres: the layout drawn `page` points wide.
            svg.setResolution(qRound(size.width() / (page.width() / 72.0)));
            svg.setTitle(QStringLiteral("InitScope"));  // the product's name
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
            layout.setPageSize(QPageSize(page, QPageSize::Point, QString(), QPageSize::ExactMatch));
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
    if (figure.prepare) figure.prepare(QSize());  // back to the screen's layout
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

void exportFigure(const Figure& figure, const QString& path, QSize size, double scale, const PrintSize& print) {
    const auto format = imageFormatFor(path);
    if (!format) {
        throw ConfigError("output", "'" + path.toStdString() + "': the file name must end in .png, .svg or .pdf");
    }
    if (!(scale >= 0.25 && scale <= 8.0)) throw ConfigError("scale", "must be between 0.25 and 8");
    if (print.isSet() && !(print.widthCm >= 2 && print.widthCm <= 200 && print.fontPt >= 4 && print.fontPt <= 72)) {
        throw ConfigError("print", "width must be 2 to 200 cm and text 4 to 72 pt");
    }
    saveAtomically(path, renderFigure(figure, *format, size, scale, print));
}

}  // namespace initscope::ui
