#pragma once

#include <QStringList>

namespace callqa::app {

// Runs the workstation window. Options: --db LOCATION, --offscreen, --screenshot FILE (render the
// window, save it as PNG and exit: for tests and documentation), --user LOGIN (sign in without a
// dialog, password from $CALLQA_PASSWORD). Without --user it asks who is signing in, or on a
// workspace without users creates its admin first.
int runGui(int& argc, char** argv);

} // namespace callqa::app
