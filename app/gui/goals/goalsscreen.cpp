#include "app/gui/goals/goalsscreen.h"

#include "app/gui/goals/goaldetail.h"
#include "app/gui/goals/goalprogressdelegate.h"
#include "app/gui/goals/goalsmodel.h"
#include "review/goals/goalprogress.h"
#include "review/goals/goalstore.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace callqa::app {

namespace {

constexpr int kFirstPage = 40;

} // namespace

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
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &GoalsScreen::computeVisibleRows);
    refresh();
}

void GoalsScreen::showChosen()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->goals().size()) {
        m_detail->clear();
        return;
    }
    computeRows(row, row);
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
    QString problem;
    const auto goals = review::GoalStore(m_workspace, m_actor).list();
    if (!goals)
        problem = goals.error();
    else if (goals->isEmpty())
        problem = tr("No goals yet (callqa goals add).");
    m_model->setPendingGoals(problem.isEmpty() ? *goals : QList<review::Goal>{});
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_detail->clear();
    // The first page now, the rest as they scroll into view: a floor of thousands of goals opens
    // at once.
    computeRows(0, kFirstPage - 1);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0)); // the first goal in full below
}

void GoalsScreen::computeRows(int first, int last)
{
    QList<review::Goal> goals;
    QList<int> rows;
    for (int row = std::max(0, first); row <= last && row < m_model->rowCount(); ++row) {
        if (!m_model->isComputed(row)) {
            goals << m_model->goals().at(row).goal;
            rows << row;
        }
    }
    if (goals.isEmpty())
        return;
    const auto progress = review::goalsProgress(m_workspace, m_actor, goals);
    if (!progress) {
        m_message->setText(progress.error());
        m_message->show();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_model->replaceGoal(rows.at(i), progress->at(i));
}

void GoalsScreen::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    computeVisibleRows();
}

void GoalsScreen::computeVisibleRows()
{
    const int first = m_table->rowAt(0);
    if (first < 0)
        return;
    const int last = m_table->rowAt(m_table->viewport()->height() - 1);
    computeRows(first, last < 0 ? m_model->rowCount() - 1 : last);
}

QString GoalsScreen::message() const
{
    return m_message->text();
}

} // namespace callqa::app
