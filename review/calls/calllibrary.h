#pragma once

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace callqa::review {

class Database;

// One row of the call library, as the list views and `callqa calls` show it.
struct CallSummary {
    qint64 id = 0;
    QString externalId;
    QString relativePath;
    QString secondLegPath; // the customer's leg of a call recorded in two files; else empty
    QString codec;
    int channels = 0;
    qint64 durationMs = 0;
    std::optional<qint64> startedAtMs;
    QString agentName;
    QString teamName;
    QString direction;
    QString queue;
    bool missing = false;
    // The latest evaluation, when the filter asked for scores.
    std::optional<double> score;
    bool passed = false;
    bool criticalFail = false;
};

// The recording as the library names it: its path, or both legs' ("a-in.wav + a-out.wav").
QString recordingLabel(const CallSummary& call);

// The columns every list of calls selects first, in this order, from `calls c` joined with
// `agents a` and `teams t`; readCallSummary() reads them back (the first kCallSummaryColumns
// columns of a row).
QString callSummaryColumns();
constexpr int kCallSummaryColumns = 13;

struct CallFilter {
    std::optional<qint64> callId; // one call
    QString agentExternalId;
    QString team;
    std::optional<qint64> limit; // none: every call that matches
    bool withScores = false;     // listCalls(db, actor, ...) sets it for those who read evaluations
    QList<qint64> scoreHiddenCallIds; // blind double scoring: shown without a score
};

// The condition on `l` (the latest evaluation's subquery) that leaves out calls whose scores the
// viewer must not see (the ids are the program's own numbers, written in).
QString scoreHiddenCondition(const QList<qint64>& callIds);

CallSummary readCallSummary(const QSqlQuery& row);

// Unchecked: for code that has already authorized (and for tests). Throws DbError.
QList<CallSummary> listCalls(Database& db, const CallFilter& filter = {});
// For a user: needs an actor who may read calls.
Result<QList<CallSummary>> listCalls(Database& db, const Actor& actor,
                                     const CallFilter& filter = {});

// How many calls match the filter, ignoring its limit (for "100 of 12,345 calls").
qint64 countCalls(Database& db, const CallFilter& filter = {});
Result<qint64> countCalls(Database& db, const Actor& actor, const CallFilter& filter = {});

} // namespace callqa::review
