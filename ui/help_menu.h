#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QMenu;

namespace initscope::ui {

// Help: a short guide (F1), the keyboard shortcuts (read from the window's own actions, so the
// list never drifts from what the keys do), how to get MNIST, About InitScope (version, licence,
// Qt's and the libraries' versions) and About Qt.
class HelpMenu : public QObject {
    Q_OBJECT
public:
    explicit HelpMenu(QMainWindow* window);
    void populate(QMenu* menu);

    // The texts the dialogs show (also for the tests).
    QString guideText() const;
    QString shortcutsText() const;
    QString mnistText() const;
    QString aboutText() const;

private:
    void show(const QString& title, const QString& text) const;
    QMainWindow* m_window;
};

}  // namespace initscope::ui
