#include "app_icon.h"

// The resource file is compiled into this static library: register it before the first use.
static void initResources() { Q_INIT_RESOURCE(initscope); }

namespace initscope::ui {

QIcon appIcon() {
    static const bool registered = (initResources(), true);
    (void)registered;
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/initscope-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

}  // namespace initscope::ui
