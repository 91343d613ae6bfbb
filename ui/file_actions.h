#pragma once

#include "common/errors.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

#include "io/experiment_file.h"

class QMenu;
class QWidget;

namespace initscope::ui {

// File → Open / Save / Save As / Recent, and the book presets. Reads and writes the engine's
// versioned JSON experiment files; a file is applied only once it has been read and validated
// whole, so a bad file never half-changes the window.
class FileActions : public QObject {
    Q_OBJECT
public:
    using Getter = std::function<ExperimentFile()>;
    FileActions(QWidget* window, Getter current, QObject* parent = nullptr);

    void populateFileMenu(QMenu* menu);
    void populatePresetMenu(QMenu* menu);
    const QString& currentPath() const { return m_path; }
    // The file Save writes to (a window that replaces another, e.g. in a new language, takes it over).
    void setCurrentPath(const QString& path) { m_path = path; }

public slots:
    bool open(const QString& path);  // false, with failed() emitted, when the file is bad
    void openDialog();
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);

signals:
    void experimentLoaded(const initscope::ExperimentFile& experiment);  // read from a file
    // A book preset, with its style (book titles, count-axis limit).
    void presetChosen(const initscope::ExperimentFile& experiment, bool bookStyle, double yMax);
    void failed(const initscope::ErrorInfo& error);
    void saved(const QString& path);

private:
    void remember(const QString& path);
    void rebuildRecent();

    QWidget* m_window;
    Getter m_current;
    QString m_path;
    QMenu* m_recent = nullptr;
};

}  // namespace initscope::ui
