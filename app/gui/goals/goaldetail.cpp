#include "app/gui/goals/goaldetail.h"

#include "app/gui/goals/goaltrendchart.h"
#include "review/goals/goaltasks.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace callqa::app {

namespace {

constexpr int kTaskIdRole = Qt::UserRole + 1;

QString taskText(const review::GoalTask& task, bool behind)
{
    QString text = task.title;
    if (!task.owner.isEmpty())
        text += QStringLiteral(" — ") + task.owner;
    if (task.dueMs)
        text += QStringLiteral(", ") +
                GoalDetail::tr("due %1").arg(QLocale().toString(
                    QDateTime::fromMSecsSinceEpoch(*task.dueMs, QTimeZone::utc()).date(),
                    QLocale::ShortFormat));
    if (behind)
        text += QStringLiteral(" — ") + GoalDetail::tr("behind");
    return text;
}

} // namespace

GoalDetail::GoalDetail(review::Workspace& workspace, review::Actor actor, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor)),
      m_chart(new GoalTrendChart(this)), m_tasks(new QListWidget(this)),
      m_agents(new QTableWidget(0, 3, this)), m_message(new QLabel(this))
{
    m_agents->setHorizontalHeaderLabels({tr("Agent"), tr("n"), tr("Value")});
    m_agents->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_agents->verticalHeader()->hide();
    m_agents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setWordWrap(true);
    m_message->hide();
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Tasks"), side));
    sideLayout->addWidget(m_tasks, 1);
    sideLayout->addWidget(m_message);
    sideLayout->addWidget(new QLabel(tr("Each agent's part (window so far)"), side));
    sideLayout->addWidget(m_agents, 2);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_chart);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_tasks, &QListWidget::itemChanged, this, &GoalDetail::taskTicked);
}

void GoalDetail::clear()
{
    m_goalId = 0;
    m_chart->clear();
    m_tasks->clear();
    m_agents->setRowCount(0);
}

void GoalDetail::setProgress(const review::GoalProgress& progress)
{
    m_filling = true;
    m_goalId = progress.goal.id;
    m_chart->setProgress(progress);
    m_tasks->clear();
    const bool mayTick = review::authorize(m_actor, review::Action::ManageTasks).ok();
    for (const review::GoalTask& task : progress.tasks) {
        auto* item =
            new QListWidgetItem(taskText(task, progress.behindTaskIds.contains(task.id)), m_tasks);
        item->setData(kTaskIdRole, task.id);
        item->setCheckState(task.done ? Qt::Checked : Qt::Unchecked);
        Qt::ItemFlags flags = Qt::ItemIsEnabled;
        if (mayTick && !task.done)
            flags |= Qt::ItemIsUserCheckable;
        item->setFlags(flags);
    }
    if (progress.tasks.isEmpty())
        (new QListWidgetItem(tr("No tasks."), m_tasks))->setFlags(Qt::NoItemFlags);
    const QLocale locale;
    m_agents->setRowCount(int(progress.agents.size()));
    for (int row = 0; row < progress.agents.size(); ++row) {
        const review::AgentContribution& a = progress.agents.at(row);
        m_agents->setItem(
            row, 0, new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(a.agentName, a.agentId)));
        m_agents->setItem(row, 1, new QTableWidgetItem(locale.toString(qlonglong(a.value.n))));
        m_agents->setItem(row, 2,
                          new QTableWidgetItem(a.value.value
                                                   ? locale.toString(*a.value.value, 'g', 4)
                                                   : QStringLiteral("-")));
    }
    m_filling = false;
}

void GoalDetail::taskTicked(QListWidgetItem* item)
{
    if (m_filling || item->checkState() != Qt::Checked)
        return;
    const qint64 taskId = item->data(kTaskIdRole).toLongLong();
    const review::Status done = review::GoalTasks(m_workspace, m_actor).markDone(m_goalId, taskId);
    m_message->setText(done ? QString() : done.error());
    m_message->setVisible(!done);
    if (!done) {
        m_filling = true;
        item->setCheckState(Qt::Unchecked);
        m_filling = false;
        return;
    }
    Q_EMIT goalChanged(m_goalId);
}

QString GoalDetail::message() const
{
    return m_message->text();
}

} // namespace callqa::app
