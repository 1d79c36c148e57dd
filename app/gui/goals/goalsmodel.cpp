#include "app/gui/goals/goalsmodel.h"

#include "app/gui/goals/goalprogressbar.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace callqa::app {

namespace {

QString number(double value)
{
    // Four significant digits, but whole seconds stay whole: 86400, not 8.64e+04.
    return std::abs(value) >= 1000 ? QLocale().toString(value, 'f', 0)
                                   : QLocale().toString(value, 'g', 4);
}

QString dayText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(),
                              QLocale::ShortFormat);
}

} // namespace

void GoalsModel::setGoals(QList<review::GoalProgress> goals)
{
    beginResetModel();
    m_goals = std::move(goals);
    m_computed = QList<bool>(m_goals.size(), true);
    endResetModel();
}

void GoalsModel::setPendingGoals(const QList<review::Goal>& goals)
{
    beginResetModel();
    m_goals.clear();
    for (const review::Goal& goal : goals) {
        review::GoalProgress pending;
        pending.goal = goal;
        m_goals << pending;
    }
    m_computed = QList<bool>(m_goals.size(), false);
    endResetModel();
}

void GoalsModel::replaceGoal(int row, review::GoalProgress progress)
{
    if (row < 0 || row >= m_goals.size())
        return;
    m_goals[row] = std::move(progress);
    m_computed[row] = true;
    Q_EMIT dataChanged(index(row, 0), index(row, Count - 1));
}

int GoalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_goals.size());
}

int GoalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant GoalsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_goals.size())
        return {};
    const review::GoalProgress& p = m_goals.at(index.row());
    const review::Goal& g = p.goal;
    const bool pendingColumn =
        index.column() == Current || index.column() == Progress || index.column() == Status;
    if (!m_computed.at(index.row()) && (role != Qt::DisplayRole || pendingColumn)) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("…");
        if (role >= ShareDoneRole || role == Qt::ForegroundRole)
            return {};
    }
    if (role == ShareDoneRole)
        return p.judgement.shareDone ? QVariant(*p.judgement.shareDone) : QVariant();
    if (role == ShareExpectedRole)
        return p.judgement.shareExpected;
    if (role == IntervalLowRole || role == IntervalHighRole) {
        const auto shares = intervalShares(g.baseline, g.current.target, p.ci95);
        if (!shares)
            return {};
        return role == IntervalLowRole ? shares->low : shares->high;
    }
    if (role == StatusRole)
        return review::statusName(p.judgement.status);
    if (role == StatusColourRole)
        return statusColour(p.judgement.status);
    if (role == Qt::ForegroundRole && index.column() == Status)
        return QBrush(statusColour(p.judgement.status));
    if (role == Qt::ToolTipRole && index.column() == Goal)
        return g.current.why;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Goal:
        return g.itemKey.isEmpty() ? g.metric : QStringLiteral("%1 (%2)").arg(g.metric, g.itemKey);
    case Scope:
        return g.scope.toText();
    case Baseline:
        return number(g.baseline);
    case Target:
        return QStringLiteral("%1 %2").arg(
            g.direction == review::GoalDirection::Raise ? QStringLiteral("↑") : QStringLiteral("↓"),
            number(g.current.target));
    case Current: {
        if (!p.current.value)
            return tr("no value (n = %1)").arg(p.current.n);
        QString text = number(*p.current.value);
        if (p.ci95)
            text += QStringLiteral(" [%1, %2]").arg(number(p.ci95->low), number(p.ci95->high));
        return tr("%1 (n = %2)").arg(text).arg(p.current.n);
    }
    case Progress:
        return p.judgement.shareDone ? tr("%1 % of %2 %")
                                           .arg(qRound(*p.judgement.shareDone * 100))
                                           .arg(qRound(p.judgement.shareExpected * 100))
                                     : tr("- of %1 %").arg(qRound(p.judgement.shareExpected * 100));
    case Status:
        return statusText(p.judgement.status);
    case Deadline:
        return dayText(g.current.deadlineMs);
    case Owner:
        return g.current.owner;
    default:
        return {};
    }
}

QVariant GoalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Goal:
        return tr("Goal");
    case Scope:
        return tr("Scope");
    case Baseline:
        return tr("Baseline");
    case Target:
        return tr("Target");
    case Current:
        return tr("Now [95 % interval]");
    case Progress:
        return tr("Done of expected");
    case Status:
        return tr("Status");
    case Deadline:
        return tr("Deadline");
    case Owner:
        return tr("Owner");
    default:
        return {};
    }
}

} // namespace callqa::app
