#pragma once

#include <QColor>
#include <QString>

namespace initscope::ui {

// One colour per initializer, the same in every plot: the colour-blind-safe Okabe–Ito palette for
// the book's four and the common ones, extended with Paul Tol's muted colours for the rest.
QColor initializerColor(const QString& spec);
// The batch-normalization experiment's two networks: with BatchNorm (drawn solid) and without
// (dashed), as the book draws figure 6-19.
QColor batchNormColor();
QColor plainNetworkColor();
// A lighter, translucent variant for raw (unsmoothed) curves and bar fills.
QColor faint(const QColor& color, int alpha);

}  // namespace initscope::ui
