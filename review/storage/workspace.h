#pragma once

#include "review/result.h"
#include "review/storage/database.h"

#include <QString>

#include <functional>
#include <memory>

namespace callqa::review {

// An open, migrated workspace: the one handle the CLI, the GUI and the tests start from.
class Workspace {
public:
    // `location` is a file path or a postgresql:// URL (see parseLocation).
    static Result<std::unique_ptr<Workspace>> open(const QString& location);
    static Result<std::unique_ptr<Workspace>> open(const Location& location);

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
