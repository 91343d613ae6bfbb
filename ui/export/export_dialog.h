#pragma once

#include <QDialog>

#include "figure_export.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace initscope::ui {

// Asks where to save a figure and at which size and scale (PNG 1×, 2×, 3×; SVG and PDF are vector).
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString& title, const QString& suggestedPath, QSize naturalSize, QWidget* parent = nullptr);
    QString path() const;
    QSize size() const;
    double scale() const;
    PrintSize printSize() const;  // not set unless "Size for print" is ticked

private:
    void browse();
    QLineEdit* m_path;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_scale;
    QCheckBox* m_print;
    QDoubleSpinBox* m_widthCm;
    QDoubleSpinBox* m_fontPt;
};

// A full path for an exported file: the user's pictures (or documents) folder, a descriptive
// name: "initscope-fig6-14-relu-2026-11-30.png".
QString suggestedExportPath(const QString& subject, const QString& extension);

}  // namespace initscope::ui
