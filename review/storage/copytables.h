#pragma once

#include "review/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// The tables of a file workspace as WorkspaceCopy sees them: read from SQLite's catalog (so tables
// added by later migrations join without changes), ordered parents first, and summarised as row
// count, score totals and a backend-neutral content fingerprint that both sides can compare.
namespace callqa::review {

class Database;

namespace copytables {

// How a column's values are bound and compared, from its declared type.
enum class Kind { Integer, Real, Boolean, Json, Bytes, Text };

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

// Row count, column totals and an order-independent fingerprint of a table's content.
struct TableState {
    qint64 rows = 0;
    QList<double> totals;
    QByteArray fingerprint;
};

QString quoted(const QString& identifier);
QString columnList(const Table& table);
// " ORDER BY" the primary key (rowid without one).
QString orderClause(const Table& table);
// Every table of a SQLite workspace but schema_version (the target's own migrations set it).
QList<Table> catalogOf(Database& db);
// Parents before children; a cycle is refused.
Result<QList<Table>> dependencyOrder(QList<Table> tables);
// A source value as the target binds it.
QVariant bindable(const QVariant& value, Kind kind);
TableState stateOf(Database& db, const Table& table);
bool sameTotals(const QList<double>& a, const QList<double>& b);
// "column=sum" for each totalled column.
QStringList describeTotals(const Table& table, const QList<double>& totals);
// A table keyed by one integer `id` (PostgreSQL gives it an identity sequence).
bool hasSingleIntegerId(const Table& table);

} // namespace copytables
} // namespace callqa::review
