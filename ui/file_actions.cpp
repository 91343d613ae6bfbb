#include "file_actions.h"
#include "engine_text.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

#include "common/errors.h"
#include "export/figure_export.h"
#include "io/atomic_file.h"
#include "io/presets.h"

namespace initscope::ui {
namespace {
constexpr int kMaxRecent = 8;
// A function, not a constant: the words are looked up when asked, in the language installed then.
QString experimentFilter() { return FileActions::tr("InitScope experiments (*.json)"); }
}  // namespace

FileActions::FileActions(QWidget* window, Getter current, QObject* parent)
    : QObject(parent), m_window(window), m_current(std::move(current)) {}

void FileActions::populateFileMenu(QMenu* menu) {
    QAction* open = menu->addAction(tr("&Open experiment…"), this, &FileActions::openDialog);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a saved experiment: every setting is restored"));
    m_recent = menu->addMenu(tr("Open &recent"));
    rebuildRecent();
    QAction* save = menu->addAction(tr("&Save experiment"), this, &FileActions::save);
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs = menu->addAction(tr("Save experiment &as…"), this, &FileActions::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
}

void FileActions::populatePresetMenu(QMenu* menu) {
    menu->setToolTipsVisible(true);
    for (const Preset& preset : presets()) {
        QAction* a = menu->addAction(presetTitle(preset));
        a->setToolTip(presetDescription(preset));
        a->setStatusTip(presetDescription(preset));
        const std::string name = preset.name;
        connect(a, &QAction::triggered, this, [this, name] {
            const Preset& p = presetByName(name);
            emit presetChosen(p.experiment, p.bookStyle, p.yMax);
        });
    }
}

bool FileActions::open(const QString& path) {
    try {
        const ExperimentFile experiment = loadExperiment(path.toStdString());
        m_path = path;
        remember(path);
        emit experimentLoaded(experiment);
        return true;
    } catch (...) {
        emit failed(describeError(std::current_exception()));
        return false;
    }
}

void FileActions::openDialog() {
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open experiment"),
                                                      QFileInfo(m_path).path(), experimentFilter());
    if (!path.isEmpty()) open(path);
}

bool FileActions::save() { return m_path.isEmpty() ? saveAs() : saveTo(m_path); }

bool FileActions::saveAs() {
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save experiment"),
                                                m_path.isEmpty() ? tr("experiment.json") : m_path, experimentFilter());
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += ".json";
    return saveTo(path);
}

bool FileActions::saveTo(const QString& path) {
    try {
        saveAtomically(path, QByteArray::fromStdString(serializeExperiment(m_current())));
        m_path = path;
        remember(path);
        emit saved(path);
        return true;
    } catch (...) {
        emit failed(describeError(std::current_exception()));
        return false;
    }
}

void FileActions::remember(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value("recentFiles").toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent) recent.removeLast();
    settings.setValue("recentFiles", recent);
    rebuildRecent();
}

void FileActions::rebuildRecent() {
    if (!m_recent) return;
    m_recent->clear();
    const QStringList recent = QSettings().value("recentFiles").toStringList();
    for (const QString& path : recent) {
        QAction* a = m_recent->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { open(path); });
    }
    m_recent->setEnabled(!recent.isEmpty());
}

}  // namespace initscope::ui
