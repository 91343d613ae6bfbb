#include "window_host.h"

#include <QTimer>

#include "language.h"
#include "main_window.h"
#include "settings_store.h"

namespace initscope::ui {

WindowHost::WindowHost() {
    installLanguage(resolveLanguage(SettingsStore().language()));
    adopt(new MainWindow);
}

WindowHost::~WindowHost() { delete m_window; }

void WindowHost::adopt(MainWindow* window) {
    m_window = window;
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    // Queued: the old window's menu action is still on the stack when the signal comes.
    connect(window, &MainWindow::languageChosen, this, &WindowHost::switchLanguage, Qt::QueuedConnection);
}

void WindowHost::switchLanguage(const QString& code) {
    MainWindow* old = m_window;
    if (!old) return;
    SettingsStore().setLanguage(code);
    const bool wasVisible = old->isVisible();
    const Qt::WindowStates states = old->windowState();
    const MainWindow::Session session = old->endForReplacement();  // saves the settings the new one reads
    installLanguage(resolveLanguage(code));
    auto* next = new MainWindow;
    next->resumeSession(session);
    if (wasVisible) {
        next->setWindowState(states);
        next->show();
    }
    old->hide();
    old->deleteLater();
    adopt(next);
    emit windowReplaced(next);
}

}  // namespace initscope::ui
