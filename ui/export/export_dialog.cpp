#include "export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QRegularExpression>
#include <QStandardPaths>

#include "io/figure_renderer.h"
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
    // For handouts: a physical width and a text size in points (PDF and SVG exactly that size,
    // PNG at 300 dpi). The default fits a column of A4 or Letter text at 10 pt.
    m_print = new QCheckBox(tr("Size for print"));
    m_print->setObjectName("printSize");
    m_print->setToolTip(tr("Draw the figure at a physical width with text of a given size, for a handout or a paper."));
    auto printBox = [](const char* name, double lo, double hi, const QString& suffix, double value, const QString& tip) {
        auto* box = new QDoubleSpinBox;
        box->setObjectName(name);
        box->setRange(lo, hi);
        box->setDecimals(1);
        box->setSuffix(suffix);
        box->setValue(value);
        box->setToolTip(tip);
        return box;
    };
    m_widthCm = printBox("printWidthCm", 2.0, 200.0, tr(" cm"), kPrintWidthCm,
                         tr("Width on paper (16 cm: a column of A4 or Letter text; 8 cm: one of two columns)."));
    m_fontPt = printBox("printFontPt", 4.0, 72.0, tr(" pt"), kPrintFontPt, tr("Size of the figure's text on paper."));
    form->addRow(m_print);
    form->addRow(tr("Width on paper"), m_widthCm);
    form->addRow(tr("Text size"), m_fontPt);
    auto updatePrint = [this] {
        const bool print = m_print->isChecked();
        m_widthCm->setEnabled(print);
        m_fontPt->setEnabled(print);
        m_width->setEnabled(!print);
        m_height->setEnabled(!print);
    };
    connect(m_print, &QCheckBox::toggled, this, updatePrint);
    updatePrint();
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

PrintSize ExportDialog::printSize() const {
    if (!m_print->isChecked()) return {};
    return {m_widthCm->value(), m_fontPt->value()};
}

QString suggestedExportPath(const QString& subject, const QString& extension) {
    // The user's pictures folder (else documents, else home), a name that says what and when.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QDir(folder).exists()) folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists()) folder = QDir::homePath();
    QString name = subject.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9.=]+")), QStringLiteral("-"));
    name = name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return QDir(folder).filePath(QStringLiteral("initscope-%1-%2.%3")
                                     .arg(name, QDate::currentDate().toString(Qt::ISODate), extension));
}

}  // namespace initscope::ui
