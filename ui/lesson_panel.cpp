#include "lesson_panel.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

#include "language.h"

namespace initscope::ui {

namespace {
QString local(const LocalText& t) { return QString::fromStdString(t.in(installedLanguage().toStdString())); }
}  // namespace

LessonPanel::LessonPanel(QWidget* parent)
    : QWidget(parent),
      m_lessonTitle(new QLabel),
      m_counter(new QLabel),
      m_title(new QLabel),
      m_caption(new QLabel),
      m_tryLabel(new QLabel(tr("Try it:"))),
      m_tries(new QVBoxLayout),
      m_previous(new QPushButton(tr("◀ Previous"))),
      m_next(new QPushButton(tr("Next ▶"))) {
    setObjectName("lessonPanel");
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    m_lessonTitle->setWordWrap(true);
    head->addWidget(m_lessonTitle, 1);
    m_counter->setObjectName("lessonCounter");
    head->addWidget(m_counter);
    layout->addLayout(head);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_caption->setObjectName("lessonCaption");
    layout->addWidget(m_caption);
    layout->addWidget(m_tryLabel);
    layout->addLayout(m_tries);
    layout->addStretch(1);
    auto* nav = new QHBoxLayout;
    m_previous->setToolTip(tr("The previous step (PageUp or ←)"));
    m_next->setToolTip(tr("The next step (PageDown or →)"));
    nav->addWidget(m_previous);
    nav->addWidget(m_next);
    layout->addLayout(nav);
    auto* open = new QPushButton(tr("Open a lesson file…"));
    open->setToolTip(tr("A lesson of your own: a JSON file of steps, each a preset and a caption (see resources/lessons/)"));
    layout->addWidget(open);
    connect(m_previous, &QPushButton::clicked, this, &LessonPanel::previous);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::next);
    connect(open, &QPushButton::clicked, this, &LessonPanel::openRequested);
    show(0);
}

void LessonPanel::setLesson(Lesson lesson) {
    m_lesson = std::move(lesson);
    goTo(0);
}

void LessonPanel::goTo(int step) {
    if (!m_lesson) return;
    show(std::clamp(step, 0, stepCount() - 1));
    emit stepShown(m_lesson->steps[static_cast<std::size_t>(m_step)]);
}

void LessonPanel::next() {
    if (m_lesson && m_step + 1 < stepCount()) goTo(m_step + 1);
}

void LessonPanel::previous() {
    if (m_lesson && m_step > 0) goTo(m_step - 1);
}

QString LessonPanel::captionText() const { return m_caption->text(); }

QString LessonPanel::stepTitle() const {
    if (!m_lesson) return {};
    return tr("%1 / %2 · %3").arg(m_step + 1).arg(stepCount()).arg(m_title->text());
}

void LessonPanel::show(int step) {
    m_step = step;
    for (QPushButton* b : m_tryButtons) b->deleteLater();
    m_tryButtons.clear();
    if (!m_lesson) {
        m_lessonTitle->setText(QString());
        m_counter->setText(QString());
        m_title->setText(tr("No lesson open"));
        m_caption->setText(tr("Choose a lesson in the Lessons menu, or open a lesson file."));
        m_tryLabel->setVisible(false);
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        return;
    }
    const LessonStep& s = m_lesson->steps[static_cast<std::size_t>(step)];
    m_lessonTitle->setText(local(m_lesson->title));
    m_counter->setText(tr("Step %1 of %2").arg(step + 1).arg(stepCount()));
    m_title->setText(local(s.title));
    m_caption->setText(local(s.caption));
    m_tryLabel->setVisible(!s.tries.empty());
    for (const TryIt& t : s.tries) {
        auto* b = new QPushButton(local(t.label));
        b->setObjectName("lessonTry");
        const auto changes = t.changes;
        const QString label = local(t.label);
        connect(b, &QPushButton::clicked, this, [this, changes, label] { emit tryChosen(changes, label); });
        m_tries->addWidget(b);
        m_tryButtons.push_back(b);
    }
    m_previous->setEnabled(step > 0);
    m_next->setEnabled(step + 1 < stepCount());
}

bool ArrowKeyFilter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride) return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if ((key->key() != Qt::Key_Left && key->key() != Qt::Key_Right) || key->modifiers() != Qt::NoModifier) return false;
    for (const QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
            qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QComboBox*>(w) ||
            qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTextEdit*>(w)) {
            event->accept();  // the widget moves its cursor, value or selection
            return true;
        }
    }
    return false;  // elsewhere: the lesson's shortcut
}

}  // namespace initscope::ui
