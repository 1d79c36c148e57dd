#include "review/storage/workspace.h"

#include "review/storage/location.h"
#include "review/storage/migrations.h"

#include <QDateTime>

namespace callqa::review {

Workspace::Workspace(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& location)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const Result<Location> parsed = parseLocation(location);
    if (!parsed)
        return R::failure(parsed.error());
    return open(parsed.value());
}

Result<std::unique_ptr<Workspace>> Workspace::open(const Location& location)
{
    using R = Result<std::unique_ptr<Workspace>>;
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        return R::failure(db.error());
    if (const Status migrated = migrate(*db.value()); !migrated)
        return R::failure(migrated.error());
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
