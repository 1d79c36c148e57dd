#include "review/agents/agentedit.h"

#include "review/agents/directory.h"
#include "review/audit/auditlog.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>

namespace callqa::review {

Result<qint64> saveAgent(Workspace& workspace, const Actor& actor, const AgentEdit& edit)
{
    using R = Result<qint64>;
    if (const Status allowed = authorize(actor, Action::ManageAgents); !allowed)
        return R::failure(allowed.error());
    if (edit.externalId.trimmed().isEmpty())
        return R::failure(
            QCoreApplication::translate("callqa::review::AgentEdit", "An agent needs an id."));
    // PostgreSQL cannot store a NUL and the Qt driver cuts text at one: refused on both backends.
    for (const QString* text : {&edit.externalId, &edit.name, &edit.team}) {
        if (text->contains(QChar(0)))
            return R::failure(QCoreApplication::translate(
                "callqa::review::AgentEdit",
                "An agent's id, name and team must not contain a NUL character."));
    }
    Database& db = workspace.db();
    qint64 id = 0;
    const Status saved = db.transact([&] {
        Directory directory(db);
        const qint64 now = workspace.now();
        id = directory.ensureAgent(edit.externalId, edit.name, now);
        if (!edit.team.trimmed().isEmpty())
            directory.assignTeam(id, directory.ensureTeam(edit.team, now), now);
        QJsonObject detail;
        detail.insert(QStringLiteral("name"), edit.name);
        detail.insert(QStringLiteral("team"), edit.team);
        appendAudit(db, now,
                    {actor.login, QStringLiteral("agent.save"), QStringLiteral("agent"),
                     edit.externalId.trimmed(), detail});
    });
    if (!saved)
        return R::failure(saved.error());
    return id;
}

} // namespace callqa::review
