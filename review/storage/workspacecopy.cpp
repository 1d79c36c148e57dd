#include "review/storage/workspacecopy.h"

#include "review/storage/database.h"
#include "review/storage/location.h"
#include "review/storage/migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::WorkspaceCopy", text);
}

// How a column's values are bound and compared, from its declared type.
enum class Kind { Integer, Real, Boolean, Json, Bytes, Text };

Kind kindOf(const QString& declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("BOOL")))
        return Kind::Boolean;
    if (type.contains(QLatin1String("INT")))
        return Kind::Integer;
    if (type.contains(QLatin1String("DOUBLE")) || type.contains(QLatin1String("REAL")) ||
        type.contains(QLatin1String("FLOAT")) || type.contains(QLatin1String("NUMERIC")))
        return Kind::Real;
    if (type.contains(QLatin1String("JSON")))
        return Kind::Json;
    if (type.contains(QLatin1String("BYTEA")) || type.contains(QLatin1String("BLOB")))
        return Kind::Bytes;
    return Kind::Text;
}

struct Column {
    QString name;
    Kind kind = Kind::Text;
    int pk = 0; // position in the primary key, 0 when not part of it
};

struct Table {
    QString name;
    QList<Column> columns;
    QStringList parents; // tables this one references
};

QString quoted(const QString& identifier)
{
    QString out = identifier;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString columnList(const Table& table)
{
    QStringList names;
    for (const Column& column : table.columns)
        names << quoted(column.name);
    return names.join(QLatin1String(", "));
}

// Score-like columns whose totals are compared after the copy: every floating-point column, and
// integer columns that hold points or scores.
QList<Column> totalledColumns(const Table& table)
{
    QList<Column> out;
    for (const Column& column : table.columns) {
        const bool scoreName = column.name.contains(QLatin1String("score")) ||
                               column.name.contains(QLatin1String("points"));
        if (column.kind == Kind::Real || (column.kind == Kind::Integer && scoreName))
            out << column;
    }
    return out;
}

QList<Table> catalogOf(Database& db)
{
    QStringList names;
    QSqlQuery q = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                         "name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    q.finish();
    names.removeAll(QStringLiteral("schema_version")); // the target's own migrations set it

    QList<Table> tables;
    for (const QString& name : std::as_const(names)) {
        Table table;
        table.name = name;
        QSqlQuery info = db.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(name)));
        while (info.next())
            table.columns << Column{info.value(1).toString(), kindOf(info.value(2).toString()),
                                    info.value(5).toInt()};
        info.finish();
        QSqlQuery keys = db.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(name)));
        while (keys.next()) {
            const QString parent = keys.value(2).toString();
            if (parent != name && !table.parents.contains(parent))
                table.parents << parent;
        }
        keys.finish();
        tables << table;
    }
    return tables;
}

// Parents before children (Kahn's algorithm, alphabetical among equals); self-references are
// satisfied by copying rows in key order.
Result<QList<Table>> dependencyOrder(QList<Table> tables)
{
    QList<Table> ordered;
    QStringList placed;
    while (!tables.isEmpty()) {
        const auto ready = std::find_if(tables.begin(), tables.end(), [&](const Table& table) {
            return std::all_of(table.parents.begin(), table.parents.end(),
                               [&](const QString& parent) { return placed.contains(parent); });
        });
        if (ready == tables.end())
            return Result<QList<Table>>::failure(
                tr("The tables %1 reference each other in a cycle; they cannot be copied in order.")
                    .arg(std::accumulate(tables.begin(), tables.end(), QStringList(),
                                         [](QStringList names, const Table& table) {
                                             names << table.name;
                                             return names;
                                         })
                             .join(QLatin1String(", "))));
        placed << ready->name;
        ordered << *ready;
        tables.erase(ready);
    }
    return ordered;
}

