#pragma once

#include <QWidget>
#include <string>

class QLabel;

namespace initscope::ui {
class ActivationsPanel;
}

namespace initscope::ui {

// The formula panel (a dock): for the initializer highlighted in the settings, its distribution,
// Var(W), why it was proposed, the paper, the recommended gain for the chosen activation, and σ
// for the first layer with the numbers in.
class FormulaPanel : public QWidget {
    Q_OBJECT
public:
    explicit FormulaPanel(QWidget* parent = nullptr);
    void show(const std::string& spec, const std::string& activation, int fanIn, int fanOut);
    // Explains the initializer highlighted in `panel` (else its first), for its activation and
    // first layer, whenever either changes.
    void follow(ActivationsPanel* panel);
    QString text() const;

private:
    QLabel* m_text;
};

}  // namespace initscope::ui
