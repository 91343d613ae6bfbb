#include "export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace initscope::ui {

ExportDialog::ExportDialog(const QString& title, const QString& suggestedPath, QSize naturalSize, QWidget* parent)
    : QDialog(parent), m_path(new QLineEdit(suggestedPath)), m_width(new QSpinBox), m_height(new QSpinBox),
      m_scale(new QComboBox) {
    setWindowTitle(title);
    auto* form = new QFormLayout(this);
    auto* pathRow = new QHBoxLayout;
    auto* browse = new QPushButton(tr("Browse…"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_path->setToolTip(tr("The file's extension picks the format: .png, .svg or .pdf."));
    form->addRow(tr("File"), pathRow);
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(100, 20000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(naturalSize.width());
    m_height->setValue(naturalSize.height());
    m_width->setToolTip(tr("Width of the figure in logical pixels (points in a PDF)."));
    m_height->setToolTip(tr("Height of the figure in logical pixels (points in a PDF)."));
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Height"), m_height);
    m_scale->addItem(tr("1× (screen)"), 1.0);
    m_scale->addItem(tr("2× (sharp on slides and HiDPI)"), 2.0);
    m_scale->addItem(tr("3× (print)"), 3.0);
    m_scale->setCurrentIndex(1);
    m_scale->setToolTip(tr("PNG pixel density: a 2× image has twice the pixels in each direction."));
    form->addRow(tr("PNG scale"), m_scale);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
}

void ExportDialog::browse() {
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!path.isEmpty()) m_path->setText(path);
}

QString ExportDialog::path() const { return m_path->text().trimmed(); }
QSize ExportDialog::size() const { return QSize(m_width->value(), m_height->value()); }
double ExportDialog::scale() const { return m_scale->currentData().toDouble(); }

}  // namespace initscope::ui
