#pragma once

#include <QGroupBox>
#include <QStringList>

class QListWidget;
class QCheckBox;
class QSlider;
class QLabel;

namespace initscope::ui {

// The initializers to compare: a checkable list (the book's four checked by default) plus a
// custom σ on a logarithmic slider (0.001 … 10) that recomputes while it is dragged.
class InitializerList : public QGroupBox {
    Q_OBJECT
public:
    explicit InitializerList(QWidget* parent = nullptr);
    QStringList checkedSpecs() const;  // in list order, the custom σ last
    void setCheckedSpecs(const QStringList& specs);
    // The layer shape the tooltips quote σ for.
    void setFans(int fanIn, int fanOut);
    double customSigma() const;

signals:
    void changed();

private:
    void addSpec(const QString& spec, bool checked);
    void updateTooltips();
    void updateCustomLabel();

    QListWidget* m_list;
    QCheckBox* m_customEnabled;
    QSlider* m_customSlider;
    QLabel* m_customValue;
    int m_fanIn = 100, m_fanOut = 100;
};

}  // namespace initscope::ui
