#pragma once

#include <QGroupBox>

#include <vector>

class QComboBox;
class QSpinBox;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace initscope::ui {

class SeedEdit;

// The network's shape and start: hidden layer widths (depth × width, or listed one by one),
// BatchNorm, biases and how they start, seed and (for the activations experiment) the number of
// input samples and the repeats over seeds. Depth and Width edit a uniform network; Widths lists every layer ("300, 100,
// 50") and is kept in step with them.
class NetworkShapeGroup : public QGroupBox {
    Q_OBJECT
public:
    NetworkShapeGroup(bool withSamples, QWidget* parent = nullptr);
    int depth() const;
    int width() const;  // the first layer's
    std::vector<int> hidden() const;
    int samples() const;
    bool bias() const;
    QString biasInit() const;  // "zeros" or "normal=<σ_b>"
    bool batchNorm() const;
    quint64 seed() const;
    int repeats() const;  // 1 without the seeds control
    void setDepth(int depth);
    void setWidth(int width);
    void setHidden(const std::vector<int>& hidden);
    void setSamples(int samples);
    void setBias(bool bias);
    void setBiasInit(const QString& spec);
    void setBatchNorm(bool on);
    void setSeed(quint64 seed);
    void setRepeats(int repeats);  // any count a file may hold: one not offered is added to the list

signals:
    void changed();

private:
    void showWidths();
    void readWidths();
    void readBiasInit();

    std::vector<int> m_hidden;
    QString m_biasInit = QStringLiteral("zeros");
    QSpinBox* m_depth;
    QSpinBox* m_width;
    QLineEdit* m_widths;
    QSpinBox* m_samples = nullptr;
    SeedEdit* m_seed;
    QComboBox* m_repeats = nullptr;
    QCheckBox* m_batchNorm;
    QCheckBox* m_bias;
    QLineEdit* m_biasStart;
};

}  // namespace initscope::ui
