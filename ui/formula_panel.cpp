#include "formula_panel.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <exception>

#include "controls/activations_panel.h"
#include "controls/initializer_list.h"
#include "engine_text.h"
#include "nn/initializer.h"

namespace initscope::ui {

FormulaPanel::FormulaPanel(QWidget* parent) : QWidget(parent), m_text(new QLabel) {
    setObjectName("formulaPanel");
    auto* layout = new QVBoxLayout(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setText(tr("Click an initializer in Settings to see its formula."));
    layout->addWidget(m_text);
    layout->addStretch(1);
}

void FormulaPanel::show(const std::string& spec, const std::string& activation, int fanIn, int fanOut) {
    try {
        const InitializerFacts f = initializerFacts(spec);
        const auto init = makeInitializer(spec);
        QString html = QStringLiteral("<h3>%1</h3>").arg(f.name.toHtmlEscaped());
        html += tr("<p><b>Distribution</b>: %1<br><b>Variance</b>: %2</p>").arg(f.distribution.toHtmlEscaped(), f.variance.toHtmlEscaped());
        html += tr("<p><b>For the first layer</b> (%1 → %2 units):<br>%3</p>")
                    .arg(fanIn)
                    .arg(fanOut)
                    .arg(initializerFormulaWithNumbers(*init, fanIn, fanOut).toHtmlEscaped());
        html += tr("<p><b>Why</b>: %1</p>").arg(f.why.toHtmlEscaped());
        if (!f.paper.isEmpty()) html += tr("<p><b>Paper</b>: %1</p>").arg(f.paper.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(recommendedGain(activation).toHtmlEscaped());
        m_text->setText(html);
    } catch (const std::exception&) {
        m_text->setText(QString::fromStdString(spec).toHtmlEscaped());
    }
}

void FormulaPanel::follow(ActivationsPanel* panel) {
    auto explain = [this, panel] {
        const ActivationsConfig c = panel->config();
        QString spec = panel->initializerList()->currentSpec();
        if (spec.isEmpty() && !c.initializers.empty()) spec = QString::fromStdString(c.initializers.front());
        if (!spec.isEmpty()) show(spec.toStdString(), c.activation, c.inputWidth(), c.hidden.empty() ? 100 : c.hidden.front());
    };
    connect(panel->initializerList(), &InitializerList::currentSpecChanged, this, explain);
    connect(panel, &ActivationsPanel::configChanged, this, explain);
}

QString FormulaPanel::text() const { return m_text->text(); }

}  // namespace initscope::ui
