#pragma once

#include <QWidget>

class QComboBox;
class QStackedWidget;

namespace initscope::ui {

// The Training tab's settings: what to train — one network per initializer (the book's MNIST
// comparison) or the batch-normalization sweep (figures 6-18 and 6-19) — and that mode's panel.
class TrainingModePage : public QWidget {
    Q_OBJECT
public:
    enum class Mode { CompareInitializers = 0, BatchNormSweep = 1 };
    TrainingModePage(QWidget* comparePanel, QWidget* sweepPanel, QWidget* parent = nullptr);
    Mode mode() const;
    void setMode(Mode mode);

signals:
    void modeChanged(initscope::ui::TrainingModePage::Mode mode);

private:
    QComboBox* m_mode;
    QStackedWidget* m_stack;
};

}  // namespace initscope::ui
