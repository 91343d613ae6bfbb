#pragma once

#include <QString>

#include "stats/histogram.h"
#include "stats/spread.h"

namespace initscope::ui {

// "μ 0.499 · σ 0.206", then "saturated 0.0%" or "dead 50%" on a second line: the text under a
// histogram.
QString summaryLine(const LayerStats& stats);
// Several lines of detail for a histogram's tooltip.
QString statsTooltip(const QString& heading, const LayerStats& stats, const Histogram& histogram);
// A repeated run's summary: the medians over the seeds ("μ 0.499 · σ 0.206"), the 5–95 % band
// of σ ("σ 0.19 … 0.22") and the median saturated or dead share; non-finite values of the shown
// (first) seed as in summaryLine.
QString spreadSummaryLine(const StatsSpread& spread, const LayerStats& first);
// The tooltip's lines on the spread: median and 5–95 % band of each statistic over `seeds`.
QString spreadTooltip(const StatsSpread& spread, int seeds);
// True when a layer has non-finite values, which the cell highlights.
bool hasWarning(const LayerStats& stats);
// "◂ 50% below", "3% above ▸" (both, one per line): what a cell's range leaves out, for its face.
QString rangeNote(const Histogram& histogram);

// Fills what a cell shows besides its bars, from its layer's statistics: the note on values the
// range leaves out, and dead units (exact zeros) as a point mass of their own.
struct HistogramCell;
void decorateCell(HistogramCell& cell, const LayerStats& stats);

// Compact number for labels: 3 significant digits, scientific when tiny or huge ("2.6e-4", "1.2e5").
QString compact(double value);

}  // namespace initscope::ui
