#include "activation_chooser.h"
#include "engine_text.h"

#include <QComboBox>
#include <QVBoxLayout>

#include "nn/activation.h"

namespace initscope::ui {

ActivationChooser::ActivationChooser(QWidget* parent) : QGroupBox(tr("Activation"), parent), m_combo(new QComboBox) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_combo);
    m_combo->setObjectName("activation");
    for (const Activation* a : allActivations()) {
        m_combo->addItem(activationName(a->name()),
                         QString::fromUtf8(a->name().data(), int(a->name().size())));
        const int i = m_combo->count() - 1;
        m_combo->setItemData(i,
                             tr("%1\nRecommended gain: %2")
                                 .arg(QString::fromUtf8(a->formula().data(), int(a->formula().size())),
                                      QString::fromUtf8(a->gainFormula().data(), int(a->gainFormula().size()))),
                             Qt::ToolTipRole);
    }
    m_combo->setToolTip(tr("The non-linearity applied after every layer. Sigmoid and tanh saturate; "
                           "ReLU units can die."));
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ActivationChooser::changed);
}

QString ActivationChooser::activation() const { return m_combo->currentData().toString(); }

void ActivationChooser::setActivation(const QString& name) {
    const int i = m_combo->findData(name);
    if (i >= 0) m_combo->setCurrentIndex(i);
}

}  // namespace initscope::ui
