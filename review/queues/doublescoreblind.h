#pragma once

#include <QList>
#include <QString>

namespace callqa::review {

class Database;

// One double-scored item of an open queue, as the blind rule needs it: its two reviewers and
// whether each still has to submit their own score (their side is to do or in progress).
struct DoubleScoreSides {
    qint64 callId = 0;
    QString first;
    bool firstPending = false;
    QString second;
    bool secondPending = false;
};

// Blind double scoring: a reviewer of a double-scored item who has not submitted their own score
// of the call yet sees nobody else's evaluation, answers or draft of that call. True when the
// work of `author` on `callId` is hidden from `viewer`.
bool hiddenByDoubleScoring(const QList<DoubleScoreSides>& items, const QString& viewer,
                           qint64 callId, const QString& author);

// The calls whose scores lists (the library, `callqa calls`) must not show `viewer`: those of
// the items above `viewer` still has to score (first or second).
QList<qint64> callsWithScoresHidden(const QList<DoubleScoreSides>& items, const QString& viewer);

// The double-scored items of open queues that `viewer` is one of the two reviewers of (the only
// ones hiddenByDoubleScoring looks at). Throws DbError.
QList<DoubleScoreSides> doubleScoresOf(Database& db, const QString& viewer);

// Is `login` the second reviewer of the call on this checklist, still to score it, in an open
// queue? Then their draft is their own and their evaluation is the reliability score (status
// "reliability"), counted nowhere. Throws DbError.
bool isPendingSecondScorer(Database& db, qint64 callId, qint64 checklistId, const QString& login);

// Is the call double-scored in an open queue with a side still to score? Its scores then stay out
// of the audit log's details, which reviewers who supervise may read. Throws DbError.
bool hasPendingDoubleScore(Database& db, qint64 callId);

} // namespace callqa::review
