#pragma once

#include <QObject>
#include <QPalette>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QToolBar;

namespace initscope::ui {

class ActivationsView;
class LessonPanel;

// Presentation mode for a projector (F5 and View → Presentation; Esc leaves): full screen, the
// settings folded into a one-button strip, every plot ×1.6 (Theme), the histogram grids' cells
// larger, high contrast, the lesson step's title and caption as a title bar. Entering remembers the
// window's state; leaving gives it back. Owns its actions, the strip and the banner; the window
// places them.
class PresentationMode : public QObject {
    Q_OBJECT
public:
    struct Parts {
        QMainWindow* window;
        QDockWidget* settings;
        QDockWidget* lessonDock;
        ActivationsView* activations;
        LessonPanel* lesson;
        QAction* stop;  // its Esc goes to "leave" while presenting
    };
    explicit PresentationMode(const Parts& parts);

    QAction* toggleAction() const { return m_toggle; }
    QToolBar* settingsStrip() const { return m_strip; }
    QLabel* banner() const { return m_banner; }  // placed above the tabs by the window
    bool isOn() const { return m_on; }
    void setOn(bool on);
    // The lesson's step changed: the title bar follows.
    void updateBanner();

private:
    Parts m_parts;
    QAction* m_toggle;
    QAction* m_leave;
    QToolBar* m_strip;
    QLabel* m_banner;
    bool m_on = false;
    struct Before {
        Qt::WindowStates state;
        bool settingsVisible = true;
        bool lessonVisible = false;
        QPalette palette;
        bool profileShown = true;
        bool profileChosen = false;
    } m_before;
};

}  // namespace initscope::ui
