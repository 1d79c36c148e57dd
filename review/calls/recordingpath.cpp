#include "review/calls/recordingpath.h"

#include <QDir>

namespace callqa::review {

QString storedRecordingPath(const QString& recordingsRoot, const QString& absolutePath)
{
    const QString clean = QDir::cleanPath(absolutePath);
    if (recordingsRoot.isEmpty())
        return clean;
    const QString root = QDir::cleanPath(recordingsRoot);
    if (clean.startsWith(root + QLatin1Char('/')))
        return clean.mid(root.size() + 1);
    return clean;
}

QString resolveRecordingPath(const QString& recordingsRoot, const QString& storedPath)
{
    if (QDir::isAbsolutePath(storedPath) || recordingsRoot.isEmpty())
        return storedPath;
    return QDir::cleanPath(recordingsRoot + QLatin1Char('/') + storedPath);
}

} // namespace callqa::review
