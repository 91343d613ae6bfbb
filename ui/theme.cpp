#include "theme.h"

#include <qcustomplot.h>

namespace initscope::ui {

namespace {
// The view's own value is kept as the object's "base"; what the theme last set as "set". A value
// that differs from "set" was changed by the view since: it becomes the new base.
QFont themedFont(QObject* o, const char* key, const QFont& current, double scale) {
    const QByteArray baseKey = QByteArray("themeBase") + key, setKey = QByteArray("themeSet") + key;
    const QVariant set = o->property(setKey);
    QFont base = current;
    if (set.isValid() && set.value<QFont>() == current) base = o->property(baseKey).value<QFont>();
    QFont result = base;
    if (base.pointSizeF() > 0) {
        result.setPointSizeF(base.pointSizeF() * scale);
    } else if (base.pixelSize() > 0) {
        result.setPixelSize(qRound(base.pixelSize() * scale));
    }
    o->setProperty(baseKey, base);
    o->setProperty(setKey, result);
    return result;
}

QPen themedPen(QObject* o, const char* key, const QPen& current, double scale) {
    if (current.style() == Qt::NoPen) return current;
    const QByteArray baseKey = QByteArray("themeBase") + key, setKey = QByteArray("themeSet") + key;
    const QVariant set = o->property(setKey);
    double base = current.widthF() > 0 ? current.widthF() : 1.0;  // a cosmetic pen is 1 px
    if (set.isValid() && set.toDouble() == current.widthF()) base = o->property(baseKey).toDouble();
    QPen result = current;
    result.setWidthF(base * scale);
    o->setProperty(baseKey, base);
    o->setProperty(setKey, result.widthF());
    return result;
}

void themeAxis(QCPAxis* a, double scale, bool contrast) {
    a->setTickLabelFont(themedFont(a, "TickFont", a->tickLabelFont(), scale));
    a->setLabelFont(themedFont(a, "LabelFont", a->labelFont(), scale));
    a->setBasePen(themedPen(a, "BasePen", a->basePen(), scale));
    a->setTickPen(themedPen(a, "TickPen", a->tickPen(), scale));
    a->setSubTickPen(themedPen(a, "SubTickPen", a->subTickPen(), scale));
    // Larger labels need fewer of them (a fixed step or named ticks are the view's own choice).
    if (const auto ticker = a->ticker(); ticker && !qSharedPointerDynamicCast<QCPAxisTickerFixed>(ticker) &&
                                         !qSharedPointerDynamicCast<QCPAxisTickerText>(ticker)) {
        const QVariant set = a->property("themeSetTicks");
        int base = ticker->tickCount();
        if (set.isValid() && set.toInt() == ticker->tickCount()) base = a->property("themeBaseTicks").toInt();
        const int count = std::max(2, int(std::lround(base / scale)));
        ticker->setTickCount(count);
        a->setProperty("themeBaseTicks", base);
        a->setProperty("themeSetTicks", count);
    }
    if (QCPGrid* g = a->grid()) {
        QPen pen = g->pen();
        if (contrast) pen.setColor(QColor(0x90, 0x90, 0x90));
        else if (pen.color() == QColor(0x90, 0x90, 0x90)) pen.setColor(QColor(200, 200, 200));  // QCustomPlot's default
        g->setPen(pen);
    }
}
}  // namespace

Theme& Theme::instance() {
    static Theme theme;
    return theme;
}

void Theme::setPresentation(bool on) {
    if (on == m_presentation) return;
    m_presentation = on;
    std::erase_if(m_plots, [](const QPointer<QCustomPlot>& p) { return p.isNull(); });
    for (const auto& p : m_plots) p->replot(QCustomPlot::rpQueuedReplot);
    emit changed(on);
}

void Theme::attach(QCustomPlot* plot) {
    if (!plot || plot->property("themeExempt").toBool() || std::any_of(m_plots.begin(), m_plots.end(), [&](const QPointer<QCustomPlot>& p) { return p == plot; })) return;
    m_plots.emplace_back(plot);
    connect(plot, &QCustomPlot::beforeReplot, plot, [plot] {
        const Theme& t = Theme::instance();
        // Never presented: nothing to set (the normal size costs nothing per replot). Once
        // presented, one pass back at 1× restores the views' own sizes.
        const double applied = plot->property("themeScale").isValid() ? plot->property("themeScale").toDouble() : 1.0;
        if (t.scale() == 1.0 && applied == 1.0) return;
        apply(plot, t.scale(), t.presentation());
        plot->setProperty("themeScale", t.scale());
    });
}

void Theme::apply(QCustomPlot* plot, double scale, bool contrast) {
    for (QCPAxisRect* rect : plot->axisRects()) {
        for (QCPAxis* axis : rect->axes()) themeAxis(axis, scale, contrast);
    }
    for (QCPLayoutElement* e : plot->plotLayout()->elements(true)) {
        if (!e) continue;  // an empty cell of a layout grid
        if (auto* text = qobject_cast<QCPTextElement*>(e)) {
            text->setFont(themedFont(text, "Font", text->font(), scale));
        } else if (auto* legend = qobject_cast<QCPLegend*>(e)) {
            const QFont f = themedFont(legend, "Font", legend->font(), scale);
            legend->setFont(f);
            // Items take the legend's (new items are born with the scaled font: not scaled again).
            for (int i = 0; i < legend->itemCount(); ++i) {
                if (QCPAbstractLegendItem* item = legend->item(i)) item->setFont(f);  // (empty cells are null)
            }
            legend->setIconSize(QSize(qRound(32 * scale), qRound(18 * scale)));
        } else if (auto* colorScale = qobject_cast<QCPColorScale*>(e)) {
            themeAxis(colorScale->axis(), scale, contrast);
        }
    }
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot->plottable(i);
        p->setPen(themedPen(p, "Pen", p->pen(), scale));
    }
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem* item = plot->item(i);
        if (auto* text = qobject_cast<QCPItemText*>(item)) {
            text->setFont(themedFont(text, "Font", text->font(), scale));
        } else if (auto* line = qobject_cast<QCPItemStraightLine*>(item)) {
            line->setPen(themedPen(line, "Pen", line->pen(), scale));
        } else if (auto* segment = qobject_cast<QCPItemLine*>(item)) {
            segment->setPen(themedPen(segment, "Pen", segment->pen(), scale));
        }
    }
}

}  // namespace initscope::ui
