#pragma once

#include <QPointF>
#include <QString>
#include <functional>

class QCustomPlot;

namespace initscope::ui {

// Hovering `plot` shows `text(position)` as a tooltip where it is not empty (the numbers under the
// pointer), and hides it elsewhere.
void showHoverText(QCustomPlot* plot, std::function<QString(const QPointF&)> text);

}  // namespace initscope::ui
