#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {

class Database;

// One row of the call library, as the list views and `callqa calls` show it.
struct CallSummary {
    qint64 id = 0;
    QString externalId;
    QString relativePath;
    QString codec;
    int channels = 0;
    qint64 durationMs = 0;
    std::optional<qint64> startedAtMs;
    QString agentName;
    QString teamName;
    QString direction;
    QString queue;
    bool missing = false;
};

struct CallFilter {
    QString agentExternalId;
    QString team;
    int limit = 10000;
};

QList<CallSummary> listCalls(Database& db, const CallFilter& filter = {});

} // namespace callqa::review
