#include "app/gui/queues/myqueuepanel.h"

#include "app/gui/queues/myqueuemodel.h"
#include "review/queues/queuestore.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace callqa::app {

MyQueuePanel::MyQueuePanel(review::Workspace& workspace, review::Actor actor, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("myQueuePanel"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("myQueueCounts"));
    m_model = new MyQueueModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("myQueueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // The reason column takes what is left and elides: the state stays in view in a narrow dock.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MyQueueModel::Stratum, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setMinimumWidth(380);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("myQueueMessage"));
    m_message->setWordWrap(true);

    m_next = new QAction(tr("&Next item"), this);
    m_next->setObjectName(QStringLiteral("nextItemAction"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_next->setShortcutContext(Qt::WindowShortcut);
    m_next->setToolTip(tr("Take the next item of your queue (%1)")
                           .arg(m_next->shortcut().toString(QKeySequence::NativeText)));
    connect(m_next, &QAction::triggered, this, &MyQueuePanel::takeNext);
    auto* nextButton = new QToolButton(this);
    nextButton->setObjectName(QStringLiteral("nextItemButton"));
    nextButton->setDefaultAction(m_next);
    nextButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addWidget(nextButton);
    layout->addWidget(m_message);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT callChosen(index.data(MyQueueModel::CallIdRole).toLongLong());
    });
    refresh();
}

void MyQueuePanel::refresh()
{
    const auto mine = review::myQueue(m_workspace, m_actor);
    if (!mine) {
        m_model->setEntries({});
        m_counts->clear();
        m_message->setText(mine.error());
        return;
    }
    // The selected item stays selected across a refresh (another workstation's change, or the
    // review screen opening it).
    const QModelIndex current = m_table->currentIndex();
    const qint64 selectedItem = current.isValid() ? m_model->itemIdAt(current.row()) : 0;
    m_model->setEntries(mine->entries);
    if (const int row = selectedItem ? m_model->rowOfItem(selectedItem) : -1; row >= 0)
        m_table->selectRow(row);
    const QLocale locale;
    m_counts->setText(tr("%1 to do, %2 in progress, %3 done")
                          .arg(locale.toString(mine->counts.todo),
                               locale.toString(mine->counts.inProgress),
                               locale.toString(mine->counts.done)));
}

void MyQueuePanel::takeNext()
{
    const auto next = review::QueueStore(m_workspace, m_actor).next();
    if (!next) {
        m_message->setText(next.error());
        return;
    }
    if (!next.value()) {
        m_message->setText(tr("Nothing to do: every item of your queues is done."));
        return;
    }
    m_message->clear();
    const review::QueueItem item = *next.value();
    refresh(); // an unassigned item taken just now is listed as theirs
    if (const int row = m_model->rowOfItem(item.id); row >= 0)
        m_table->selectRow(row);
    Q_EMIT callChosen(item.callId);
}

} // namespace callqa::app
