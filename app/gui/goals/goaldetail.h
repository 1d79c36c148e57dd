#pragma once

#include "review/auth/permissions.h"
#include "review/goals/goalprogress.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTableWidget;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

class GoalTrendChart;

// The chosen goal in full: its weekly trend, its tasks with check boxes (ticking one marks it
// done through GoalTasks, for those who may manage tasks; a done task stays done) and, for a team
// or the floor, each agent's part (n and value).
class GoalDetail : public QWidget {
    Q_OBJECT
public:
    GoalDetail(review::Workspace& workspace, review::Actor actor, QWidget* parent = nullptr);

    void setProgress(const review::GoalProgress& progress);
    void clear();

    GoalTrendChart* chart() const { return m_chart; }
    QListWidget* tasks() const { return m_tasks; }
    QTableWidget* agents() const { return m_agents; }
    QString message() const; // why the last tick did not count, or empty

Q_SIGNALS:
    void goalChanged(qint64 goalId);

private:
    void taskTicked(QListWidgetItem* item);

    review::Workspace& m_workspace;
    review::Actor m_actor;
    qint64 m_goalId = 0;
    bool m_filling = false;
    GoalTrendChart* m_chart;
    QListWidget* m_tasks;
    QTableWidget* m_agents;
    QLabel* m_message;
};

} // namespace callqa::app