QString orderClause(const Table& table)
{
    QList<Column> key;
    for (const Column& column : table.columns) {
        if (column.pk > 0)
            key << column;
    }
    std::sort(key.begin(), key.end(), [](const Column& a, const Column& b) { return a.pk < b.pk; });
    if (key.isEmpty())
        return QStringLiteral(" ORDER BY rowid");
    QStringList names;
    for (const Column& column : key)
        names << quoted(column.name);
    return QStringLiteral(" ORDER BY ") + names.join(QLatin1String(", "));
}

QVariant bindable(const QVariant& value, Kind kind)
{
    if (value.isNull())
        return {};
    switch (kind) {
    case Kind::Integer:
        return value.toLongLong();
    case Kind::Real:
        return value.toDouble();
    case Kind::Boolean:
        return value.toBool();
    case Kind::Bytes:
        return value.toByteArray();
    case Kind::Json:
    case Kind::Text:
        return value.toString();
    }
    return value;
}

// A backend-neutral rendering of one value, for the content fingerprint.
QByteArray normalised(const QVariant& value, Kind kind)
{
    if (value.isNull())
        return QByteArrayLiteral("\x01");
    switch (kind) {
    case Kind::Integer:
        return QByteArray::number(value.toLongLong());
    case Kind::Real:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case Kind::Boolean:
        return value.toBool() ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
    case Kind::Json: {
        // PostgreSQL's JSONB re-spaces and reorders keys; Qt's compact form is the same on both.
        const QByteArray text = value.toString().toUtf8();
        const QJsonDocument document = QJsonDocument::fromJson(text);
        return document.isNull() ? text : document.toJson(QJsonDocument::Compact);
    }
    case Kind::Bytes:
        return value.toByteArray();
    case Kind::Text:
        return value.toString().toUtf8();
    }
    return {};
}

// Row count, column totals and an order-independent fingerprint of a table's content.
struct TableState {
    qint64 rows = 0;
    QList<double> totals;
    QByteArray fingerprint;
};

TableState stateOf(Database& db, const Table& table)
{
    TableState state;
    state.rows =
        db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table.name))).toLongLong();
    for (const Column& column : totalledColumns(table))
        state.totals << db.scalar(QStringLiteral("SELECT sum(%1) FROM %2")
                                      .arg(quoted(column.name), quoted(table.name)))
                            .toDouble();
    QList<QByteArray> rowHashes;
    rowHashes.reserve(state.rows);
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT %1 FROM %2").arg(columnList(table), quoted(table.name)));
    while (q.next()) {
        QCryptographicHash row(QCryptographicHash::Sha1);
        for (int i = 0; i < table.columns.size(); ++i) {
            row.addData(normalised(q.value(i), table.columns.at(i).kind));
            row.addData(QByteArrayView("\x1f", 1));
        }
        rowHashes << row.result();
    }
    q.finish();
    std::sort(rowHashes.begin(), rowHashes.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray& hash : std::as_const(rowHashes))
        all.addData(hash);
    state.fingerprint = all.result();
    return state;
}

bool sameTotals(const QList<double>& a, const QList<double>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (std::abs(a.at(i) - b.at(i)) > 1e-6 * std::max(1.0, std::abs(a.at(i))))
            return false;
    }
    return true;
}

QStringList describeTotals(const Table& table, const QList<double>& totals)
{
    QStringList out;
    const QList<Column> columns = totalledColumns(table);
    for (qsizetype i = 0; i < columns.size() && i < totals.size(); ++i)
        out << columns.at(i).name + QLatin1Char('=') + QString::number(totals.at(i), 'g', 15);
    return out;
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

bool hasSingleIntegerId(const Table& table)
{
    return std::count_if(table.columns.begin(), table.columns.end(),
                         [](const Column& c) { return c.pk > 0; }) == 1 &&
           std::any_of(table.columns.begin(), table.columns.end(), [](const Column& c) {
               return c.pk == 1 && c.kind == Kind::Integer && c.name == QLatin1String("id");
           });
}

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
