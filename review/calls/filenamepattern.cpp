#include "review/calls/filenamepattern.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace callqa::review {

CallFacts factsFromFileName(const QString& relativePath)
{
    CallFacts facts;
    facts.file = relativePath;
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{8})-(\\d{6})_([^_]+)(?:_(in|out|inbound|outbound))?(?:_(.+))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QFileInfo(relativePath).completeBaseName());
    if (!match.hasMatch())
        return facts;
    QDateTime time = QDateTime::fromString(match.captured(1) + match.captured(2),
                                           QStringLiteral("yyyyMMddHHmmss"));
    if (!time.isValid())
        return facts;
    time.setTimeZone(QTimeZone::utc());
    facts.startedAtMs = time.toMSecsSinceEpoch();
    facts.agentId = match.captured(3);
    const QString direction = match.captured(4).toLower();
    if (!direction.isEmpty())
        facts.direction = direction.startsWith(QLatin1String("in")) ? QStringLiteral("inbound")
                                                                    : QStringLiteral("outbound");
    facts.callId = match.captured(5);
    return facts;
}

} // namespace callqa::review
