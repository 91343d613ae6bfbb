#include "network_shape_group.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include "common/errors.h"
#include "experiments/activations.h"
#include "nn/network.h"
#include "number_box.h"

namespace initscope::ui {

namespace {
QString seedCount(int n) { return n == 1 ? NetworkShapeGroup::tr("1 seed") : NetworkShapeGroup::tr("%1 seeds").arg(n); }
}  // namespace

NetworkShapeGroup::NetworkShapeGroup(bool withSamples, QWidget* parent)
    : QGroupBox(withSamples ? tr("Network") : tr("Hidden layers"), parent),
      m_hidden(5, 100),
      m_depth(new QSpinBox),
      m_width(new QSpinBox),
      m_widths(new QLineEdit),
      m_seed(new SeedEdit),
      m_batchNorm(new QCheckBox(tr("Batch norm"))),
      m_bias(new QCheckBox(tr("Biases"))),
      m_biasStart(new QLineEdit) {
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // a narrow panel puts a wide field under its label
    m_depth->setObjectName("depth");
    m_width->setObjectName("width");
    m_widths->setObjectName("widths");
    m_seed->setObjectName("seed");
    m_bias->setObjectName("bias");
    m_biasStart->setObjectName("biasInit");
    m_batchNorm->setObjectName("batchNorm");
    m_depth->setRange(1, kMaxDepth);
    m_depth->setToolTip(tr("Number of hidden layers (1–%1). Each gets its own histogram column.").arg(kMaxDepth));
    m_width->setRange(1, kMaxWidth);
    m_width->setToolTip(tr("Units in every hidden layer (1–%1). To give each layer its own width, list them "
                           "under Widths.")
                            .arg(kMaxWidth));
    m_widths->setToolTip(tr("Every hidden layer's width, first to last, e.g. \"300, 100, 50\". Each "
                            "initializer computes its σ from the layer's own n_in and n_out."));
    form->addRow(tr("Depth"), m_depth);
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Widths"), m_widths);
    if (withSamples) {
        m_samples = new QSpinBox;
        m_samples->setRange(1, kMaxSamples);
        m_samples->setSingleStep(100);
        m_samples->setToolTip(tr("Rows of the N(0, 1) input. Every layer's histogram counts samples × width values."));
        form->addRow(tr("Input samples"), m_samples);
        connect(m_samples, &QSpinBox::valueChanged, this, &NetworkShapeGroup::changed);
        m_samples->setKeyboardTracking(false);
    }
    m_seed->setToolTip(tr("Seed of the random numbers: the same seed gives the same input, weights and batches."));
    form->addRow(tr("Seed"), m_seed);
    if (withSamples) {
        m_repeats = new QComboBox;
        m_repeats->setObjectName("repeats");
        for (int n : {1, 10, 100}) m_repeats->addItem(seedCount(n), n);
        m_repeats->setToolTip(tr("Repeat the experiment with the seeds seed + 1, seed + 2, …: the depth profile "
                                 "then draws the median over the seeds and the band from the 5th to the 95th "
                                 "percentile, and the cell summaries give the medians. The histograms stay the "
                                 "first seed's network. How far does one network of this width stray from the "
                                 "typical one?"));
        form->addRow(tr("Repeat over"), m_repeats);
        connect(m_repeats, &QComboBox::currentIndexChanged, this, &NetworkShapeGroup::changed);
    }
    m_batchNorm->setToolTip(tr("Batch normalization after every hidden dense layer, before the activation: "
                               "each unit is normalized to mean 0 and variance 1 over the batch, then "
                               "scaled by a learned γ and shifted by β (the book's layer, ε = 1e-6)."));
    form->addRow(m_batchNorm);
    m_bias->setToolTip(tr("Add a bias to every dense layer. At zero (the book's start) they change nothing at "
                          "initialization; in training they are learned."));
    form->addRow(m_bias);
    m_biasStart->setToolTip(tr("How biases start: \"zeros\", or \"normal=0.1\" for N(0, 0.1²)."));
    form->addRow(tr("Bias start"), m_biasStart);

    connect(m_seed, &SeedEdit::changed, this, &NetworkShapeGroup::changed);
    connect(m_depth, &QSpinBox::valueChanged, this, [this](int depth) {
        // A deeper network repeats the last width; a shallower one drops the last layers.
        m_hidden.resize(static_cast<std::size_t>(depth), m_hidden.empty() ? m_width->value() : m_hidden.back());
        showWidths();
        emit changed();
    });
    connect(m_width, &QSpinBox::valueChanged, this, [this](int width) {
        m_hidden.assign(m_hidden.size(), width);
        showWidths();
        emit changed();
    });
    for (QSpinBox* box : {m_depth, m_width}) box->setKeyboardTracking(false);
    connect(m_widths, &QLineEdit::editingFinished, this, &NetworkShapeGroup::readWidths);
    connect(m_bias, &QCheckBox::toggled, this, [this](bool on) {
        m_biasStart->setEnabled(on);
        emit changed();
    });
    connect(m_batchNorm, &QCheckBox::toggled, this, &NetworkShapeGroup::changed);
    connect(m_biasStart, &QLineEdit::editingFinished, this, &NetworkShapeGroup::readBiasInit);
    showWidths();
    m_biasStart->setText(m_biasInit);
    m_biasStart->setEnabled(false);
}

void NetworkShapeGroup::showWidths() {
    QStringList parts;
    for (int w : m_hidden) parts << QString::number(w);
    m_widths->setText(parts.join(QStringLiteral(", ")));
    m_widths->setStyleSheet(QString());
    const QSignalBlocker a(m_depth), b(m_width);
    m_depth->setValue(static_cast<int>(m_hidden.size()));
    if (!m_hidden.empty()) m_width->setValue(m_hidden.front());
}

void NetworkShapeGroup::readWidths() {
    const auto widths = parseWidthList(m_widths->text(), kMaxDepth, kMaxWidth);
    if (!widths) {
        // Not applied: the field says so in its tooltip and colour until corrected.
        m_widths->setStyleSheet(QStringLiteral("QLineEdit { color: #D55E00; }"));
        m_widths->setToolTip(tr("Give 1 to %1 whole numbers from 1 to %2, separated by commas; not applied.")
                                 .arg(kMaxDepth)
                                 .arg(kMaxWidth));
        return;
    }
    m_widths->setToolTip(tr("Every hidden layer's width, first to last, e.g. \"300, 100, 50\". Each "
                            "initializer computes its σ from the layer's own n_in and n_out."));
    if (*widths == m_hidden) {
        showWidths();
        return;
    }
    m_hidden = *widths;
    showWidths();
    emit changed();
}

void NetworkShapeGroup::readBiasInit() {
    const QString text = m_biasStart->text().trimmed();
    try {
        const std::string spec = parseBiasInit(text.toStdString()).spec();
        m_biasStart->setStyleSheet(QString());
        m_biasStart->setText(QString::fromStdString(spec));
        if (QString::fromStdString(spec) != m_biasInit) {
            m_biasInit = QString::fromStdString(spec);
            emit changed();
        }
    } catch (const ConfigError&) {
        m_biasStart->setStyleSheet(QStringLiteral("QLineEdit { color: #D55E00; }"));
    }
}

int NetworkShapeGroup::depth() const { return static_cast<int>(m_hidden.size()); }
int NetworkShapeGroup::width() const { return m_hidden.empty() ? 0 : m_hidden.front(); }
std::vector<int> NetworkShapeGroup::hidden() const { return m_hidden; }
int NetworkShapeGroup::samples() const { return m_samples ? m_samples->value() : 0; }
bool NetworkShapeGroup::bias() const { return m_bias->isChecked(); }
QString NetworkShapeGroup::biasInit() const { return m_biasInit; }
bool NetworkShapeGroup::batchNorm() const { return m_batchNorm->isChecked(); }
quint64 NetworkShapeGroup::seed() const { return m_seed->seed(); }
int NetworkShapeGroup::repeats() const { return m_repeats ? m_repeats->currentData().toInt() : 1; }
void NetworkShapeGroup::setDepth(int v) { m_depth->setValue(v); }
void NetworkShapeGroup::setWidth(int v) { m_width->setValue(v); }
void NetworkShapeGroup::setHidden(const std::vector<int>& hidden) {
    if (hidden == m_hidden || hidden.empty()) return;
    m_hidden = hidden;
    showWidths();
    emit changed();
}
void NetworkShapeGroup::setSamples(int v) {
    if (m_samples) m_samples->setValue(v);
}
void NetworkShapeGroup::setBias(bool v) { m_bias->setChecked(v); }
void NetworkShapeGroup::setBiasInit(const QString& spec) {
    m_biasStart->setText(spec);
    readBiasInit();
}
void NetworkShapeGroup::setBatchNorm(bool on) { m_batchNorm->setChecked(on); }
void NetworkShapeGroup::setSeed(quint64 v) { m_seed->setSeed(v); }
void NetworkShapeGroup::setRepeats(int n) {
    if (!m_repeats) return;
    int index = m_repeats->findData(n);
    if (index < 0) {  // a count from a file: kept in order among the offered ones
        index = 0;
        while (index < m_repeats->count() && m_repeats->itemData(index).toInt() < n) ++index;
        m_repeats->insertItem(index, seedCount(n), n);
    }
    m_repeats->setCurrentIndex(index);
}

}  // namespace initscope::ui
