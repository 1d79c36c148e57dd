#include "app/gui/goals/goalsscreen.h"

#include "app/gui/goals/goaldetail.h"
#include "app/gui/goals/goalprogressdelegate.h"
#include "app/gui/goals/goalsmodel.h"
#include "review/goals/goalprogress.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace callqa::app {

GoalsScreen::GoalsScreen(review::Workspace& workspace, review::Actor actor, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor)),
      m_model(new GoalsModel(this)), m_table(new QTableView(this)), m_message(new QLabel(this)),
      m_detail(new GoalDetail(workspace, m_actor, this))
{
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(GoalsModel::Progress, new GoalProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(GoalsModel::Progress, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_message->setWordWrap(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GoalsScreen::showChosen);
    connect(m_detail, &GoalDetail::goalChanged, this, &GoalsScreen::goalChanged);
    refresh();
}

void GoalsScreen::showChosen()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->goals().size()) {
        m_detail->clear();
        return;
    }
    m_detail->setProgress(m_model->goals().at(row));
}

void GoalsScreen::goalChanged(qint64 goalId)
{
    const QList<review::GoalProgress>& goals = m_model->goals();
    for (int row = 0; row < goals.size(); ++row) {
        if (goals.at(row).goal.id != goalId)
            continue;
        const auto progress = review::goalProgress(m_workspace, m_actor, goalId);
        if (!progress) {
            m_message->setText(progress.error());
            m_message->show();
            return;
        }
        m_model->replaceGoal(row, *progress);
        if (m_table->currentIndex().row() == row)
            m_detail->setProgress(*progress);
        return;
    }
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
    m_detail->clear();
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
}

QString GoalsScreen::message() const
{
    return m_message->text();
}

} // namespace callqa::app
