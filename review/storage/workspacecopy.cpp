#include "review/storage/workspacecopy.h"

#include "review/storage/copytables.h"
#include "review/storage/database.h"
#include "review/storage/location.h"
#include "review/storage/migrations.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace callqa::review {

using namespace copytables;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::WorkspaceCopy", text);
}

} // namespace

qint64 WorkspaceCopyReport::rows() const
{
    qint64 total = 0;
    for (const TableCopy& table : tables)
        total += table.rows;
    return total;
}

WorkspaceCopy::WorkspaceCopy(Database& source, Database& target)
    : m_source(source), m_target(target)
{
}

Result<std::unique_ptr<Database>> WorkspaceCopy::openSource(const QString& path)
{
    using R = Result<std::unique_ptr<Database>>;
    const Result<Location> location = parseLocation(path);
    if (!location)
        return R::failure(location.error());
    if (location->backend != Backend::Sqlite)
        return R::failure(tr("The workspace to copy from must be a file (SQLite) workspace."));
    if (!QFileInfo(location->filePath).isFile())
        return R::failure(tr("There is no workspace file at %1.").arg(location->displayName()));
    Result<std::unique_ptr<Database>> db = Database::open(location.value(), Access::ReadOnly);
    if (!db)
        return db;
    const Result<int> version = schemaVersion(*db.value());
    if (!version)
        return R::failure(version.error());
    if (version.value() == 0)
        return R::failure(tr("%1 is not a callqa workspace (it holds no callqa schema).")
                              .arg(location->displayName()));
    if (version.value() < latestSchemaVersion())
        return R::failure(
            tr("%1 is at schema version %2; this callqa copies workspaces at version %3 and does "
               "not change the file it copies from. Upgrade it first with: callqa --db '%1' init "
               "(this rewrites the file in place: keep a copy if an older callqa still uses it), "
               "then run migrate again.")
                .arg(location->displayName())
                .arg(version.value())
                .arg(latestSchemaVersion()));
    if (version.value() > latestSchemaVersion())
        return R::failure(tr("%1 is at schema version %2, newer than this callqa knows (%3). "
                             "Update callqa to copy it.")
                              .arg(location->displayName())
                              .arg(version.value())
                              .arg(latestSchemaVersion()));
    return db;
}

namespace {

// Refuses the copy from inside the target's transaction, so that it rolls back.
struct CopyRefused {
    QString message;
};

// A read transaction on the source for the whole copy: every table is read from one snapshot,
// whatever other processes write meanwhile.
class SourceSnapshot {
public:
    explicit SourceSnapshot(Database& db) : m_db(db) { m_db.exec(QStringLiteral("BEGIN")); }
    ~SourceSnapshot()
    {
        try {
            m_db.exec(QStringLiteral("ROLLBACK"));
        } catch (const DbError&) {
            // nothing was written; the connection closes soon after
        }
    }
    SourceSnapshot(const SourceSnapshot&) = delete;
    SourceSnapshot& operator=(const SourceSnapshot&) = delete;

private:
    Database& m_db;
};

QString rolledBackNote()
{
    return tr("The copy was rolled back: the target holds nothing of it, and running the same "
              "migrate again starts afresh.");
}

// Where the copy is, for the message when it fails.
struct CopyPosition {
    QString table;
    qint64 done = 0;
};

// Streams one table from the source into the target, 100 rows to a statement, inside the target's
// open transaction.
void copyTable(Database& source, Database& target, const Table& table, qint64 total,
               CopyPosition& at, const std::function<void(const WorkspaceCopyProgress&)>& progress)
{
    constexpr int kRowsPerStatement = 100;
    at = {table.name, 0};
    const int width = int(table.columns.size());
    const QString head =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(quoted(table.name), columnList(table));
    const QString tuple = QLatin1Char('(') +
                          QStringList(width, QStringLiteral("?")).join(QLatin1Char(',')) +
                          QLatin1Char(')');
    QVariantList binds;
    int pending = 0;
    const auto flush = [&] {
        if (pending == 0)
            return;
        target.exec(head + QStringList(pending, tuple).join(QLatin1Char(',')), binds);
        at.done += pending;
        binds.clear();
        pending = 0;
        if (progress)
            progress({table.name, at.done, total});
    };
    QSqlQuery rows =
        source.exec(QStringLiteral("SELECT %1 FROM %2%3")
                        .arg(columnList(table), quoted(table.name), orderClause(table)));
    while (rows.next()) {
        for (int i = 0; i < width; ++i)
            binds << bindable(rows.value(i), table.columns.at(i).kind);
        if (++pending == kRowsPerStatement)
            flush();
    }
    rows.finish();
    flush();
    // Generated ids continue after the copied ones.
    if (target.backend() == Backend::Postgres && hasSingleIntegerId(table) && total > 0)
        target.scalar(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT "
                                     "max(id) FROM %1))")
                          .arg(quoted(table.name)),
                      {table.name});
}

} // namespace

