#pragma once

#include <QString>

namespace callqa::review {

// Calls store a recording's path relative to a recordings root (so each workstation can mount the
// shared folder where it likes); a file outside the root is stored as an absolute path.
QString storedRecordingPath(const QString& recordingsRoot, const QString& absolutePath);
QString resolveRecordingPath(const QString& recordingsRoot, const QString& storedPath);

} // namespace callqa::review
