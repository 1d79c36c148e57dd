#pragma once

#include "review/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

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
// database on a PostgreSQL server. Both must already be migrated to the same schema version.
// Tables go in foreign-key order, rows in key order with their ids; one transaction per batch;
// PostgreSQL identity sequences are moved past the copied ids. Afterwards row counts, the totals
// of numeric columns and a fingerprint of every table's content are compared on both sides.
// The target must hold no data; a target that already holds exactly the source's data is reported
// as alreadyCopied (so re-running is harmless); anything else is refused, never merged.
// The table list comes from the source's catalog, so tables added by later migrations join
// without changes here.
class WorkspaceCopy {
public:
    WorkspaceCopy(Database& source, Database& target);
    void setBatchRows(int rows) { m_batchRows = std::max(1, rows); }
    Result<WorkspaceCopyReport>
    run(const std::function<void(const WorkspaceCopyProgress&)>& progress = {});

private:
    Database& m_source;
    Database& m_target;
    int m_batchRows = 1000;
};

} // namespace callqa::review
