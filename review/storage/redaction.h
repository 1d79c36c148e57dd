#pragma once

#include <QString>

namespace callqa::review {

// A workspace address (`--db`, `migrate --to`, a remembered location) as it may be shown in a
// message, a prompt, a log or the window: every password it carries is replaced by ****. Works on
// the text as typed, so a malformed URL is covered too: the user-info password of any
// `scheme:[//]user:password@...` (up to the last '@', since an unencoded password may hold '@', '/'
// or ':'), and every `password=` value (a URL parameter or a libpq keyword/value string). A text
// with neither comes back unchanged. The one place that decides what of an address is shown.
QString redactedAddress(const QString& address);

} // namespace callqa::review
