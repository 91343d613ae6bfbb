#include "plot_hover.h"

#include <QMouseEvent>
#include <QToolTip>
#include <qcustomplot.h>

namespace initscope::ui {

void showHoverText(QCustomPlot* plot, std::function<QString(const QPointF&)> text) {
    plot->setMouseTracking(true);
    QObject::connect(plot, &QCustomPlot::mouseMove, plot, [plot, text = std::move(text)](QMouseEvent* event) {
        const QString shown = text(event->position());
        if (shown.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(event->globalPosition().toPoint(), shown, plot);
        }
    });
}

}  // namespace initscope::ui
