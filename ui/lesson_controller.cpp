#include "lesson_controller.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>

#include "language.h"
#include "lesson_panel.h"

namespace initscope::ui {

LessonController::LessonController(QMainWindow* window)
    : QObject(window), m_window(window), m_panel(new LessonPanel), m_dock(new QDockWidget(tr("Lesson"))) {
    m_dock->setObjectName("lessonDock");
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    m_dock->setMinimumWidth(200);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();  // until a lesson is chosen (its state is then remembered)
    connect(m_panel, &LessonPanel::stepShown, this, [this](const LessonStep& step) { emit stepShown(step, m_panel->step()); });
    connect(m_panel, &LessonPanel::tryChosen, this, &LessonController::tryChosen);
    connect(m_panel, &LessonPanel::openRequested, this, &LessonController::openDialog);
    qApp->installEventFilter(new ArrowKeyFilter(this));
}

void LessonController::populate(QMenu* menu) {
    for (const std::string& name : builtInLessonNames()) {
        try {
            Lesson lesson = builtInLesson(name);
            const QString title = QString::fromStdString(lesson.title.in(installedLanguage().toStdString()));
            menu->addAction(title, this, [this, lesson] { start(lesson); });
        } catch (const std::exception&) {
            // A built-in lesson that does not parse is caught by the tests; the menu goes on.
        }
    }
    menu->addAction(tr("&Open lesson file…"), this, &LessonController::openDialog);
    menu->addSeparator();
    QAction* show = m_dock->toggleViewAction();
    show->setText(tr("Show the &lesson panel"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    menu->addAction(show);
    m_next = menu->addAction(tr("&Next step"), m_panel, &LessonPanel::next);
    m_next->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Right)});
    m_previous = menu->addAction(tr("&Previous step"), m_panel, &LessonPanel::previous);
    m_previous->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Left)});
    for (QAction* a : {m_next, m_previous}) {
        a->setShortcutContext(Qt::ApplicationShortcut);
        a->setEnabled(m_panel->hasLesson());  // the keys are the lesson's only while one is open
    }
}

void LessonController::start(const Lesson& lesson) {
    m_dock->show();
    m_dock->raise();
    for (QAction* a : {m_next, m_previous}) {
        if (a) a->setEnabled(true);
    }
    m_panel->setLesson(lesson);
}

bool LessonController::open(const QString& path) {
    try {
        start(loadLesson(path.toStdString()));
        return true;
    } catch (...) {
        emit failed(describeError(std::current_exception()));
        return false;
    }
}

void LessonController::openDialog() {
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open lesson"), QString(), tr("InitScope lessons (*.json)"));
    if (!path.isEmpty()) open(path);
}

}  // namespace initscope::ui
