// CallImporter::resolveParties: the agent and team a call's facts name, created where allowed.
#include "review/calls/callimportjob.h"

#include "review/agents/directory.h"
#include "review/audit/auditlog.h"
#include "review/storage/workspace.h"

namespace callqa::review {

using importing::FileRejected;
using importing::tr;

CallImporter::CallParties CallImporter::resolveParties(Database& db, const CallFacts& facts,
                                                       const FileJob& job, qint64 now,
                                                       QString& createdAgent)
{
    Directory directory(db);
    CallParties parties;
    const auto team = [&](const QString& name) {
        if (!directory.findTeam(name))
            appendAudit(db, now,
                        {m_actor,
                         QStringLiteral("team.create"),
                         QStringLiteral("team"),
                         name.trimmed(),
                         {}});
        return directory.ensureTeam(name, now);
    };
    if (facts.agentId.isEmpty()) {
        if (!facts.team.isEmpty())
            parties.teamId = team(facts.team);
        return parties;
    }
    const auto agent = directory.findAgent(facts.agentId);
    if (!agent && facts.agentName.isEmpty() && !m_createAgents)
        throw FileRejected{tr("unknown agent \"%1\": give agent_name in the manifest, add the "
                              "agent first (callqa agent add), or import with --create-agents "
                              "to create it \"to be named\"")
                               .arg(facts.agentId),
                           facts.agentId};
    qint64 id = 0;
    if (agent) {
        id = agent->id;
    } else {
        const bool unnamed = facts.agentName.isEmpty();
        id = unnamed ? directory.createUnnamedAgent(facts.agentId, now)
                     : directory.ensureAgent(facts.agentId, facts.agentName, now);
        appendAudit(
            db, now,
            {m_actor, QStringLiteral("agent.create"), QStringLiteral("agent"),
             facts.agentId.trimmed(),
             QJsonObject{{QStringLiteral("name"), unnamed ? facts.agentId : facts.agentName},
                         {QStringLiteral("to_be_named"), unnamed},
                         {QStringLiteral("file"), job.relativeToFolder}}});
        if (unnamed)
            createdAgent = facts.agentId.trimmed();
    }
    parties.agentId = id;
    const qint64 at = facts.startedAtMs.value_or(now);
    if (!facts.team.isEmpty()) {
        const qint64 teamRow = team(facts.team);
        parties.teamId = teamRow;
        if (!directory.teamAt(id, at))
            directory.assignTeam(id, teamRow, at);
    } else if (const auto current = directory.teamAt(id, at)) {
        parties.teamId = *current;
    }
    return parties;
}

} // namespace callqa::review
