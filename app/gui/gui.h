#pragma once

#include <QStringList>

namespace callqa::app {

// Runs the workstation window. Options: --db LOCATION, --offscreen, --screenshot FILE (render the
// window, save it as PNG and exit: for tests and documentation).
int runGui(int& argc, char** argv);

} // namespace callqa::app
