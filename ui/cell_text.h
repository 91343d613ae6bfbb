#pragma once

#include <QString>

#include "stats/histogram.h"

namespace initscope::ui {

// "μ 0.499 · σ 0.206", then "saturated 0.0%" or "dead 50%" on a second line: the text under a
// histogram.
QString summaryLine(const LayerStats& stats);
// Several lines of detail for a histogram's tooltip.
QString statsTooltip(const QString& heading, const LayerStats& stats, const Histogram& histogram);
// True when a layer has non-finite values, which the cell highlights.
bool hasWarning(const LayerStats& stats);
// "◂ 50% below", "3% above ▸" (both, one per line): what a cell's range leaves out, for its face.
QString rangeNote(const Histogram& histogram);

// Fills what a cell shows besides its bars, from its layer's statistics: the note on values the
// range leaves out, and dead units (exact zeros) as a point mass of their own.
struct HistogramCell;
void decorateCell(HistogramCell& cell, const LayerStats& stats);

// Compact number for labels: 3 significant digits, scientific when tiny or huge.
QString compact(double value);

}  // namespace initscope::ui
