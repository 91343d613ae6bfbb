#include "palette.h"

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

QColor faint(const QColor& color, int alpha) {
    QColor c = color;
    c.setAlpha(alpha);
    return c;
}

}  // namespace initscope::ui
