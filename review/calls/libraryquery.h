#pragma once

#include <QString>
#include <QVariantList>

#include <optional>

namespace callqa::review {

// The columns the library shows and sorts by.
enum class LibraryColumn {
    Started,
    CallId,
    Agent,
    Team,
    Queue,
    Direction,
    Duration,
    AgentShare,
    DeadAir,
    Score,
    ReviewQueue,
    Assignee,
    Missing,
};
inline constexpr int kLibraryColumnCount = int(LibraryColumn::Missing) + 1;

enum class ReviewedFilter { Any, Reviewed, NotReviewed };
enum class VerdictFilter { Any, Passed, Failed, CriticalFail };

// What the library shows: every filter combines (AND); an unset filter does not restrict.
// The evaluation filters (reviewed, score, verdict) and the Score sort apply only withScores,
// which is set for actors who may read all evaluations; the review queue columns only
// withQueues.
struct LibraryQuery {
    std::optional<qint64> fromMs; // started_at >= from
    std::optional<qint64> toMs;   // started_at < to
    std::optional<qint64> teamId; // calls.team_id: the team at the time of the call
    std::optional<qint64> agentId;
    QString queue; // the phone system's queue, exactly
    QString direction;
    std::optional<qint64> minDurationMs;
    std::optional<qint64> maxDurationMs;
    ReviewedFilter reviewed = ReviewedFilter::Any;
    std::optional<double> minScore;
    std::optional<double> maxScore;
    VerdictFilter verdict = VerdictFilter::Any;
    std::optional<qint64> deadAirOverMs;
    bool onlyMissing = false;
    QString search; // call id, agent name, queue, metadata values; case- and accent-insensitive

    LibraryColumn sortColumn = LibraryColumn::Started;
    bool descending = true;
    bool withScores = false;
    bool withQueues = false; // the review queue and assignee columns (actors who read queues)
    QList<qint64> scoreHiddenCallIds; // blind double scoring: these calls show no score
};

// Where the previous page ended: its last row's sort key and id.
struct LibraryCursor {
    QVariant key;
    qint64 id = 0;
};

struct LibrarySql {
    QString sql;
    QVariantList binds;
};

// The page query: columns in LibraryPage's order, then the sort key; rows after `after` in the
// query's order (sort key, then id as the tie-breaker), at most `limit`.
LibrarySql libraryPageSql(const LibraryQuery& query, const std::optional<LibraryCursor>& after,
                          qint64 limit);
// How many calls match the query's filters.
LibrarySql libraryCountSql(const LibraryQuery& query);
// The SQL expression a column sorts by (never NULL).
QString librarySortKey(LibraryColumn column, bool withScores, bool withQueues = true);
// LIKE pattern for the folded search text ('!' escapes), or empty for no search.
QString librarySearchPattern(const QString& search);

} // namespace callqa::review
