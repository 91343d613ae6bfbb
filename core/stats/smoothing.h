#pragma once

#include <vector>

namespace initscope {

// The book's smooth_curve: a Kaiser window (β = 2, 11 points by default), normalised, convolved
// with the series mirrored at both ends. Unlike the book's version, which returns one point fewer
// than it is given, the output keeps the input's length. window ≤ 1 copies; even windows grow by 1.
std::vector<double> smoothCurve(const std::vector<double>& values, int window = 11,
                                double beta = 2.0);

// Recomputes y[from…n) of smoothCurve(x) in place after x grew (y is resized to x's length): only
// the last window/2 old points depend on new values, so live curves cost O(new points).
void smoothCurveTail(const std::vector<double>& x, std::vector<double>& y, std::size_t from,
                     int window = 11, double beta = 2.0);

}  // namespace initscope
