#include "space_key_filter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QValidator>

namespace initscope::ui {

bool SpaceKeyFilter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride) return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_Space || key->modifiers() != Qt::NoModifier) return false;
    QWidget* focus = QApplication::focusWidget();
    if (focus && spaceHasMeaning(focus)) {
        event->accept();  // the widget gets its Space (a character, a tick, a press)
        return true;
    }
    event->ignore();  // elsewhere (a number box, a slider, a plot) Space is Run/Pause
    return true;
}

bool SpaceKeyFilter::spaceHasMeaning(const QWidget* w) {
    // A number field's line edit has a validator without spaces: Space means nothing there.
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(p)) return false;
    }
    if (const auto* edit = qobject_cast<const QLineEdit*>(w)) {
        if (const QValidator* v = edit->validator()) {
            QString space = QStringLiteral(" ");
            int pos = 0;
            return v->validate(space, pos) != QValidator::Invalid;
        }
        return true;
    }
    return qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           qobject_cast<const QComboBox*>(w);
}

}  // namespace initscope::ui
