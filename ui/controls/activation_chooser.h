#pragma once

#include <QGroupBox>

class QComboBox;

namespace initscope::ui {

// Picks one of the engine's activation functions.
class ActivationChooser : public QGroupBox {
    Q_OBJECT
public:
    explicit ActivationChooser(QWidget* parent = nullptr);
    QString activation() const;  // engine name, e.g. "relu"
    void setActivation(const QString& name);

signals:
    void changed();

private:
    QComboBox* m_combo;
};

}  // namespace initscope::ui
