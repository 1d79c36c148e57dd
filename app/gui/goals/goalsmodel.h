#pragma once

#include "review/goals/goalprogress.h"

#include <QAbstractTableModel>

namespace callqa::app {

// Goals with their progress, one row each, read-only.
class GoalsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Goal,
        Scope,
        Baseline,
        Target,
        Current,
        Progress,
        Status,
        Deadline,
        Owner,
        Count
    };
    enum Role {
        ShareDoneRole = Qt::UserRole + 1, // double, or invalid without a value
        ShareExpectedRole,                // double 0..1
        StatusRole,                       // the status id ("on_track", ...)
        StatusColourRole,                 // QColor (statusColour)
        IntervalLowRole,                  // the 95 % interval's ends as shares, or invalid
        IntervalHighRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setGoals(QList<review::GoalProgress> goals);
    // Goals whose progress is still to come (replaceGoal): their terms show, their figures "…".
    void setPendingGoals(const QList<review::Goal>& goals);
    bool isComputed(int row) const
    {
        return row >= 0 && row < m_computed.size() && m_computed[row];
    }
    const QList<review::GoalProgress>& goals() const { return m_goals; }
    // After one goal changed (a task ticked): its row anew.
    void replaceGoal(int row, review::GoalProgress progress);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<review::GoalProgress> m_goals;
    QList<bool> m_computed;
};

} // namespace callqa::app
