#pragma once

class QCoreApplication;

namespace callqa::app {

// Loads Qt's own and callqa's translations for the user's locale (or $CALLQA_LANG, e.g. "fa"),
// and sets the layout direction for right-to-left languages.
void installTranslations(QCoreApplication& application);

} // namespace callqa::app
