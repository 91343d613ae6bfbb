#include "presentation_mode.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QStyle>
#include <QToolBar>

#include "activations_view.h"
#include "histogram_grid.h"
#include "lesson_panel.h"
#include "theme.h"

namespace initscope::ui {

PresentationMode::PresentationMode(const Parts& parts)
    : QObject(parts.window),
      m_parts(parts),
      m_toggle(new QAction(tr("&Presentation"), this)),
      m_leave(new QAction(tr("Leave presentation"), this)),
      m_strip(new QToolBar(tr("Settings strip"))),
      m_banner(new QLabel) {
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F5));
    m_toggle->setShortcutContext(Qt::ApplicationShortcut);
    m_toggle->setToolTip(tr("For a projector: full screen, the settings folded away, every plot's text and lines "
                            "×1.6, the lesson's caption as a title (F5; Esc leaves)"));
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setOn);
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leave->setShortcutContext(Qt::ApplicationShortcut);
    m_leave->setEnabled(false);
    parts.window->addAction(m_leave);
    connect(m_leave, &QAction::triggered, this, [this] { setOn(false); });
    // The settings folded into this strip: one button brings them back.
    m_strip->setObjectName("settingsStrip");
    m_strip->setMovable(false);
    QAction* unfold = m_strip->addAction(parts.window->style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Settings"));
    unfold->setToolTip(tr("Show or hide the settings"));
    connect(unfold, &QAction::triggered, this, [this] { m_parts.settings->setVisible(!m_parts.settings->isVisible()); });
    parts.window->addToolBar(Qt::LeftToolBarArea, m_strip);
    m_strip->hide();
    m_banner->setObjectName("presentationBanner");
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setContentsMargins(8, 4, 8, 6);
    m_banner->hide();
}

void PresentationMode::setOn(bool on) {
    if (m_toggle->isChecked() != on) {
        m_toggle->setChecked(on);  // comes back here through toggled()
        return;
    }
    if (on == m_on) return;
    m_on = on;
    QMainWindow* w = m_parts.window;
    ActivationsView* activations = m_parts.activations;
    if (on) {
        m_before = {w->windowState(), m_parts.settings->isVisible(), m_parts.lessonDock->isVisible(), w->palette(),
                    activations->profileShown(), activations->profileChosen()};
        // On a projector's small screen the grid gets the whole width (Side panel brings the profile back).
        if (w->screen()->geometry().width() < 1600) activations->chooseProfileShown(false);
        m_parts.settings->hide();
        m_parts.lessonDock->hide();  // its caption becomes the title bar
        m_strip->show();
        // Esc leaves presentation (the toolbar's Stop stays one click away).
        m_parts.stop->setShortcut(QKeySequence());
        m_leave->setEnabled(true);
        QPalette contrast = w->palette();  // high contrast: black on white, a strong selection
        contrast.setColor(QPalette::Window, Qt::white);
        contrast.setColor(QPalette::Base, Qt::white);
        contrast.setColor(QPalette::WindowText, Qt::black);
        contrast.setColor(QPalette::Text, Qt::black);
        contrast.setColor(QPalette::ButtonText, Qt::black);
        contrast.setColor(QPalette::Highlight, QColor(0, 0x50, 0xC0));
        w->setPalette(contrast);
        Theme::instance().setPresentation(true);
        QFont big = w->font();
        big.setPointSizeF(big.pointSizeF() * Theme::kPresentationScale);
        for (HistogramGrid* grid : w->findChildren<HistogramGrid*>()) grid->setFont(big);  // cells larger too
        w->showFullScreen();
    } else {
        Theme::instance().setPresentation(false);
        for (HistogramGrid* grid : w->findChildren<HistogramGrid*>()) grid->setFont(QFont());  // the window's again
        w->setPalette(m_before.palette);
        activations->setProfileShown(m_before.profileShown);
        activations->setProfileChosen(m_before.profileChosen);
        m_strip->hide();
        m_parts.settings->setVisible(m_before.settingsVisible);
        m_parts.lessonDock->setVisible(m_before.lessonVisible);
        m_parts.stop->setShortcut(QKeySequence(Qt::Key_Escape));
        m_leave->setEnabled(false);
        w->setWindowState(m_before.state);
    }
    updateBanner();
}

void PresentationMode::updateBanner() {
    const bool show = m_on && m_parts.lesson->hasLesson();
    if (show) {
        QFont f = m_parts.window->font();
        f.setPointSizeF(f.pointSizeF() * Theme::kPresentationScale);
        m_banner->setFont(f);
        m_banner->setText(QStringLiteral("<b>%1</b><br>%2")
                              .arg(m_parts.lesson->stepTitle().toHtmlEscaped(), m_parts.lesson->captionText().toHtmlEscaped()));
    }
    m_banner->setVisible(show);
}

}  // namespace initscope::ui
