#include "review/calls/librarymodel.h"

#include "review/queues/doublescoreblind.h"

#include "review/calls/calllistmodel.h"
#include "review/storage/database.h"

#include <QDateTime>

namespace callqa::review {

namespace {

// Set while the model announces a change: a view (or the model tester) that reacts to the
// announcement by asking for more rows would otherwise re-enter the model mid-change.
struct Changing {
    explicit Changing(bool& flag) : m_flag(flag) { m_flag = true; }
    ~Changing() { m_flag = false; }
    Changing(const Changing&) = delete;
    Changing& operator=(const Changing&) = delete;
    bool& m_flag;
};

} // namespace

LibraryModel::LibraryModel(Database& db, const Actor& actor, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_viewer(actor.login)
{
    const Status allowed = authorize(actor, Action::ReadCalls);
    m_mayRead = allowed.ok();
    if (!m_mayRead)
        m_error = allowed.error();
    m_query.withScores = authorize(actor, Action::ReadAllEvaluations).ok();
    m_query.withQueues = authorize(actor, Action::ReadQueues).ok();
    reload();
}

void LibraryModel::setQuery(const LibraryQuery& filters)
{
    LibraryQuery next = filters;
    next.sortColumn = m_query.sortColumn;
    next.descending = m_query.descending;
    next.withScores = m_query.withScores;
    next.withQueues = m_query.withQueues;
    next.scoreHiddenCallIds = m_query.scoreHiddenCallIds;
    m_query = next;
    reload();
}

void LibraryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kLibraryColumnCount)
        return;
    m_query.sortColumn = LibraryColumn(column);
    m_query.descending = order == Qt::DescendingOrder;
    reload(false); // the same calls match: the counts stand
}

QList<LibraryRow> LibraryModel::fetch(const std::optional<LibraryCursor>& after, qint64 limit)
{
    if (!m_mayRead)
        return {};
    try {
        QList<LibraryRow> rows = fetchLibraryPage(m_db, m_query, after, limit);
        m_atEnd = rows.size() < limit;
        return rows;
    } catch (const DbError& error) {
        m_error = error.message();
        m_atEnd = true;
        return {};
    }
}

void LibraryModel::readCounts()
{
    if (!m_mayRead)
        return;
    try {
        m_matching = countLibrary(m_db, m_query);
        // Nothing filters: the same count, not asked twice.
        const bool unfiltered = libraryCountSql(m_query).sql == libraryCountSql(LibraryQuery{}).sql;
        m_total = unfiltered ? m_matching : countLibrary(m_db, LibraryQuery{});
    } catch (const DbError& error) {
        m_error = error.message();
    }
    Q_EMIT countsChanged();
}

void LibraryModel::reload(bool recount)
{
    if (m_mayRead)
        m_error.clear();
    readHiddenScores();
    QList<LibraryRow> rows = fetch(std::nullopt, kPageSize);
    const Changing changing(m_changing);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (recount)
        readCounts();
}

void LibraryModel::readHiddenScores()
{
    if (!m_query.withScores)
        return;
    try {
        m_query.scoreHiddenCallIds =
            callsWithScoresHidden(doubleScoresOf(m_db, m_viewer), m_viewer);
    } catch (const DbError& error) {
        m_error = error.message();
    }
}

void LibraryModel::refresh()
{
    if (m_mayRead)
        m_error.clear();
    readHiddenScores();
    const qint64 loaded = std::max<qint64>(m_rows.size(), kPageSize);
    QList<LibraryRow> rows = fetch(std::nullopt, loaded);
    const bool sameCalls =
        rows.size() == m_rows.size() &&
        std::equal(rows.begin(), rows.end(), m_rows.begin(),
                   [](const LibraryRow& a, const LibraryRow& b) { return a.call.id == b.call.id; });
    const Changing changing(m_changing);
    if (sameCalls) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, kLibraryColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    readCounts();
}

