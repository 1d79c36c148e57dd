#pragma once

#include "review/result.h"
#include "review/storage/database.h"

#include <QString>

#include <functional>
#include <memory>

namespace callqa::review {

// Whether opening may make a new workspace. Existing (every command but `init`, `demo` and the
// target of `migrate`): a file that is not there, or a database without the callqa schema, is
// refused as "not a workspace", so a mistyped --db never leaves a new empty workspace behind.
// Create: a missing file (and its folder) is created, an empty database gets the schema.
// Both upgrade an existing workspace of an older schema version.
enum class OpenMode { Existing, Create };

// Why Workspace::open failed: the location holds no workspace or is no valid address (the caller
// named the wrong place: a usage error), or the workspace could not be opened (server down, file
// unreadable, password refused, ...).
enum class OpenFailure { NotAWorkspace, CannotOpen };

// An open, migrated workspace: the one handle the CLI, the GUI and the tests start from.
class Workspace {
public:
    // `location` is a file path or a postgresql:// URL (see parseLocation). When it fails and
    // `why` is given, *why says which kind of failure it was.
    static Result<std::unique_ptr<Workspace>> open(const QString& location, OpenMode mode,
                                                   OpenFailure* why = nullptr);
    static Result<std::unique_ptr<Workspace>> open(const Location& location, OpenMode mode,
                                                   OpenFailure* why = nullptr);

    Database& db() { return *m_db; }
    Backend backend() const { return m_db->backend(); }

    // Epoch milliseconds; replaceable so tests can pin time.
    qint64 now() const { return m_clock(); }
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // Workspace-wide settings stored in the database (e.g. the default recordings root).
    QString setting(const QString& key, const QString& fallback = {});
    Status setSetting(const QString& key, const QString& value);

private:
    explicit Workspace(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
    std::function<qint64()> m_clock;
};

} // namespace callqa::review
