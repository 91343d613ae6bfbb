#include "palette.h"

#include <algorithm>
#include <cmath>

#include <QHash>

#include "nn/initializer.h"

namespace initscope::ui {

QColor initializerColor(const QString& spec) {
    static const QHash<QString, QColor> kColors = {
        {"std=1", QColor(0xD5, 0x5E, 0x00)},           // vermillion
        {"std=0.01", QColor(0x56, 0xB4, 0xE9)},        // sky blue
        {"xavier", QColor(0x00, 0x9E, 0x73)},          // bluish green
        {"he", QColor(0xE6, 0x9F, 0x00)},              // orange
        {"glorot-normal", QColor(0x00, 0x72, 0xB2)},   // blue
        {"glorot-uniform", QColor(0xCC, 0x79, 0xA7)},  // reddish purple
        {"he-uniform", QColor(0xB8, 0xA8, 0x00)},      // Okabe–Ito yellow, darkened to read on white
        {"lecun-normal", QColor(0x33, 0x33, 0x33)},    // near black
        {"lecun-uniform", QColor(0x88, 0x22, 0x55)},   // Tol wine
        {"orthogonal", QColor(0x44, 0xAA, 0x99)},      // Tol teal
        {"lsuv", QColor(0xAA, 0x33, 0x77)},            // Tol purple
        {"zeros", QColor(0x99, 0x99, 0x99)},           // grey
    };
    QString canonical = spec;
    try {
        canonical = QString::fromStdString(makeInitializer(spec.toStdString())->spec());
    } catch (...) {
    }
    if (auto it = kColors.find(canonical); it != kColors.end()) return *it;
    if (canonical.startsWith("orthogonal")) return kColors.value("orthogonal");
    return QColor(0x33, 0x22, 0x88);  // Tol indigo: custom σ and other parametrised specs
}

QColor batchNormColor() { return QColor(0x00, 0x72, 0xB2); }  // Okabe–Ito blue
QColor plainNetworkColor() { return QColor(0xD5, 0x5E, 0x00); }  // Okabe–Ito vermillion

QColor viridis(double t) {
    // Nine stops of matplotlib's viridis, linearly interpolated (ΔE between neighbours < 2).
    static constexpr int kStops[9][3] = {{68, 1, 84},    {71, 44, 122},  {59, 81, 139},   {44, 113, 142}, {33, 144, 141},
                                         {39, 173, 129}, {92, 200, 99},  {170, 220, 50},  {253, 231, 37}};
    const double x = std::clamp(t, 0.0, 1.0) * 8.0;
    const int i = std::min(7, static_cast<int>(x));
    const double f = x - i;
    auto mix = [&](int c) { return static_cast<int>(std::lround(kStops[i][c] + f * (kStops[i + 1][c] - kStops[i][c]))); };
    return QColor(mix(0), mix(1), mix(2));
}

QColor layerColor(int layer, int layers) { return viridis(layers <= 1 ? 0.0 : 0.85 * layer / (layers - 1)); }

QColor faint(const QColor& color, int alpha) {
    QColor c = color;
    c.setAlpha(alpha);
    return c;
}

}  // namespace initscope::ui
