#pragma once

#include <QDialog>

class QComboBox;
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

private:
    void browse();
    QLineEdit* m_path;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_scale;
};

}  // namespace initscope::ui
