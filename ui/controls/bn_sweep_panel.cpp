#include "bn_sweep_panel.h"

#include <QComboBox>
#include <optional>

#include "common/errors.h"
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "experiments/training.h"
#include "nn/initializer.h"
#include "nn/optimizer.h"
#include "number_box.h"

namespace initscope::ui {
namespace {

// "1, 0.5, 0.25" ↔ numbers; nullopt when a part is not a positive number.
std::optional<std::vector<double>> parseNumbers(const QString& text) {
    std::vector<double> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok) return std::nullopt;
        out.push_back(v);
    }
    return out;
}

void markInvalid(QLineEdit* edit, bool invalid) {
    edit->setStyleSheet(invalid ? QStringLiteral("QLineEdit { color: #D55E00; }") : QString());
}

}  // namespace

BnSweepPanel::BnSweepPanel(QWidget* parent)
    : QWidget(parent),
      m_dataset(new QComboBox),
      m_scales(new QSpinBox),
      m_weights(new QLineEdit),
      m_epochs(new QSpinBox),
      m_trainSize(new QSpinBox),
      m_batch(new QSpinBox),
      m_lr(new NumberBox),
      m_hidden(new QLineEdit),
      m_seed(new SeedEdit) {
    auto* layout = new QVBoxLayout(this);
    auto* group = new QGroupBox(tr("Batch normalization"));
    layout->addWidget(group);
    layout->addStretch(1);
    auto* form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* about = new QLabel(tr("The book's network (ReLU, SGD) trained twice per weight scale w, with and without "
                                "batch norm after every hidden dense layer, on the same batches."));
    about->setWordWrap(true);
    form->addRow(about);
    m_dataset->setObjectName("sweepDataset");
    m_scales->setObjectName("sweepScales");
    m_weights->setObjectName("sweepWeights");
    m_epochs->setObjectName("sweepEpochs");
    m_dataset->setEditable(true);
    m_dataset->addItem(QStringLiteral("mnist"));  // a dataset code, typed as is
    m_dataset->addItem(QStringLiteral("fashion-mnist"));
    m_dataset->setToolTip(tr("A folder with the four MNIST-format IDX files, or 'mnist' or 'fashion-mnist'."));
    form->addRow(tr("Dataset"), m_dataset);
    m_scales->setRange(0, kBookScaleCount);
    m_scales->setSpecialValueText(tr("custom"));  // 0: the weights listed below are not the book's
    m_scales->setToolTip(tr("How many of the book's 16 weight scales, w = 1 down to 0.0001 (logarithmic), to train; "
                            "\"custom\" when the list below is your own."));
    form->addRow(tr("Book scales"), m_scales);
    m_weights->setToolTip(tr("The weight scales w themselves, e.g. \"1, 0.1, 0.01\" (1 to %1 of them): every "
                             "weight starts as N(0, w²).")
                              .arg(kMaxSweepScales));
    form->addRow(tr("Weights w"), m_weights);
    m_epochs->setRange(1, kMaxSweepEpochs);
    m_epochs->setToolTip(tr("Epochs (the book: 20). An epoch is training size ÷ batch size updates; the accuracy "
                            "is recorded after each."));
    form->addRow(tr("Epochs"), m_epochs);
    m_trainSize->setRange(1, 60000);
    m_trainSize->setSingleStep(100);
    m_trainSize->setToolTip(tr("The first this many training images (the book: 1000), also those the accuracy "
                               "is measured on."));
    form->addRow(tr("Training images"), m_trainSize);
    m_batch->setRange(1, kMaxBatch);
    m_batch->setToolTip(tr("Images per mini-batch, drawn with replacement (the book: 100)."));
    form->addRow(tr("Batch size"), m_batch);
    m_lr->setRange(1e-12, kMaxLearningRate);
    m_lr->setSingleStep(0.001);
    m_lr->setToolTip(tr("SGD's learning rate (the book: 0.01)."));
    form->addRow(tr("Learning rate"), m_lr);
    m_hidden->setToolTip(tr("Hidden layer widths (the book: 100, 100, 100, 100, 100)."));
    form->addRow(tr("Hidden widths"), m_hidden);
    m_seed->setToolTip(tr("Seed of the weights and mini-batches."));
    form->addRow(tr("Seed"), m_seed);

    connect(m_dataset, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        m_config.dataset = text.toStdString();
        emit configChanged();
    });
    connect(m_scales, &QSpinBox::valueChanged, this, [this](int n) {
        if (n == 0) return;  // "custom": the list stays as it is
        m_config.weights = bookWeightScales(n);
        showWeights();
        emit configChanged();
    });
    connect(m_weights, &QLineEdit::editingFinished, this, &BnSweepPanel::readWeights);
    connect(m_hidden, &QLineEdit::editingFinished, this, &BnSweepPanel::readHidden);
    for (auto [box, field] : {std::pair{m_epochs, &BnSweepConfig::epochs}, std::pair{m_trainSize, &BnSweepConfig::trainSize},
                              std::pair{m_batch, &BnSweepConfig::batchSize}}) {
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, [this, field = field](int v) {
            m_config.*field = v;
            emit configChanged();
        });
    }
    m_lr->setKeyboardTracking(false);
    connect(m_lr, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_config.learningRate = v;
        emit configChanged();
    });
    connect(m_seed, &SeedEdit::changed, this, [this] {
        m_config.seed = m_seed->seed();
        emit configChanged();
    });
    setConfig(BnSweepConfig{});
}

