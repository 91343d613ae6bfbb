#pragma once

#include <QIcon>

namespace initscope::ui {

// The application's icon (resources/icons: the SVG and its PNGs at 16–256 px, embedded through
// resources/initscope.qrc): the window, the About box, the task bar.
QIcon appIcon();

}  // namespace initscope::ui
