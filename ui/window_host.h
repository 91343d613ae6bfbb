#pragma once

#include <QObject>
#include <QPointer>

namespace initscope::ui {

class MainWindow;

// Owns the main window and rebuilds it when the language changes: the settings are saved, the
// translators swapped, and a new window, built in the new language, takes over the experiment,
// its file, the geometry and the display settings (no restart; a training run in progress stops,
// and its curves are not carried over).
class WindowHost : public QObject {
    Q_OBJECT
public:
    WindowHost();  // installs the remembered (or the system's) language and builds the window
    ~WindowHost() override;
    MainWindow* window() const { return m_window; }
    // Switches to `code` ("en", "ko", "" for the system's), remembered for the next launch.
    void switchLanguage(const QString& code);

signals:
    void windowReplaced(initscope::ui::MainWindow* window);

private:
    void adopt(MainWindow* window);
    QPointer<MainWindow> m_window;
};

}  // namespace initscope::ui
