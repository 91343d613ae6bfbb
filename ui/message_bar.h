#pragma once

#include <QFrame>

class QLabel;

namespace initscope::ui {

// An in-window message strip (error or information) with a close button; the app keeps running.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    explicit MessageBar(QWidget* parent = nullptr);
    void showError(const QString& problem, const QString& hint = QString());
    void showInfo(const QString& text);
    QString text() const;

private:
    QLabel* m_label;
};

}  // namespace initscope::ui
