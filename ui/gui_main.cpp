#include "gui_main.h"

#include <QApplication>
#include <QLabel>

namespace initscope::ui {

int runGui(int argc, char** argv) {
    QApplication app(argc, argv);
    QLabel placeholder(QObject::tr("InitScope: the desktop application is coming."));
    placeholder.resize(480, 120);
    placeholder.show();
    return app.exec();
}

}  // namespace initscope::ui
