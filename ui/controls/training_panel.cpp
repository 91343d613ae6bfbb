#include "training_panel.h"

#include <QVBoxLayout>

#include "activation_chooser.h"
#include "histogram_settings_group.h"
#include "initializer_list.h"
#include "network_shape_group.h"
#include "training_settings_group.h"

namespace initscope::ui {

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent),
      m_training(new TrainingSettingsGroup),
      m_activation(new ActivationChooser),
      m_shape(new NetworkShapeGroup(/*withSamples=*/false)),
      m_initializers(new InitializerList),
      m_histograms(new HistogramSettingsGroup(/*withRange=*/false)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_training);
    layout->addWidget(m_activation);
    layout->addWidget(m_initializers);
    layout->addWidget(m_shape);
    layout->addWidget(m_histograms);
    layout->addStretch(1);
    setConfig(TrainingConfig{});
    for (auto* group : std::initializer_list<QObject*>{m_training, m_activation, m_shape, m_initializers}) {
        connect(group, SIGNAL(changed()), this, SIGNAL(configChanged()));
    }
    connect(m_histograms, &HistogramSettingsGroup::changed, this, &TrainingPanel::configChanged);
    connect(m_histograms, &HistogramSettingsGroup::displayChanged, this, &TrainingPanel::displayChanged);
    connect(m_shape, &NetworkShapeGroup::changed, this, [this] { m_initializers->setFans(784, m_shape->width()); });
}

TrainingConfig TrainingPanel::config() const {
    // Settings without a control here (evaluation samples, probe size) keep what was set last.
    TrainingConfig c = m_loaded;
    c.dataset = m_training->dataset().toStdString();
    c.activation = m_activation->activation().toStdString();
    c.initializers.clear();
    for (const QString& s : m_initializers->checkedSpecs()) c.initializers.push_back(s.toStdString());
    c.hidden = m_shape->hidden();
    c.optimizer = m_training->optimizer();
    c.learningRate = m_training->learningRate();
    c.batchSize = m_training->batchSize();
    c.iterations = m_training->iterations();
    c.seed = m_shape->seed();
    c.evalEvery = m_training->snapshotInterval();
    c.bins = m_histograms->bins();
    c.bias = m_shape->bias();
    c.biasInit = m_shape->biasInit().toStdString();
    c.batchNorm = m_shape->batchNorm();
    return c;
}

void TrainingPanel::setConfig(const TrainingConfig& c) {
    const QSignalBlocker block(this);
    m_loaded = c;
    m_training->setDataset(QString::fromStdString(c.dataset));
    m_training->setOptimizer(c.optimizer);
    m_training->setLearningRate(c.learningRate);
    m_training->setBatchSize(c.batchSize);
    m_training->setIterations(c.iterations);
    m_training->setSnapshotInterval(c.evalEvery);
    m_activation->setActivation(QString::fromStdString(c.activation));
    QStringList specs;
    for (const auto& s : c.initializers) specs << QString::fromStdString(s);
    m_initializers->setCheckedSpecs(specs);
    m_shape->setHidden(c.hidden);
    m_shape->setSeed(c.seed);
    m_shape->setBias(c.bias);
    m_shape->setBiasInit(QString::fromStdString(c.biasInit));
    m_shape->setBatchNorm(c.batchNorm);
    m_histograms->setBins(c.bins);
    m_initializers->setFans(784, c.hidden.empty() ? 100 : c.hidden.front());
}

HistogramGridOptions TrainingPanel::gridOptions() const { return m_histograms->gridOptions(); }
void TrainingPanel::setGridOptions(const HistogramGridOptions& o) { m_histograms->setGridOptions(o); }

}  // namespace initscope::ui
