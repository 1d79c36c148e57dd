#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {

class Database;

struct Team {
    qint64 id = 0;
    QString name;
};

struct Agent {
    qint64 id = 0;
    QString externalId;
    QString name;
    std::optional<qint64> teamId; // current team
    bool toBeNamed = false;       // created by an import from its id alone
};

// Teams, agents and which team an agent was on when. Writers must run inside a transaction.
class Directory {
public:
    explicit Directory(Database& db) : m_db(db) {}

    // Finds a team by name (case-insensitive, any script) or creates it.
    qint64 ensureTeam(const QString& name, qint64 nowMs);
    std::optional<Team> findTeam(const QString& name);
    QList<Team> teams();

    std::optional<Agent> findAgent(const QString& externalId);
    // Creates the agent, or renames it when it exists (a name given clears "to be named").
    qint64 ensureAgent(const QString& externalId, const QString& name, qint64 nowMs);
    // Creates an agent known only by its id, named by the id and marked "to be named".
    qint64 createUnnamedAgent(const QString& externalId, qint64 nowMs);
    QList<Agent> agents();

    // Puts the agent on a team from `fromMs` on, closing the previous membership.
    void assignTeam(qint64 agentId, qint64 teamId, qint64 fromMs);
    // The team the agent was on at `atMs`, if any.
    std::optional<qint64> teamAt(qint64 agentId, qint64 atMs);

private:
    Database& m_db;
};

} // namespace callqa::review
