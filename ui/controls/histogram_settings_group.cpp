#include "histogram_settings_group.h"

#include <QCheckBox>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>

#include "experiments/activations.h"
#include "number_box.h"

#include <limits>

namespace initscope::ui {
namespace {
enum RangeMode { Automatic, Book, Custom };
}

HistogramSettingsGroup::HistogramSettingsGroup(bool withRange, QWidget* parent)
    : QGroupBox(tr("Histograms"), parent), m_bins(new QSpinBox), m_yScale(new QComboBox), m_yShare(new QComboBox) {
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // a narrow panel puts a wide field under its label
    m_bins->setRange(1, kMaxBins);
    m_bins->setKeyboardTracking(false);
    m_bins->setToolTip(tr("Number of equal-width bins (the book uses 30)."));
    form->addRow(tr("Bins"), m_bins);
    if (withRange) {
        m_rangeMode = new QComboBox;
        m_rangeMode->addItem(tr("Automatic (per activation)"), Automatic);
        m_rangeMode->addItem(tr("Book: (0, 1)"), Book);
        m_rangeMode->addItem(tr("Custom"), Custom);
        m_rangeMode->setToolTip(tr("Automatic: (0, 1) for sigmoid, (−1, 1) for tanh, the data's range "
                                   "otherwise. The book's (0, 1) hides tanh's negative half. Values "
                                   "outside the range are counted separately (see a cell's tooltip)."));
        form->addRow(tr("Range"), m_rangeMode);
        m_lo = new NumberBox;
        m_hi = new NumberBox;
        auto* row = new QHBoxLayout;
        for (QDoubleSpinBox* box : {m_lo, m_hi}) {
            // Every finite bound an experiment file may hold.
            box->setRange(-std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
            box->setSingleStep(0.1);
            box->setKeyboardTracking(false);
            row->addWidget(box);
            connect(box, &QDoubleSpinBox::valueChanged, this, &HistogramSettingsGroup::changed);
        }
        m_lo->setToolTip(tr("Low end of a custom range."));
        m_hi->setToolTip(tr("High end of a custom range (must be above the low end)."));
        m_lo->setValue(0.0);
        m_hi->setValue(1.0);
        form->addRow(tr("Custom range"), row);
        connect(m_rangeMode, &QComboBox::currentIndexChanged, this, [this] {
            updateRangeEnabled();
            emit changed();
        });
        updateRangeEnabled();
    }
    m_yScale->addItem(tr("Linear"));
    m_yScale->addItem(tr("Logarithmic"));
    m_yScale->setToolTip(tr("A logarithmic count axis shows the thin tails next to a tall peak."));
    m_yShare->addItem(tr("Shared across a row"));
    m_yShare->addItem(tr("Per cell"));
    m_yShare->setToolTip(tr("Shared: one count scale per initializer, so layers compare directly "
                            "(y labels on the first cell, as the book draws it). Per cell: each "
                            "histogram fills its own plot."));
    form->addRow(tr("Y axis"), m_yScale);
    form->addRow(tr("Y scale"), m_yShare);
    m_xShare = new QComboBox;
    m_xShare->addItem(tr("Per cell"), int(HistogramGridOptions::XScale::PerCell));
    m_xShare->addItem(tr("Shared across a row"), int(HistogramGridOptions::XScale::PerRow));
    m_xShare->addItem(tr("Shared by all cells"), int(HistogramGridOptions::XScale::Grid));
    m_xShare->setToolTip(tr("Per cell: each histogram spans its own values. Shared: one x range for a "
                            "row or for every cell, so a layer whose values are 1000 times smaller "
                            "looks 1000 times narrower — how vanishing gradients look."));
    m_xShare->setCurrentIndex(withRange ? 0 : 2);  // gradients (training): shared by default
    form->addRow(tr("X scale"), m_xShare);
    connect(m_xShare, &QComboBox::currentIndexChanged, this, &HistogramSettingsGroup::displayChanged);
    if (withRange) {
        m_theory = new QCheckBox(tr("Theory"));
        m_theory->setObjectName("theory");
        m_theory->setToolTip(tr("Draw mean-field theory's prediction on every histogram (a thin dark curve, and "
                                "its mean ± standard deviation as a bar with three dots) and as dashed lines in "
                                "the depth profile."));
        form->addRow(QString(), m_theory);
        connect(m_theory, &QCheckBox::toggled, this, &HistogramSettingsGroup::displayChanged);
    }
    connect(m_bins, &QSpinBox::valueChanged, this, &HistogramSettingsGroup::changed);
    connect(m_yScale, &QComboBox::currentIndexChanged, this, &HistogramSettingsGroup::displayChanged);
    connect(m_yShare, &QComboBox::currentIndexChanged, this, &HistogramSettingsGroup::displayChanged);
}

void HistogramSettingsGroup::updateRangeEnabled() {
    const bool custom = m_rangeMode->currentData().toInt() == Custom;
    m_lo->setEnabled(custom);
    m_hi->setEnabled(custom);
}

int HistogramSettingsGroup::bins() const { return m_bins->value(); }
void HistogramSettingsGroup::setBins(int bins) { m_bins->setValue(bins); }

HistogramRange HistogramSettingsGroup::range() const {
    if (!m_rangeMode) return {true, 0.0, 1.0};
    switch (m_rangeMode->currentData().toInt()) {
        case Automatic:
            return {true, 0.0, 1.0};
        case Book:
            return {false, 0.0, 1.0};
        default:
            return {false, m_lo->value(), m_hi->value()};
    }
}

void HistogramSettingsGroup::setRange(const HistogramRange& r) {
    if (!m_rangeMode) return;
    const QSignalBlocker block(m_rangeMode);
    if (r.automatic) {
        m_rangeMode->setCurrentIndex(m_rangeMode->findData(Automatic));
    } else if (r.lo == 0.0 && r.hi == 1.0) {
        m_rangeMode->setCurrentIndex(m_rangeMode->findData(Book));
    } else {
        const QSignalBlocker blockLo(m_lo), blockHi(m_hi);
        m_lo->setValue(r.lo);
        m_hi->setValue(r.hi);
        m_rangeMode->setCurrentIndex(m_rangeMode->findData(Custom));
    }
    updateRangeEnabled();
    emit changed();
}

HistogramGridOptions HistogramSettingsGroup::gridOptions() const {
    HistogramGridOptions o;
    o.logY = m_yScale->currentIndex() == 1;
    o.shareRowScale = m_yShare->currentIndex() == 0;
    o.xScale = HistogramGridOptions::XScale(m_xShare->currentData().toInt());
    o.theory = m_theory && m_theory->isChecked();
    return o;
}

void HistogramSettingsGroup::setGridOptions(const HistogramGridOptions& o) {
    m_yScale->setCurrentIndex(o.logY ? 1 : 0);
    m_yShare->setCurrentIndex(o.shareRowScale ? 0 : 1);
    m_xShare->setCurrentIndex(m_xShare->findData(int(o.xScale)));
    if (m_theory) m_theory->setChecked(o.theory);
}

}  // namespace initscope::ui
