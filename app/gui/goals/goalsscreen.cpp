#include "app/gui/goals/goalsscreen.h"

#include "app/gui/goals/goalprogressdelegate.h"
#include "app/gui/goals/goalsmodel.h"
#include "review/goals/goalprogress.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace callqa::app {

GoalsScreen::GoalsScreen(review::Workspace& workspace, review::Actor actor, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor)),
      m_model(new GoalsModel(this)), m_table(new QTableView(this)), m_message(new QLabel(this))
{
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(GoalsModel::Progress, new GoalProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(GoalsModel::Progress, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table);
    refresh();
}

void GoalsScreen::refresh()
{
    QList<review::GoalProgress> progress;
    QString problem;
    const auto every = review::everyGoalProgress(m_workspace, m_actor);
    if (!every)
        problem = every.error();
    else if (every->isEmpty())
        problem = tr("No goals yet (callqa goals add).");
    else
        progress = *every;
    m_model->setGoals(problem.isEmpty() ? progress : QList<review::GoalProgress>{});
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
}

QString GoalsScreen::message() const
{
    return m_message->text();
}

} // namespace callqa::app