Result<WorkspaceCopyReport>
WorkspaceCopy::run(const std::function<void(const WorkspaceCopyProgress&)>& progress)
{
    using R = Result<WorkspaceCopyReport>;
    if (m_source.backend() != Backend::Sqlite)
        return R::failure(tr("The workspace to copy from must be a file (SQLite) workspace."));
    CopyPosition at;
    try {
        const SourceSnapshot snapshot(m_source);
        const Result<int> sourceVersion = schemaVersion(m_source);
        const Result<int> targetVersion = schemaVersion(m_target);
        if (!sourceVersion || !targetVersion)
            return R::failure(!sourceVersion ? sourceVersion.error() : targetVersion.error());
        if (sourceVersion.value() != targetVersion.value())
            return R::failure(tr("The workspaces are at different schema versions (%1 and %2).")
                                  .arg(sourceVersion.value())
                                  .arg(targetVersion.value()));
        const Result<QList<Table>> ordered = dependencyOrder(catalogOf(m_source));
        if (!ordered)
            return R::failure(ordered.error());
        const QList<Table>& tables = ordered.value();
        QList<TableState> sourceStates;
        for (const Table& table : tables)
            sourceStates << stateOf(m_source, table);

        WorkspaceCopyReport report;
        // All or nothing: one transaction on the target, verified before it commits. A failure
        // anywhere (a refused row, a lost connection, a failed check) leaves the target as it was.
        const auto copyAll = [&] {
            report = {};
            at = {};
            // The target must be empty, or already hold exactly this workspace.
            bool targetEmpty = true;
            bool targetIdentical = true;
            QString firstDifference;
            for (qsizetype t = 0; t < tables.size(); ++t) {
                const Table& table = tables.at(t);
                const qint64 targetRows =
                    m_target
                        .scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table.name)))
                        .toLongLong();
                if (targetRows > 0)
                    targetEmpty = false;
                if (!targetIdentical)
                    continue;
                const TableState targetState =
                    targetRows == sourceStates.at(t).rows ? stateOf(m_target, table) : TableState{};
                if (targetRows != sourceStates.at(t).rows ||
                    targetState.fingerprint != sourceStates.at(t).fingerprint) {
                    targetIdentical = false;
                    firstDifference = tr("%1 has %2 rows there, %3 here")
                                          .arg(table.name)
                                          .arg(targetRows)
                                          .arg(sourceStates.at(t).rows);
                }
            }
            if (!targetEmpty) {
                if (!targetIdentical)
                    throw CopyRefused{
                        tr("The target %1 already holds other data (%2). Nothing was copied: "
                           "copy only into a new, empty database.")
                            .arg(m_target.location().displayName(), firstDifference)};
                report.alreadyCopied = true;
                for (qsizetype i = 0; i < tables.size(); ++i)
                    report.tables << TableCopy{
                        tables.at(i).name, sourceStates.at(i).rows,
                        describeTotals(tables.at(i), sourceStates.at(i).totals)};
                return;
            }
            for (qsizetype t = 0; t < tables.size(); ++t)
                copyTable(m_source, m_target, tables.at(t), sourceStates.at(t).rows, at, progress);
            at = {};
            for (qsizetype t = 0; t < tables.size(); ++t) {
                const Table& table = tables.at(t);
                const TableState copied = stateOf(m_target, table);
                const TableState& original = sourceStates.at(t);
                if (copied.rows != original.rows)
                    throw CopyRefused{tr("Verification failed: %1 has %2 rows in the target, %3 "
                                         "in the source.")
                                          .arg(table.name)
                                          .arg(copied.rows)
                                          .arg(original.rows)};
                if (!sameTotals(copied.totals, original.totals))
                    throw CopyRefused{
                        tr("Verification failed: the totals of %1 differ (%2 in the target, %3 in "
                           "the source).")
                            .arg(table.name,
                                 describeTotals(table, copied.totals).join(QLatin1String(", ")),
                                 describeTotals(table, original.totals).join(QLatin1String(", ")))};
                if (copied.fingerprint != original.fingerprint)
                    throw CopyRefused{
                        tr("Verification failed: the content of %1 differs after the copy.")
                            .arg(table.name)};
                report.tables << TableCopy{table.name, copied.rows,
                                           describeTotals(table, copied.totals)};
            }
        };
        TransactOptions once;
        once.attempts = 1; // a retry would copy everything again: report and let the user re-run
        const Status copied = m_target.transact(copyAll, once);
        if (!copied) {
            const QString where = at.table.isEmpty()
                                      ? tr("Copying to %1 failed: %2")
                                            .arg(m_target.location().displayName(), copied.error())
                                      : tr("Copying %1 failed after %2 rows: %3")
                                            .arg(at.table)
                                            .arg(at.done)
                                            .arg(copied.error());
            return R::failure(where + QLatin1Char(' ') + rolledBackNote());
        }
        return report;
    } catch (const CopyRefused& refused) {
        return R::failure(refused.message + QLatin1Char(' ') + rolledBackNote());
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
