#pragma once

#include <QWidget>

#include "experiments/bn_sweep.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace initscope::ui {

class NumberBox;
class SeedEdit;

// Every setting of the batch-normalization sweep (the book's figures 6-18 and 6-19).
class BnSweepPanel : public QWidget {
    Q_OBJECT
public:
    explicit BnSweepPanel(QWidget* parent = nullptr);
    BnSweepConfig config() const;
    void setConfig(const BnSweepConfig& config);

signals:
    void configChanged();

private:
    void showWeights();
    void showBookScales();
    void readWeights();
    void readHidden();

    BnSweepConfig m_config;  // what the controls show; settings without a control keep their value
    QComboBox* m_dataset;
    QSpinBox* m_scales;
    QLineEdit* m_weights;
    QSpinBox* m_epochs;
    QSpinBox* m_trainSize;
    QSpinBox* m_batch;
    NumberBox* m_lr;
    QLineEdit* m_hidden;
    SeedEdit* m_seed;
};

}  // namespace initscope::ui