const LibraryRow* LibraryModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int LibraryModel::rowOfCall(qint64 callId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).call.id == callId)
            return row;
    return -1;
}

int LibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kLibraryColumnCount;
}

bool LibraryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.isEmpty() && !m_changing;
}

void LibraryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QList<LibraryRow> rows = fetch(m_rows.last().cursor, kPageSize);
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    const Changing changing(m_changing);
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const
{
    const LibraryRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= kLibraryColumnCount)
        return {};
    const auto column = LibraryColumn(index.column());
    switch (role) {
    case kCallIdRole:
        return row->call.id;
    case Qt::ToolTipRole:
        if (row->call.missing)
            return tr("The recording is not at %1 any more.").arg(recordingLabel(row->call));
        return {};
    case Qt::TextAlignmentRole:
        if (column == LibraryColumn::Duration || column == LibraryColumn::AgentShare ||
            column == LibraryColumn::DeadAir || column == LibraryColumn::Score)
            return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        return display(*row, column);
    default:
        return {};
    }
}

QVariant LibraryModel::display(const LibraryRow& row, LibraryColumn column) const
{
    const CallSummary& call = row.call;
    switch (column) {
    case LibraryColumn::Started:
        return call.startedAtMs
                   ? m_locale.toString(
                         QDateTime::fromMSecsSinceEpoch(*call.startedAtMs).toLocalTime(),
                         QLocale::ShortFormat)
                   : QString();
    case LibraryColumn::CallId:
        return call.externalId;
    case LibraryColumn::Agent:
        return call.agentName;
    case LibraryColumn::Team:
        return call.teamName;
    case LibraryColumn::Queue:
        return call.queue;
    case LibraryColumn::Direction:
        return call.direction == QLatin1String("inbound")    ? tr("Inbound")
               : call.direction == QLatin1String("outbound") ? tr("Outbound")
                                                             : QString();
    case LibraryColumn::Duration:
        return formatDuration(call.durationMs, m_locale);
    case LibraryColumn::AgentShare:
        return row.agentShare ? tr("%1 %").arg(m_locale.toString(*row.agentShare * 100, 'f', 0))
                              : QString();
    case LibraryColumn::DeadAir:
        return row.deadAirMs ? formatDuration(*row.deadAirMs, m_locale) : QString();
    case LibraryColumn::Score:
        if (!m_query.withScores)
            return QString();
        if (call.criticalFail)
            return tr("critical fail");
        if (!call.score)
            return QString();
        return tr("%1 % %2").arg(m_locale.toString(*call.score, 'f', 1),
                                 call.passed ? tr("passed") : tr("failed"));
    case LibraryColumn::ReviewQueue:
        return row.reviewQueue;
    case LibraryColumn::Assignee:
        return row.assignee;
    case LibraryColumn::Missing:
        return call.missing ? tr("%1 (missing)").arg(recordingLabel(call)) : recordingLabel(call);
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kLibraryColumnCount)
        return {};
    switch (LibraryColumn(section)) {
    case LibraryColumn::Started:
        return tr("Started");
    case LibraryColumn::CallId:
        return tr("Call id");
    case LibraryColumn::Agent:
        return tr("Agent");
    case LibraryColumn::Team:
        return tr("Team");
    case LibraryColumn::Queue:
        return tr("Queue");
    case LibraryColumn::Direction:
        return tr("Direction");
    case LibraryColumn::Duration:
        return tr("Duration");
    case LibraryColumn::AgentShare:
        return tr("Agent talk");
    case LibraryColumn::DeadAir:
        return tr("Dead air");
    case LibraryColumn::Score:
        return tr("Score");
    case LibraryColumn::ReviewQueue:
        return tr("Review queue");
    case LibraryColumn::Assignee:
        return tr("Assignee");
    case LibraryColumn::Missing:
        return tr("Recording");
    }
    return {};
}

} // namespace callqa::review
