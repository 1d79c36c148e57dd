#include "app/gui/checklisteditor/errorlocation.h"

#include <QRegularExpression>

namespace callqa::app {

ErrorLocation locateError(const QString& path)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:sections\[(\d+)\](?:\.items\[(\d+)\](?:\.options\[(\d+)\](?:\.(\w+))?)?)?\.?)?(\w*)$)"));
    ErrorLocation location;
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch()) {
        location.field = path;
        return location;
    }
    if (match.hasCaptured(1))
        location.node.section = match.captured(1).toInt();
    if (match.hasCaptured(2))
        location.node.item = match.captured(2).toInt();
    if (match.hasCaptured(3)) {
        location.field = QStringLiteral("options");
        location.option = match.captured(3).toInt();
        location.optionField = match.captured(4);
        return location;
    }
    location.field = match.captured(5);
    return location;
}

} // namespace callqa::app
