#include "review/queues/placenames.h"

#include "review/agents/directory.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace callqa::review {

PlaceNames::PlaceNames(Database& db)
{
    for (const Agent& agent : Directory(db).agents())
        m_agents.insert(agent.id, QStringLiteral("%1 (%2)").arg(agent.externalId, agent.name));
}

QString PlaceNames::readable(const QString& place) const
{
    if (place == QLatin1String("all"))
        return QCoreApplication::translate("callqa::review::PlaceNames", "all calls");
    const QRegularExpression agentPart(QStringLiteral("^agent=(\\d+)$"));
    QStringList parts = place.split(QLatin1Char('/'));
    for (QString& part : parts) {
        const QRegularExpressionMatch match = agentPart.match(part);
        if (match.hasMatch() && m_agents.contains(match.captured(1).toLongLong()))
            part = QStringLiteral("agent=") + m_agents.value(match.captured(1).toLongLong());
    }
    return parts.join(QStringLiteral(" · "));
}

QString PlaceNames::readableOrigin(const QString& group, const QString& stratum) const
{
    QStringList parts;
    for (const QString& part : {group, stratum}) {
        if (part != QLatin1String("all"))
            parts << part;
    }
    return parts.isEmpty() ? readable(QStringLiteral("all"))
                           : readable(parts.join(QLatin1Char('/')));
}

} // namespace callqa::review
