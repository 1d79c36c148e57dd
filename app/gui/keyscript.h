#pragma once
// `callqa --keys "..."`: types a script into the window once it is open, for scripted runs (and
// the test that kills a workstation mid-review). Each space-separated token is a key as
// QKeySequence writes it ("1", "Down", "Ctrl+Return", "C"), or ' and text to type into the
// focused field ("'Long_hold": underscores type spaces). Keys go where a person's would: to the
// focused widget when it takes them (a text field), else to the window action bound to them.

#include <QString>

class QWidget;

namespace callqa::app {

// Types the script into `window` one token per event-loop turn; false on a token it cannot read.
bool typeKeyScript(QWidget& window, const QString& script);

} // namespace callqa::app
