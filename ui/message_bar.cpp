#include "message_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace initscope::ui {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent), m_label(new QLabel) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    auto* close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss this message"));
    close->setAutoRaise(true);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showError(const QString& problem, const QString& hint) {
    setStyleSheet("initscope--ui--MessageBar { background: #fde8e8; border: 1px solid #d55e00; border-radius: 4px; }");
    m_label->setText("<b>" + problem.toHtmlEscaped() + "</b>" + (hint.isEmpty() ? QString() : "<br>" + hint.toHtmlEscaped()));
    show();
}

void MessageBar::showInfo(const QString& text) {
    setStyleSheet("initscope--ui--MessageBar { background: #e8f2fb; border: 1px solid #56b4e9; border-radius: 4px; }");
    m_label->setText(text.toHtmlEscaped());
    show();
}

QString MessageBar::text() const { return isVisible() ? m_label->text() : QString(); }

}  // namespace initscope::ui
