#pragma once

#include "review/auth/permissions.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

class GoalDetail;
class GoalsModel;

// The goals one may see (GoalStore: everything for those who read all evaluations, one's own and
// one's team's for an agent), each with its progress bar (its 95 % interval as a band), pace
// marker and status; below, the chosen goal's trend, tasks and agents (GoalDetail).
class GoalsScreen : public QWidget {
    Q_OBJECT
public:
    GoalsScreen(review::Workspace& workspace, review::Actor actor, QWidget* parent = nullptr);

    void refresh();
    GoalsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    GoalDetail* detail() const { return m_detail; }
    QString message() const; // why nothing shows, or empty

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showChosen();
    // Computes the rows from `first` to `last` whose progress has not come yet.
    void computeRows(int first, int last);
    void computeVisibleRows();
    void goalChanged(qint64 goalId);

    review::Workspace& m_workspace;
    review::Actor m_actor;
    GoalsModel* m_model;
    QTableView* m_table;
    QLabel* m_message;
    GoalDetail* m_detail;
};

} // namespace callqa::app
