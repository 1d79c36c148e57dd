#pragma once

#include <QStringList>

namespace callqa::app {

// Runs the workstation window. Options: --db LOCATION, --offscreen, --screenshot FILE (render the
// window, save it as PNG and exit: for tests and documentation), --user LOGIN (sign in without a
// dialog, password from $CALLQA_PASSWORD). Without --user it asks who is signing in, or on a
// workspace without users creates its admin first. A PostgreSQL server that wants a password the
// URL and ~/.pgpass did not give gets it from $CALLQA_DB_PASSWORD, else from a dialog.
int runGui(int& argc, char** argv);

} // namespace callqa::app