void BnSweepPanel::showBookScales() {
    // n when the list is the book's first n, else "custom" (0).
    const QSignalBlocker block(m_scales);
    m_scales->setValue(0);
    for (int n = 1; n <= kBookScaleCount; ++n) {
        if (bookWeightScales(n) == m_config.weights) m_scales->setValue(n);
    }
}

void BnSweepPanel::showWeights() {
    QStringList parts;
    for (double w : m_config.weights) parts << QString::fromStdString(formatNumber(w, 6));
    const QSignalBlocker block(m_weights);
    m_weights->setText(parts.join(QStringLiteral(", ")));
    markInvalid(m_weights, false);
}

void BnSweepPanel::readWeights() {
    const auto values = parseNumbers(m_weights->text());
    BnSweepConfig next = m_config;
    if (values) next.weights = *values;
    try {
        if (!values) throw ConfigError("weights", "not a list of numbers");
        validate(next);
    } catch (const ConfigError&) {
        markInvalid(m_weights, true);  // not applied until corrected
        return;
    }
    if (next.weights == m_config.weights) return showWeights();
    m_config = next;
    showWeights();
    showBookScales();
    emit configChanged();
}

void BnSweepPanel::readHidden() {
    const auto widths = parseWidthList(m_hidden->text(), 50, 4096);
    markInvalid(m_hidden, !widths);
    if (!widths || *widths == m_config.hidden) return;
    m_config.hidden = *widths;
    emit configChanged();
}

BnSweepConfig BnSweepPanel::config() const { return m_config; }

void BnSweepPanel::setConfig(const BnSweepConfig& c) {
    const QSignalBlocker blockSelf(this);
    m_config = c;
    for (QWidget* w : std::initializer_list<QWidget*>{m_dataset, m_scales, m_epochs, m_trainSize, m_batch, m_lr, m_seed}) {
        w->blockSignals(true);
    }
    m_dataset->setCurrentText(QString::fromStdString(c.dataset));
    showBookScales();
    m_epochs->setValue(c.epochs);
    m_trainSize->setValue(c.trainSize);
    m_batch->setValue(c.batchSize);
    m_lr->setValue(c.learningRate);
    m_seed->setSeed(c.seed);
    for (QWidget* w : std::initializer_list<QWidget*>{m_dataset, m_scales, m_epochs, m_trainSize, m_batch, m_lr, m_seed}) {
        w->blockSignals(false);
    }
    showWeights();
    QStringList widths;
    for (int h : c.hidden) widths << QString::number(h);
    m_hidden->setText(widths.join(QStringLiteral(", ")));
    markInvalid(m_hidden, false);
}

}  // namespace initscope::ui
