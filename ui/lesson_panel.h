#pragma once

#include <QWidget>
#include <optional>

#include "io/lesson.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace initscope::ui {

// The Lesson panel: the chapter as a story, one step at a time — the step's title and caption
// (what to look at, what to conclude) in the window's language, "Try it" buttons that change one
// setting, and Previous/Next (PageUp/PageDown and the arrow keys: what a presenter's clicker
// sends). Choosing a step asks the window to show its experiment (stepShown).
class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(QWidget* parent = nullptr);

    void setLesson(Lesson lesson);  // shows its first step
    bool hasLesson() const { return m_lesson.has_value(); }
    const Lesson* lesson() const { return m_lesson ? &*m_lesson : nullptr; }
    int step() const { return m_step; }
    int stepCount() const { return m_lesson ? static_cast<int>(m_lesson->steps.size()) : 0; }
    void goTo(int step);
    QString captionText() const;  // the step's caption as shown
    QString stepTitle() const;    // "3 / 10 · Xavier: …", for a title bar
    const std::vector<QPushButton*>& tryButtons() const { return m_tryButtons; }

public slots:
    void next();
    void previous();

signals:
    void stepShown(const initscope::LessonStep& step);
    void tryChosen(const std::vector<initscope::SettingChange>& changes, const QString& label);
    void openRequested();

private:
    void show(int step);

    std::optional<Lesson> m_lesson;
    int m_step = 0;
    QLabel* m_lessonTitle;
    QLabel* m_counter;
    QLabel* m_title;
    QLabel* m_caption;
    QLabel* m_tryLabel;
    QVBoxLayout* m_tries;
    std::vector<QPushButton*> m_tryButtons;
    QPushButton* m_previous;
    QPushButton* m_next;
};

// Left and Right are the lesson's previous and next step, except where a widget uses them (a text
// or number field, a slider, a list, a combo box): there the widget keeps them.
class ArrowKeyFilter : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace initscope::ui
