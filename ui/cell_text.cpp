#include "cell_text.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>

#include "histogram_grid.h"

namespace initscope::ui {
namespace {
// The cell texts' translation context ("CellText"), as lupdate reads it.
struct CellText {
    Q_DECLARE_TR_FUNCTIONS(CellText)
};
QString percent(double fraction) {
    if (fraction > 0 && fraction < 0.0005) return QStringLiteral("<0.1%");  // never a "0.0%" that is not zero
    return QString::number(100.0 * fraction, 'f', fraction < 0.1 ? 1 : 0) + "%";
}
}  // namespace

QString compact(double v) {
    if (!std::isfinite(v)) return QStringLiteral("—");
    const double a = std::abs(v);
    if (a != 0.0 && (a < 1e-3 || a >= 1e4)) {
        // "2.6e-4", not Qt's "2.6e-04": narrow cells hold two of them on a line.
        QString text = QString::number(v, 'e', 1);
        const qsizetype e = text.indexOf('e');
        QString exponent = text.mid(e + 1);
        const bool negative = exponent.startsWith('-');
        exponent.remove(0, exponent.startsWith('-') || exponent.startsWith('+') ? 1 : 0);
        while (exponent.size() > 1 && exponent.startsWith('0')) exponent.remove(0, 1);
        return text.left(e + 1) + (negative ? "-" : "") + exponent;
    }
    return QString::number(v, 'g', 3);
}

QString summaryLine(const LayerStats& s) {
    QString line = CellText::tr("μ %1 · σ %2").arg(compact(s.mean), compact(s.std));
    // Exploding layers: say how far the values reach (the axis alone reads "1e+14" at best).
    const double reach = std::max(std::abs(s.min), std::abs(s.max));
    if (std::isfinite(reach) && reach >= 1e4) line += "\n" + CellText::tr("values up to %1").arg(compact(s.max >= -s.min ? s.max : s.min));
    if (s.saturated) line += "\n" + CellText::tr("saturated %1").arg(percent(*s.saturated));
    if (s.dead) line += "\n" + CellText::tr("dead %1").arg(percent(*s.dead));
    if (s.nonfinite > 0) line = CellText::tr("%1 non-finite").arg(percent(double(s.nonfinite) / double(s.count)));
    return line;
}

QString spreadSummaryLine(const StatsSpread& s, const LayerStats& first) {
    if (first.nonfinite > 0) return summaryLine(first);
    QString line = CellText::tr("μ %1 · σ %2").arg(compact(s.mean.median), compact(s.std.median));
    line += "\n" + CellText::tr("σ %1 … %2").arg(compact(s.std.p5), compact(s.std.p95));
    if (s.saturated) line += "\n" + CellText::tr("saturated %1").arg(percent(s.saturated->median));
    if (s.dead) line += "\n" + CellText::tr("dead %1").arg(percent(s.dead->median));
    return line;
}

QString spreadTooltip(const StatsSpread& s, int seeds) {
    auto band = [](const Spread& x, bool share) {
        auto f = [share](double v) { return share ? percent(v) : compact(v); };
        return CellText::tr("%1 (5–95%: %2 … %3)").arg(f(x.median), f(x.p5), f(x.p95));
    };
    QString t = "<br><b>" + CellText::tr("Over %1 seeds (median):").arg(seeds) + "</b>";
    t += "<br>" + CellText::tr("mean %1").arg(band(s.mean, false));
    t += "<br>" + CellText::tr("std %1").arg(band(s.std, false));
    if (s.saturated) t += "<br>" + CellText::tr("saturated %1").arg(band(*s.saturated, true));
    if (s.dead) t += "<br>" + CellText::tr("dead %1").arg(band(*s.dead, true));
    return t;
}

bool hasWarning(const LayerStats& s) { return s.nonfinite > 0; }

QString rangeNote(const Histogram& h) {
    const double total = double(h.total());
    if (total <= 0) return QString();
    QStringList parts;
    if (h.below > 0) parts << CellText::tr("◂ %1 below").arg(percent(h.below / total));
    if (h.above > 0) parts << CellText::tr("%1 above ▸").arg(percent(h.above / total));
    return parts.join("\n");
}

void decorateCell(HistogramCell& cell, const LayerStats& s) {
    cell.rangeNote = rangeNote(cell.histogram);
    if (s.dead && *s.dead > 0 && s.count > 0) {
        cell.spikeCount = std::llround(*s.dead * double(s.count));
        cell.spikeAt = 0.0;
        cell.spikeLabel = CellText::tr("dead %1").arg(percent(*s.dead));
    }
}

QString statsTooltip(const QString& heading, const LayerStats& s, const Histogram& h) {
    QString t = "<b>" + heading.toHtmlEscaped() + "</b><br>";
    t += CellText::tr("%1 values").arg(s.count) + "<br>";
    t += CellText::tr("mean %1, std %2").arg(compact(s.mean), compact(s.std)) + "<br>";
    t += CellText::tr("min %1, max %2").arg(compact(s.min), compact(s.max)) + "<br>";
    if (s.percentiles.size() == 7) {
        t += CellText::tr("median %1; 5–95%: %2 … %3")
                 .arg(compact(s.percentiles[3]), compact(s.percentiles[1]), compact(s.percentiles[5])) +
             "<br>";
    }
    if (s.saturated) t += CellText::tr("saturated: %1").arg(percent(*s.saturated)) + "<br>";
    if (s.dead) t += CellText::tr("dead (exactly 0): %1").arg(percent(*s.dead)) + "<br>";
    t += CellText::tr("histogram: %1 bins on [%2, %3]").arg(h.bins()).arg(compact(h.lo), compact(h.hi));
    const double total = double(std::max<std::int64_t>(1, h.total()));
    if (h.below > 0) t += "<br>" + CellText::tr("below the range: %1").arg(percent(h.below / total));
    if (h.above > 0) t += "<br>" + CellText::tr("above the range: %1").arg(percent(h.above / total));
    if (h.nonfinite > 0) t += "<br><font color=#c00000>" + CellText::tr("non-finite (NaN/Inf): %1").arg(percent(h.nonfinite / total)) + "</font>";
    return t;
}

}  // namespace initscope::ui
