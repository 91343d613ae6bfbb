#pragma once

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <optional>
#include <vector>

namespace initscope::ui {

// A spin box for any double the experiment files accept: shows the shortest text that reads back
// to the value ("0.0004", "1e-07", "5000"), steps adaptively, never rounds a value to a fixed
// number of decimals (a plain QDoubleSpinBox with 3 decimals turns 0.0004 into 0).
class NumberBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit NumberBox(QWidget* parent = nullptr);
    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
    // Sized for everyday values ("−0.000123"), not for the ±1.8e308 the range allows.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

// "300, 100, 50" → {300, 100, 50}: 1 to maxCount whole numbers from 1 to maxValue, else nullopt.
std::optional<std::vector<int>> parseWidthList(const QString& text, int maxCount, int maxValue);

// A whole number from 0 to 2⁶⁴ − 1 (a seed): a line edit, since a spin box stops at 2³¹ − 1.
class SeedEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit SeedEdit(QWidget* parent = nullptr);
    quint64 seed() const;
    void setSeed(quint64 seed);

signals:
    void changed();

private:
    quint64 m_seed = 0;
};

}  // namespace initscope::ui
