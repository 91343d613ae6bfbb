#pragma once

#include <QGroupBox>
#include <QStringList>

class QListWidget;
class QListWidgetItem;
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
    // The checked specs in the order they were set or ticked (a file's order, then each newly
    // ticked one at the end), the custom σ last. The list itself keeps its order: choosing a
    // preset or opening a file never shuffles the rows a user is looking at.
    QStringList checkedSpecs() const;
    void setCheckedSpecs(const QStringList& specs);
    // The layer shape the tooltips quote σ for.
    void setFans(int fanIn, int fanOut);
    double customSigma() const;

    QString currentSpec() const;  // the highlighted row's spec (the formula panel explains it)

signals:
    void changed();
    void currentSpecChanged(const QString& spec);

private:
    void addSpec(const QString& spec, bool checked);
    void updateTooltips();
    void updateCustomLabel();

    QListWidget* m_list;
    QList<QListWidgetItem*> m_order;  // checked rows, in the order of the experiment's rows
    QCheckBox* m_customEnabled;
    QSlider* m_customSlider;
    QLabel* m_customValue;
    int m_fanIn = 100, m_fanOut = 100;
};

}  // namespace initscope::ui
