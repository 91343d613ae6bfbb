#include "number_box.h"

#include <QRegularExpressionValidator>
#include <cmath>
#include <limits>

#include "io/json_io.h"

namespace initscope::ui {

NumberBox::NumberBox(QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(std::numeric_limits<double>::max_exponent10 + std::numeric_limits<double>::digits10);
    setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    setKeyboardTracking(false);
}

QString NumberBox::textFromValue(double value) const {
    return QString::fromStdString(csvNumber(value));  // the shortest text that reads back exactly
}

double NumberBox::valueFromText(const QString& text) const { return text.trimmed().toDouble(); }

QValidator::State NumberBox::validate(QString& text, int&) const {
    const QString t = text.trimmed();
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (ok && std::isfinite(v)) return v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    static const QRegularExpression partial(R"(^[+-]?(\d*\.?\d*([eE][+-]?\d*)?)?$)");
    return partial.match(t).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

QSize NumberBox::sizeHint() const {
    QSize size = QDoubleSpinBox::sizeHint();
    size.setWidth(fontMetrics().horizontalAdvance(QStringLiteral("-0.000123")) + 40);
    return size;
}

QSize NumberBox::minimumSizeHint() const {
    QSize size = QDoubleSpinBox::minimumSizeHint();
    size.setWidth(fontMetrics().horizontalAdvance(QStringLiteral("-0.0001")) + 30);
    return size;
}

SeedEdit::SeedEdit(QWidget* parent) : QLineEdit(parent) {
    setValidator(new QRegularExpressionValidator(QRegularExpression(R"(\d{1,20})"), this));
    setText("0");
    connect(this, &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        const quint64 v = text().toULongLong(&ok);  // fails beyond 2⁶⁴ − 1
        if (!ok) {
            setText(QString::number(m_seed));
            return;
        }
        if (v != m_seed) {
            m_seed = v;
            emit changed();
        }
    });
}

quint64 SeedEdit::seed() const { return m_seed; }

void SeedEdit::setSeed(quint64 seed) {
    m_seed = seed;
    setText(QString::number(seed));
}

std::optional<std::vector<int>> parseWidthList(const QString& text, int maxCount, int maxValue) {
    std::vector<int> widths;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool number = false;
        const int w = part.trimmed().toInt(&number);
        if (!number || w < 1 || w > maxValue) return std::nullopt;
        widths.push_back(w);
    }
    if (widths.empty() || static_cast<int>(widths.size()) > maxCount) return std::nullopt;
    return widths;
}

}  // namespace initscope::ui
