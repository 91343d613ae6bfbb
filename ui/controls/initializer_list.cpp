#include "initializer_list.h"
#include "engine_text.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QSlider>
#include <cmath>

#include "nn/initializer.h"
#include "palette.h"

namespace initscope::ui {
namespace {
constexpr int kSliderSteps = 1000;
// σ = 10^(−3 + 4·v/1000): 0.001 … 10 on a logarithmic scale.
double sigmaOf(int v) { return std::pow(10.0, -3.0 + 4.0 * v / kSliderSteps); }
int sliderOf(double sigma) { return static_cast<int>(std::lround((std::log10(sigma) + 3.0) / 4.0 * kSliderSteps)); }
QString customSpec(double sigma) { return "std=" + QString::fromStdString(formatNumber(sigma, 3)); }
constexpr int kExtraRole = Qt::UserRole + 1;  // a row added for a spec outside the named list
}  // namespace

InitializerList::InitializerList(QWidget* parent)
    : QGroupBox(tr("Initializers"), parent),
      m_list(new QListWidget),
      m_customEnabled(new QCheckBox(tr("Custom σ"))),
      m_customSlider(new QSlider(Qt::Horizontal)),
      m_customValue(new QLabel) {
    auto* layout = new QGridLayout(this);
    m_list->setObjectName("initializers");
    m_customEnabled->setObjectName("customEnabled");
    m_customSlider->setObjectName("customSigma");
    layout->addWidget(m_list, 0, 0, 1, 3);
    layout->addWidget(m_customEnabled, 1, 0);
    layout->addWidget(m_customSlider, 1, 1);
    layout->addWidget(m_customValue, 1, 2);
    m_list->setToolTip(tr("Tick the initializers to compare: one row of histograms each."));
    for (const std::string& spec : namedInitializerSpecs()) {
        const QString s = QString::fromStdString(spec);
        addSpec(s, s == "std=1" || s == "std=0.01" || s == "xavier" || s == "he");
    }
    m_list->setMinimumHeight(m_list->sizeHintForRow(0) * 6);
    m_customSlider->setRange(0, kSliderSteps);
    m_customSlider->setValue(sliderOf(0.05));
    m_customSlider->setToolTip(tr("σ of a normal N(0, σ²) initializer, from 0.001 to 10 on a logarithmic "
                                  "scale. The plots follow while you drag."));
    m_customEnabled->setToolTip(tr("Add a row for a normal initializer with the σ chosen on the slider."));
    m_customValue->setMinimumWidth(m_customValue->fontMetrics().horizontalAdvance("σ = 0.0000") + 4);
    updateCustomLabel();
    updateTooltips();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) m_order << m_list->item(i);
    }
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) emit currentSpecChanged(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        // itemChanged also fires for a new tooltip: only a change of the tick counts.
        const bool checked = item->checkState() == Qt::Checked;
        if (checked == m_order.contains(item)) return;
        if (checked) {
            m_order << item;  // a newly ticked row comes last
        } else {
            m_order.removeAll(item);
        }
        emit changed();
    });
    connect(m_customEnabled, &QCheckBox::toggled, this, &InitializerList::changed);
    connect(m_customSlider, &QSlider::valueChanged, this, [this] {
        updateCustomLabel();
        if (m_customEnabled->isChecked()) emit changed();
    });
}

QString InitializerList::currentSpec() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void InitializerList::addSpec(const QString& spec, bool checked) {
    const auto init = makeInitializer(spec.toStdString());
    auto* item = new QListWidgetItem(initializerName(init->spec()), m_list);
    item->setData(Qt::UserRole, spec);
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    QPixmap swatch(12, 12);
    swatch.fill(initializerColor(spec));
    item->setIcon(QIcon(swatch));
}

QStringList InitializerList::checkedSpecs() const {
    QStringList specs;
    for (const QListWidgetItem* item : m_order) {
        if (item->checkState() == Qt::Checked) specs << item->data(Qt::UserRole).toString();
    }
    if (m_customEnabled->isChecked()) {
        const QString spec = customSpec(customSigma());
        if (!specs.contains(spec)) specs << spec;
    }
    return specs;
}

void InitializerList::setCheckedSpecs(const QStringList& specs) {
    const QSignalBlocker block(m_list);
    const QSignalBlocker blockCustom(m_customEnabled);
    // Rows added for earlier files' own specs ("std=0.3", "uniform=0.05") go; the named ones stay,
    // in their place.
    m_order.clear();
    for (int i = m_list->count() - 1; i >= 0; --i) {
        if (m_list->item(i)->data(kExtraRole).toBool()) delete m_list->takeItem(i);
    }
    for (int i = 0; i < m_list->count(); ++i) m_list->item(i)->setCheckState(Qt::Unchecked);
    m_customEnabled->setChecked(false);
    for (const QString& spec : specs) {
        QListWidgetItem* found = nullptr;
        for (int i = 0; i < m_list->count() && !found; ++i) {
            QListWidgetItem* item = m_list->item(i);
            if (item->data(Qt::UserRole).toString() == spec && !m_order.contains(item)) found = item;
        }
        if (!found) {  // a spec of the file's own, or the same one twice: a row of its own, at the end
            try {
                addSpec(spec, true);
            } catch (...) {
                continue;  // validated before it gets here; never half-apply a bad spec
            }
            found = m_list->item(m_list->count() - 1);
            found->setData(kExtraRole, true);
        }
        found->setCheckState(Qt::Checked);
        m_order << found;
    }
    updateCustomLabel();
    updateTooltips();
    emit changed();
}

double InitializerList::customSigma() const {
    return QString::fromStdString(formatNumber(sigmaOf(m_customSlider->value()), 3)).toDouble();
}

void InitializerList::setFans(int fanIn, int fanOut) {
    m_fanIn = fanIn;
    m_fanOut = fanOut;
    updateTooltips();
}

void InitializerList::updateCustomLabel() {
    m_customValue->setText(tr("σ = %1").arg(QString::fromStdString(formatNumber(customSigma(), 3))));
}

void InitializerList::updateTooltips() {
    for (int i = 0; i < m_list->count(); ++i) {
        const auto init = makeInitializer(m_list->item(i)->data(Qt::UserRole).toString().toStdString());
        m_list->item(i)->setToolTip(tr("%1\nfor a layer of %2 → %3 units: %4")
                                        .arg(initializerFormula(*init))
                                        .arg(m_fanIn)
                                        .arg(m_fanOut)
                                        .arg(initializerDescription(*init, m_fanIn, m_fanOut)));
    }
}

}  // namespace initscope::ui
