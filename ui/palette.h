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
// Viridis (perceptually uniform, colour-blind safe, prints in grey): t in [0, 1], dark violet to
// yellow. For layer colours (layer 1 … L) and heat maps.
QColor viridis(double t);
// Layer `layer` (0-based) of `layers`, along viridis but short of its pale yellow end, which
// vanishes on white.
QColor layerColor(int layer, int layers);
// A lighter, translucent variant for raw (unsmoothed) curves and bar fills.
QColor faint(const QColor& color, int alpha);

}  // namespace initscope::ui
