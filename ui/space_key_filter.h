#pragma once

#include <QObject>

class QWidget;

namespace initscope::ui {

// Space is Run/Pause everywhere except where it has a meaning of its own: typing in a text field,
// ticking a box or a list row, pressing a button, opening a combo box.
class SpaceKeyFilter : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override;
    static bool spaceHasMeaning(const QWidget* focus);
};

}  // namespace initscope::ui
