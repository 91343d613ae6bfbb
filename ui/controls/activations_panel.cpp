#include "activations_panel.h"

#include <QVBoxLayout>

#include "activation_chooser.h"
#include "histogram_settings_group.h"
#include "initializer_list.h"
#include "network_shape_group.h"

namespace initscope::ui {

ActivationsPanel::ActivationsPanel(QWidget* parent)
    : QWidget(parent),
      m_activation(new ActivationChooser),
      m_shape(new NetworkShapeGroup(/*withSamples=*/true)),
      m_initializers(new InitializerList),
      m_histograms(new HistogramSettingsGroup(/*withRange=*/true)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_activation);
    layout->addWidget(m_initializers);
    layout->addWidget(m_shape);
    layout->addWidget(m_histograms);
    layout->addStretch(1);
    ActivationsConfig defaults;
    defaults.backward = true;  // an experiment begun in the window: `initscope run` measures what it shows
    setConfig(defaults);
    for (auto* group : std::initializer_list<QObject*>{m_activation, m_shape, m_initializers}) {
        connect(group, SIGNAL(changed()), this, SIGNAL(configChanged()));
    }
    connect(m_histograms, &HistogramSettingsGroup::changed, this, &ActivationsPanel::configChanged);
    connect(m_histograms, &HistogramSettingsGroup::displayChanged, this, &ActivationsPanel::displayChanged);
    connect(m_shape, &NetworkShapeGroup::changed, this,
            [this] { m_initializers->setFans(m_shape->width(), m_shape->width()); });  // the first layer's fans
}

ActivationsConfig ActivationsPanel::config() const {
    ActivationsConfig c;
    c.activation = m_activation->activation().toStdString();
    c.initializers.clear();
    for (const QString& s : m_initializers->checkedSpecs()) c.initializers.push_back(s.toStdString());
    c.hidden = m_shape->hidden();
    c.samples = m_shape->samples();
    c.seed = m_shape->seed();
    c.repeats = m_shape->repeats();
    c.bias = m_shape->bias();
    c.biasInit = m_shape->biasInit().toStdString();
    c.batchNorm = m_shape->batchNorm();
    c.bins = m_histograms->bins();
    c.range = m_histograms->range();
    c.backward = m_backward;
    return c;
}

void ActivationsPanel::setConfig(const ActivationsConfig& c) {
    const QSignalBlocker block(this);
    m_activation->setActivation(QString::fromStdString(c.activation));
    QStringList specs;
    for (const auto& s : c.initializers) specs << QString::fromStdString(s);
    m_initializers->setCheckedSpecs(specs);
    m_shape->setHidden(c.hidden);
    m_shape->setSamples(c.samples);
    m_shape->setSeed(c.seed);
    m_shape->setRepeats(c.repeats);
    m_shape->setBias(c.bias);
    m_shape->setBiasInit(QString::fromStdString(c.biasInit));
    m_shape->setBatchNorm(c.batchNorm);
    m_histograms->setBins(c.bins);
    m_histograms->setRange(c.range);
    m_initializers->setFans(c.inputWidth(), c.inputWidth());
    m_backward = c.backward;
}

HistogramGridOptions ActivationsPanel::gridOptions() const { return m_histograms->gridOptions(); }
void ActivationsPanel::setGridOptions(const HistogramGridOptions& o) { m_histograms->setGridOptions(o); }

}  // namespace initscope::ui
