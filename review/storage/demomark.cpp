#include "review/storage/demomark.h"

#include "review/audit/auditlog.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>

namespace callqa::review {

namespace {

constexpr char kKindKey[] = "workspace_kind";
constexpr char kDemoKind[] = "demo";

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::DemoMark", text);
}

WorkspaceContents readContents(Database& db)
{
    WorkspaceContents contents;
    for (const char* table : {"teams", "agents", "users", "calls", "checklists", "evaluations"})
        contents.rows +=
            db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                .toLongLong();
    contents.markedDemo =
        db.scalar(QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"),
                  {QLatin1String(kKindKey)})
            .toString() == QLatin1String(kDemoKind);
    return contents;
}

} // namespace

DemoFill decideDemoFill(const WorkspaceContents& contents)
{
    if (contents.markedDemo)
        return DemoFill::Refill;
    return contents.rows == 0 ? DemoFill::MarkAndFill : DemoFill::Refuse;
}

Result<DemoFill> claimForDemo(Workspace& workspace, const QString& actorLogin)
{
    Database& db = workspace.db();
    DemoFill fill = DemoFill::Refuse;
    const Status claimed = db.transact([&] {
        fill = decideDemoFill(readContents(db));
        if (fill != DemoFill::MarkAndFill)
            return;
        db.exec(QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?)"),
                {QLatin1String(kKindKey), QLatin1String(kDemoKind)});
        appendAudit(db, workspace.now(),
                    {actorLogin,
                     QStringLiteral("workspace.mark_demo"),
                     QStringLiteral("workspace"),
                     db.location().displayName(),
                     {}});
    });
    if (!claimed)
        return Result<DemoFill>::failure(claimed.error());
    if (fill == DemoFill::Refuse)
        return Result<DemoFill>::failure(
            tr("%1 already holds data that the demo did not make, so the demo leaves it alone "
               "(it would add users with a well-known password). Give the demo a new "
               "workspace: callqa demo --db NEW.db")
                .arg(db.location().displayName()));
    return fill;
}

bool isDemoWorkspace(Workspace& workspace)
{
    return workspace.setting(QLatin1String(kKindKey)) == QLatin1String(kDemoKind);
}

} // namespace callqa::review
