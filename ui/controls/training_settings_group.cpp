#include "training_settings_group.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

#include "experiments/training.h"
#include "number_box.h"

namespace initscope::ui {

TrainingSettingsGroup::TrainingSettingsGroup(QWidget* parent)
    : QGroupBox(tr("Training"), parent),
      m_dataset(new QComboBox),
      m_optimizer(new QComboBox),
      m_lr(new NumberBox),
      m_batch(new QSpinBox),
      m_iterations(new QSpinBox),
      m_interval(new QSpinBox) {
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // a narrow panel puts a wide field under its label
    m_dataset->setObjectName("dataset");
    m_iterations->setObjectName("iterations");
    m_interval->setObjectName("snapshotInterval");
    m_lr->setObjectName("learningRate");
    m_dataset->setEditable(true);
    m_dataset->addItem(QStringLiteral("mnist"));  // a dataset code, typed as is
    m_dataset->addItem(QStringLiteral("fashion-mnist"));
    m_dataset->setToolTip(tr("A folder with the four MNIST-format IDX files, or a name: 'mnist' "
                             "($INITSCOPE_MNIST or ~/.local/share/initscope/mnist) or "
                             "'fashion-mnist' (Debian's dataset-fashion-mnist package)."));
    auto* browse = new QToolButton;
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a dataset folder"));
    auto* datasetRow = new QHBoxLayout;
    datasetRow->addWidget(m_dataset, 1);
    datasetRow->addWidget(browse);
    form->addRow(tr("Dataset"), datasetRow);
    m_optimizer->addItem(tr("SGD"), int(OptimizerKind::Sgd));
    m_optimizer->addItem(tr("Momentum"), int(OptimizerKind::Momentum));
    m_optimizer->addItem(tr("AdaGrad"), int(OptimizerKind::AdaGrad));
    m_optimizer->addItem(tr("Adam"), int(OptimizerKind::Adam));
    m_optimizer->setToolTip(tr("The update rule (the book: SGD)."));
    form->addRow(tr("Optimizer"), m_optimizer);
    m_lr->setRange(1e-12, kMaxLearningRate);  // the engine accepts (0, 1000]
    m_lr->setSingleStep(0.001);
    m_lr->setToolTip(tr("Learning rate η. The book's: 0.01 for SGD, Momentum and AdaGrad, 0.001 for Adam; "
                        "choosing an optimizer sets its rate. Too large a rate makes training diverge."));
    form->addRow(tr("Learning rate"), m_lr);
    m_batch->setRange(1, kMaxBatch);
    m_batch->setToolTip(tr("Images per mini-batch, drawn with replacement (the book: 128)."));
    form->addRow(tr("Batch size"), m_batch);
    m_iterations->setRange(1, kMaxIterations);
    m_iterations->setSingleStep(100);
    m_iterations->setToolTip(tr("Mini-batch updates per network (the book: 2000)."));
    form->addRow(tr("Iterations"), m_iterations);
    m_interval->setRange(1, kMaxIterations);
    m_interval->setSingleStep(10);
    m_interval->setToolTip(tr("Every this many iterations: test accuracy and fresh histograms."));
    form->addRow(tr("Snapshot every"), m_interval);
    for (QSpinBox* box : {m_batch, m_iterations, m_interval}) {
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, &TrainingSettingsGroup::changed);
    }
    m_lr->setKeyboardTracking(false);
    connect(m_lr, &QDoubleSpinBox::valueChanged, this, &TrainingSettingsGroup::changed);
    connect(m_optimizer, &QComboBox::currentIndexChanged, this, [this] {
        // The rate follows the optimizer while it is the previous optimizer's default: Adam's is
        // ten times smaller than SGD's. A rate the user chose stays.
        const OptimizerKind now = optimizer();
        if (m_lr->value() == defaultLearningRate(m_shownOptimizer)) {
            const QSignalBlocker block(m_lr);
            m_lr->setValue(defaultLearningRate(now));
        }
        m_shownOptimizer = now;
        emit changed();
    });
    connect(m_dataset, &QComboBox::currentTextChanged, this, &TrainingSettingsGroup::changed);
    connect(browse, &QToolButton::clicked, this, &TrainingSettingsGroup::browse);
}

void TrainingSettingsGroup::browse() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Dataset folder"), m_dataset->currentText());
    if (!dir.isEmpty()) setDataset(dir);
}

QString TrainingSettingsGroup::dataset() const { return m_dataset->currentText().trimmed(); }
void TrainingSettingsGroup::setDataset(const QString& d) {
    if (m_dataset->findText(d) < 0) m_dataset->addItem(d);
    m_dataset->setCurrentText(d);
}
OptimizerKind TrainingSettingsGroup::optimizer() const { return OptimizerKind(m_optimizer->currentData().toInt()); }
void TrainingSettingsGroup::setOptimizer(OptimizerKind k) {
    const QSignalBlocker block(m_optimizer);  // a file's rate is set with it, not derived
    m_optimizer->setCurrentIndex(m_optimizer->findData(int(k)));
    m_shownOptimizer = k;
}
double TrainingSettingsGroup::learningRate() const { return m_lr->value(); }
void TrainingSettingsGroup::setLearningRate(double lr) { m_lr->setValue(lr); }
int TrainingSettingsGroup::batchSize() const { return m_batch->value(); }
void TrainingSettingsGroup::setBatchSize(int n) { m_batch->setValue(n); }
int TrainingSettingsGroup::iterations() const { return m_iterations->value(); }
void TrainingSettingsGroup::setIterations(int n) { m_iterations->setValue(n); }
int TrainingSettingsGroup::snapshotInterval() const { return m_interval->value(); }
void TrainingSettingsGroup::setSnapshotInterval(int n) { m_interval->setValue(n); }

}  // namespace initscope::ui
