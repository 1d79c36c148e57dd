#pragma once

#include "review/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace callqa::review {

class Database;

// One copied (or compared) table.
struct TableCopy {
    QString table;
    qint64 rows = 0;
    QStringList totals; // "column=sum" for every numeric score-like column, checked on both sides
};

struct WorkspaceCopyReport {
    bool alreadyCopied = false; // the target held exactly the source's data: nothing was written
    QList<TableCopy> tables;    // in dependency order
    qint64 rows() const;
};

struct WorkspaceCopyProgress {
    QString table;
    qint64 done = 0;
    qint64 total = 0;
};

// Copies every table of a file workspace (SQLite) into another workspace, typically a fresh
// database on a PostgreSQL server. Both must be at the same schema version.
// All or nothing: the whole copy is ONE transaction on the target. Tables go in foreign-key
// order, rows in key order with their ids, 100 rows to a statement (streamed: the client holds one
// statement's rows, the server spills a large transaction to disk); PostgreSQL identity sequences
// are moved past the copied ids. Before the transaction commits, row counts, the totals of numeric
// columns and a fingerprint of every table's content are compared with the source; any failure
// (a refused row, a lost connection, a failed check) rolls the whole copy back, so the target is
// left as it was and running the copy again starts afresh. The source is read in one read
// transaction (one consistent snapshot) and never written.
// The target must hold no data; a target that already holds exactly the source's data is reported
// as alreadyCopied (so re-running after a success is harmless); anything else is refused, never
// merged. The table list comes from the source's catalog, so tables added by later migrations join
// without changes here.
class WorkspaceCopy {
public:
    WorkspaceCopy(Database& source, Database& target);

    // Opens a file workspace read-only as the source of a copy: it is never upgraded in place.
    // One at an older schema version is refused with how to upgrade it (`callqa --db FILE init`).
    static Result<std::unique_ptr<Database>> openSource(const QString& path);

    Result<WorkspaceCopyReport>
    run(const std::function<void(const WorkspaceCopyProgress&)>& progress = {});

private:
    Database& m_source;
    Database& m_target;
};

} // namespace callqa::review
