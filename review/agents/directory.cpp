#include "review/agents/directory.h"

#include "review/storage/database.h"
#include "review/textfold.h"

namespace callqa::review {

qint64 Directory::ensureTeam(const QString& name, qint64 nowMs)
{
    if (const auto team = findTeam(name))
        return team->id;
    return m_db.insert(QStringLiteral("INSERT INTO teams (name, name_folded, created_at) "
                                      "VALUES (?, ?, ?) RETURNING id"),
                       {name.trimmed(), foldForSearch(name), nowMs});
}

std::optional<Team> Directory::findTeam(const QString& name)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name FROM teams WHERE name_folded = ?"),
                            {foldForSearch(name)});
    if (!q.next())
        return std::nullopt;
    return Team{q.value(0).toLongLong(), q.value(1).toString()};
}

QList<Team> Directory::teams()
{
    QList<Team> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name FROM teams ORDER BY name_folded"));
    while (q.next())
        out << Team{q.value(0).toLongLong(), q.value(1).toString()};
    return out;
}

std::optional<Agent> Directory::findAgent(const QString& externalId)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT a.id, a.external_id, a.name, t.team_id, a.to_be_named FROM agents a "
                       "LEFT JOIN agent_teams t ON t.agent_id = a.id AND t.to_ms IS NULL "
                       "WHERE a.external_id = ?"),
        {externalId.trimmed()});
    if (!q.next())
        return std::nullopt;
    Agent agent{q.value(0).toLongLong(),
                q.value(1).toString(),
                q.value(2).toString(),
                {},
                q.value(4).toBool()};
    if (!q.value(3).isNull())
        agent.teamId = q.value(3).toLongLong();
    return agent;
}

qint64 Directory::ensureAgent(const QString& externalId, const QString& name, qint64 nowMs)
{
    const QString displayName = name.trimmed().isEmpty() ? externalId.trimmed() : name.trimmed();
    if (const auto agent = findAgent(externalId)) {
        if (!name.trimmed().isEmpty() && (agent->name != displayName || agent->toBeNamed))
            m_db.exec(QStringLiteral("UPDATE agents SET name = ?, name_folded = ?, search_folded = "
                                     "?, to_be_named = ? WHERE id = ?"),
                      {displayName, foldForSearch(displayName), foldForLibrarySearch(displayName),
                       false, agent->id});
        return agent->id;
    }
    return m_db.insert(
        QStringLiteral("INSERT INTO agents (external_id, name, name_folded, search_folded, active, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {externalId.trimmed(), displayName, foldForSearch(displayName),
         foldForLibrarySearch(displayName), true, nowMs});
}

qint64 Directory::createUnnamedAgent(const QString& externalId, qint64 nowMs)
{
    const QString id = externalId.trimmed();
    return m_db.insert(
        QStringLiteral("INSERT INTO agents (external_id, name, name_folded, search_folded, active, "
                       "created_at, to_be_named) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {id, id, foldForSearch(id), foldForLibrarySearch(id), true, nowMs, true});
}

QList<Agent> Directory::agents()
{
    QList<Agent> out;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT a.id, a.external_id, a.name, t.team_id, a.to_be_named FROM agents a "
                       "LEFT JOIN agent_teams t ON t.agent_id = a.id AND t.to_ms IS NULL "
                       "ORDER BY a.name_folded"));
    while (q.next()) {
        Agent agent{q.value(0).toLongLong(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    {},
                    q.value(4).toBool()};
        if (!q.value(3).isNull())
            agent.teamId = q.value(3).toLongLong();
        out << agent;
    }
    return out;
}

void Directory::assignTeam(qint64 agentId, qint64 teamId, qint64 fromMs)
{
    if (const auto current = teamAt(agentId, fromMs); current && *current == teamId)
        return;
    m_db.exec(QStringLiteral("UPDATE agent_teams SET to_ms = ? "
                             "WHERE agent_id = ? AND to_ms IS NULL AND from_ms <= ?"),
              {fromMs, agentId, fromMs});
    m_db.exec(
        QStringLiteral("INSERT INTO agent_teams (agent_id, team_id, from_ms) VALUES (?, ?, ?) "
                       "ON CONFLICT (agent_id, from_ms) DO UPDATE SET team_id = excluded.team_id"),
        {agentId, teamId, fromMs});
}

std::optional<qint64> Directory::teamAt(qint64 agentId, qint64 atMs)
{
    const QVariant team = m_db.scalar(
        QStringLiteral("SELECT team_id FROM agent_teams WHERE agent_id = ? AND from_ms <= ? "
                       "AND (to_ms IS NULL OR to_ms > ?) ORDER BY from_ms DESC LIMIT 1"),
        {agentId, atMs, atMs});
    if (!team.isValid() || team.isNull())
        return std::nullopt;
    return team.toLongLong();
}

} // namespace callqa::review
