#pragma once

#include <QGroupBox>

#include "nn/optimizer.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace initscope::ui {

// Dataset, optimizer, learning rate, batch size, iterations and snapshot interval.
class TrainingSettingsGroup : public QGroupBox {
    Q_OBJECT
public:
    explicit TrainingSettingsGroup(QWidget* parent = nullptr);
    QString dataset() const;
    void setDataset(const QString& dataset);
    OptimizerKind optimizer() const;
    void setOptimizer(OptimizerKind kind);
    double learningRate() const;
    void setLearningRate(double lr);
    int batchSize() const;
    void setBatchSize(int n);
    int iterations() const;
    void setIterations(int n);
    int snapshotInterval() const;
    void setSnapshotInterval(int n);

signals:
    void changed();

private:
    void browse();

    QComboBox* m_dataset;
    QComboBox* m_optimizer;
    QDoubleSpinBox* m_lr;
    QSpinBox* m_batch;
    QSpinBox* m_iterations;
    QSpinBox* m_interval;
    OptimizerKind m_shownOptimizer = OptimizerKind::Sgd;
};

}  // namespace initscope::ui
