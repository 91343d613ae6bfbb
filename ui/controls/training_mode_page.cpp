#include "training_mode_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace initscope::ui {

TrainingModePage::TrainingModePage(QWidget* comparePanel, QWidget* sweepPanel, QWidget* parent)
    : QWidget(parent), m_mode(new QComboBox), m_stack(new QStackedWidget) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QFormLayout;
    row->setContentsMargins(9, 6, 9, 0);
    row->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_mode->setObjectName("trainingMode");
    m_mode->addItem(tr("Compare initializers (fig. 6-15)"));
    m_mode->addItem(tr("Batch norm sweep (fig. 6-18, 6-19)"));
    m_mode->setToolTip(tr("What the Training tab trains: one network per initializer on MNIST, or the book's "
                          "network with and without batch normalization for a range of weight scales."));
    row->addRow(tr("Experiment"), m_mode);
    layout->addLayout(row);
    layout->addWidget(m_stack, 1);
    m_stack->addWidget(comparePanel);
    m_stack->addWidget(sweepPanel);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        emit modeChanged(Mode(index));
    });
}

TrainingModePage::Mode TrainingModePage::mode() const { return Mode(m_mode->currentIndex()); }
void TrainingModePage::setMode(Mode mode) { m_mode->setCurrentIndex(int(mode)); }

}  // namespace initscope::ui
