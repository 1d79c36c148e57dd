#include "review/storage/workspace.h"

#include "review/storage/location.h"
#include "review/storage/migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Workspace", text);
}

QString initHint(const Location& location)
{
    if (location.backend == Backend::Postgres)
        return tr("To create the workspace in it, run callqa init with the same --db URL.");
    return tr("To create a workspace there, run: callqa --db '%1' init")
        .arg(location.displayName());
}

Status workspaceFilePresent(const Location& location)
{
    if (location.backend != Backend::Sqlite)
        return {};
    const QFileInfo file(location.filePath);
    if (file.isDir())
        return Status::failure(
            tr("%1 is a folder, not a workspace file.").arg(location.displayName()));
    if (!file.exists())
        return Status::failure(
            tr("There is no workspace at %1. %2").arg(location.displayName(), initHint(location)));
    return {};
}

QString notAWorkspaceYet(const Location& location)
{
    return location.backend == Backend::Sqlite
               ? tr("%1 is not a callqa workspace (it holds no callqa schema). %2")
                     .arg(location.displayName(), initHint(location))
               : tr("The database %1 is not a callqa workspace yet. %2")
                     .arg(location.displayName(), initHint(location));
}

} // namespace

Workspace::Workspace(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& location, OpenMode mode,
                                                   OpenFailure* why)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const Result<Location> parsed = parseLocation(location);
    if (!parsed) {
        if (why)
            *why = OpenFailure::NotAWorkspace;
        return R::failure(parsed.error());
    }
    return open(parsed.value(), mode, why);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const Location& location, OpenMode mode,
                                                   OpenFailure* why)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const auto fail = [why](OpenFailure kind, const QString& error) {
        if (why)
            *why = kind;
        return R::failure(error);
    };
    if (mode == OpenMode::Existing && location.backend == Backend::Sqlite) {
        // Checked before a writing connection: SQLite would create the missing file, and switch
        // some other program's database file to write-ahead logging.
        if (const Status present = workspaceFilePresent(location); !present)
            return fail(OpenFailure::NotAWorkspace, present.error());
        Result<std::unique_ptr<Database>> probe = Database::open(location, Access::ReadOnly);
        if (!probe)
            return fail(OpenFailure::CannotOpen, probe.error());
        const Result<int> version = schemaVersion(*probe.value());
        if (!version)
            return fail(OpenFailure::CannotOpen, version.error());
        if (version.value() == 0)
            return fail(OpenFailure::NotAWorkspace, notAWorkspaceYet(location));
    }
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        return fail(OpenFailure::CannotOpen, db.error());
    if (mode == OpenMode::Existing) {
        const Result<int> version = schemaVersion(*db.value());
        if (!version)
            return fail(OpenFailure::CannotOpen, version.error());
        if (version.value() == 0)
            return fail(OpenFailure::NotAWorkspace, notAWorkspaceYet(location));
    }
    if (const Status migrated = migrate(*db.value()); !migrated)
        return fail(OpenFailure::CannotOpen, migrated.error());
    return R(std::unique_ptr<Workspace>(new Workspace(std::move(db).value())));
}

QString Workspace::setting(const QString& key, const QString& fallback)
{
    try {
        const QVariant value = m_db->scalar(
            QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"), {key});
        return value.isValid() ? value.toString() : fallback;
    } catch (const DbError&) {
        return fallback;
    }
}

Status Workspace::setSetting(const QString& key, const QString& value)
{
    return m_db->transact([&] {
        m_db->exec(QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {key, value});
    });
}

} // namespace callqa::review
