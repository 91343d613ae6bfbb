#include "network_shape_group.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSpinBox>

#include "experiments/activations.h"
#include "number_box.h"

namespace initscope::ui {

NetworkShapeGroup::NetworkShapeGroup(bool withSamples, QWidget* parent)
    : QGroupBox(withSamples ? tr("Network") : tr("Hidden layers"), parent),
      m_depth(new QSpinBox),
      m_width(new QSpinBox),
      m_seed(new SeedEdit),
      m_bias(new QCheckBox(tr("Biases (zero-initialized)"))) {
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // a narrow panel puts a wide field under its label
    m_depth->setObjectName("depth");
    m_width->setObjectName("width");
    m_seed->setObjectName("seed");
    m_bias->setObjectName("bias");
    m_depth->setRange(1, kMaxDepth);
    m_depth->setToolTip(tr("Number of hidden layers (1–%1). Each gets its own histogram column.").arg(kMaxDepth));
    m_width->setRange(1, kMaxWidth);
    m_width->setToolTip(tr("Units per hidden layer (1–%1): n_in and n_out of every square layer.").arg(kMaxWidth));
    form->addRow(tr("Depth"), m_depth);
    form->addRow(tr("Width"), m_width);
    if (withSamples) {
        m_samples = new QSpinBox;
        m_samples->setRange(1, kMaxSamples);
        m_samples->setSingleStep(100);
        m_samples->setToolTip(tr("Rows of the N(0, 1) input. Every layer's histogram counts samples × width values."));
        form->addRow(tr("Input samples"), m_samples);
        connect(m_samples, &QSpinBox::valueChanged, this, &NetworkShapeGroup::changed);
    }
    m_seed->setToolTip(tr("Seed of the random numbers: the same seed gives the same input, weights and batches."));
    form->addRow(tr("Seed"), m_seed);
    m_bias->setToolTip(tr("Add a bias to every layer. Biases start at zero, so they change nothing at "
                          "initialization; in training they are learned."));
    form->addRow(m_bias);
    connect(m_seed, &SeedEdit::changed, this, &NetworkShapeGroup::changed);
    for (QSpinBox* box : {m_depth, m_width}) {
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, &NetworkShapeGroup::changed);
    }
    if (m_samples) m_samples->setKeyboardTracking(false);
    connect(m_bias, &QCheckBox::toggled, this, &NetworkShapeGroup::changed);
}

int NetworkShapeGroup::depth() const { return m_depth->value(); }
int NetworkShapeGroup::width() const { return m_width->value(); }
int NetworkShapeGroup::samples() const { return m_samples ? m_samples->value() : 0; }
bool NetworkShapeGroup::bias() const { return m_bias->isChecked(); }
quint64 NetworkShapeGroup::seed() const { return m_seed->seed(); }
void NetworkShapeGroup::setDepth(int v) { m_depth->setValue(v); }
void NetworkShapeGroup::setWidth(int v) { m_width->setValue(v); }
void NetworkShapeGroup::setSamples(int v) {
    if (m_samples) m_samples->setValue(v);
}
void NetworkShapeGroup::setBias(bool v) { m_bias->setChecked(v); }
void NetworkShapeGroup::setSeed(quint64 v) { m_seed->setSeed(v); }

}  // namespace initscope::ui
