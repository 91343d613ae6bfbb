#pragma once

#include <QObject>

#include "common/errors.h"
#include "io/lesson.h"

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace initscope::ui {

class LessonPanel;

// Lessons in the window: the Lesson panel in its dock, the Lessons menu (the built-in lessons,
// Open lesson file…, the panel, next and previous step on PageDown/PageUp and →/←), opening a
// file (a malformed one is reported with its field, `failed`). The window shows each step
// (`stepShown`) and applies Try-it changes (`tryChosen`).
class LessonController : public QObject {
    Q_OBJECT
public:
    explicit LessonController(QMainWindow* window);

    LessonPanel* panel() const { return m_panel; }
    QDockWidget* dock() const { return m_dock; }
    void populate(QMenu* menu);
    void start(const Lesson& lesson);
    bool open(const QString& path);  // false, with failed() emitted, when the file is malformed
    void openDialog();

signals:
    void stepShown(const initscope::LessonStep& step, int index);
    void tryChosen(const std::vector<initscope::SettingChange>& changes, const QString& label);
    void failed(const initscope::ErrorInfo& error);

private:
    QMainWindow* m_window;
    LessonPanel* m_panel;
    QDockWidget* m_dock;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
};

}  // namespace initscope::ui
