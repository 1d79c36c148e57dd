#include "app/gui/library/libraryview.h"

#include "app/gui/library/libraryfilterbar.h"
#include "review/calls/librarychoices.h"
#include "review/calls/librarymodel.h"

#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace callqa::app {

namespace {

QSettings workstationSettings()
{
    return QSettings(QStringLiteral("callqa"), QStringLiteral("callqa"));
}

const QString kHeaderKey = QStringLiteral("library/header");

} // namespace

LibraryView::LibraryView(review::Database& db, const review::Actor& actor, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("libraryView"));
    m_model = new review::LibraryModel(db, actor, this);
    const auto choices = review::libraryChoices(db, actor);
    m_filterBar = new LibraryFilterBar(choices ? choices.value() : review::LibraryChoices{},
                                       m_model->showsScores(), this);
    connect(m_filterBar, &LibraryFilterBar::filtersChanged, this,
            [this](const review::LibraryQuery& filters) { m_model->setQuery(filters); });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("callTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &LibraryView::showColumnsMenu);
    header->setSortIndicator(0, Qt::DescendingOrder);
    restoreHeader();
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sectionResized, this, &LibraryView::saveHeader);
    connect(header, &QHeaderView::sectionMoved, this, &LibraryView::saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &LibraryView::saveHeader);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &LibraryView::keepSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryView::restoreSelection);
    connect(m_model, &review::LibraryModel::countsChanged, this, &LibraryView::countsChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryView::currentCallChanged);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

LibraryView::~LibraryView() = default;

const review::LibraryRow* LibraryView::currentRow() const
{
    return m_model->rowAt(m_table->currentIndex().row());
}

QString LibraryView::statusText() const
{
    if (!m_model->error().isEmpty())
        return m_model->error();
    const QLocale locale;
    // n lets translators choose the plural form for the total.
    return tr("%1 of %2 calls", nullptr, int(std::min<qint64>(m_model->totalCount(), INT_MAX)))
        .arg(locale.toString(m_model->matchingCount()), locale.toString(m_model->totalCount()));
}

void LibraryView::refresh()
{
    m_model->refresh();
}

bool LibraryView::columnAvailable(int column) const
{
    const auto c = review::LibraryColumn(column);
    if (c == review::LibraryColumn::Score)
        return m_model->showsScores();
    if (c == review::LibraryColumn::ReviewQueue || c == review::LibraryColumn::Assignee)
        return m_model->showsQueues();
    return true;
}

void LibraryView::setColumnShown(int column, bool shown)
{
    m_table->setColumnHidden(column, !shown || !columnAvailable(column));
    saveHeader();
}

void LibraryView::showColumnsMenu(const QPoint& at)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("libraryColumnsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (!columnAvailable(column))
            continue;
        QAction* action = menu->addAction(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnShown(column, shown); });
    }
    menu->popup(m_table->horizontalHeader()->mapToGlobal(at));
}

void LibraryView::saveHeader() const
{
    if (m_restoring)
        return;
    workstationSettings().setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void LibraryView::restoreHeader()
{
    m_restoring = true;
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray state = workstationSettings().value(kHeaderKey).toByteArray();
    if (state.isEmpty() || !header->restoreState(state)) {
        m_table->resizeColumnsToContents();
        m_table->setColumnHidden(int(review::LibraryColumn::CallId), true);
    }
    for (int column = 0; column < m_model->columnCount(); ++column)
        if (!columnAvailable(column))
            m_table->setColumnHidden(column, true);
    m_restoring = false;
}

void LibraryView::keepSelection()
{
    const review::LibraryRow* row = currentRow();
    m_keptCall = row ? row->call.id : 0;
    m_keptScroll = m_table->verticalScrollBar()->value();
}

void LibraryView::restoreSelection()
{
    const int row = m_keptCall ? m_model->rowOfCall(m_keptCall) : -1;
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->doItemsLayout(); // the scroll range of the new rows, before scrolling back
        m_table->verticalScrollBar()->setValue(m_keptScroll);
    } else if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    }
    Q_EMIT currentCallChanged();
}

bool LibraryView::selectCall(qint64 callId)
{
    int row = m_model->rowOfCall(callId);
    for (int page = 0; row < 0 && page < kMaxSeekPages && m_model->canFetchMore({}); ++page) {
        m_model->fetchMore({});
        row = m_model->rowOfCall(callId);
    }
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

} // namespace callqa::app
