#include "review/storage/copytables.h"

#include "review/storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace callqa::review::copytables {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::WorkspaceCopy", text);
}

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

} // namespace

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

bool hasSingleIntegerId(const Table& table)
{
    return std::count_if(table.columns.begin(), table.columns.end(),
                         [](const Column& c) { return c.pk > 0; }) == 1 &&
           std::any_of(table.columns.begin(), table.columns.end(), [](const Column& c) {
               return c.pk == 1 && c.kind == Kind::Integer && c.name == QLatin1String("id");
           });
}

} // namespace callqa::review::copytables
