#pragma once

#include <QGroupBox>

class QSpinBox;
namespace initscope::ui {
class SeedEdit;
}
class QCheckBox;
class QLabel;

namespace initscope::ui {

// Depth, width, bias, seed and (for the activations experiment) the number of input samples.
class NetworkShapeGroup : public QGroupBox {
    Q_OBJECT
public:
    NetworkShapeGroup(bool withSamples, QWidget* parent = nullptr);
    int depth() const;
    int width() const;
    int samples() const;
    bool bias() const;
    quint64 seed() const;
    void setDepth(int depth);
    void setWidth(int width);
    void setSamples(int samples);
    void setBias(bool bias);
    void setSeed(quint64 seed);

signals:
    void changed();

private:
    QSpinBox* m_depth;
    QSpinBox* m_width;
    QSpinBox* m_samples = nullptr;
    SeedEdit* m_seed;
    QCheckBox* m_bias;
};

}  // namespace initscope::ui
