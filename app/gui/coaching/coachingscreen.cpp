#include "app/gui/coaching/coachingscreen.h"

#include "app/gui/coaching/actionitemsmodel.h"
#include "app/gui/coaching/coachingsessiondialog.h"
#include "review/storage/workspace.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace callqa::app {

namespace {

QString day(const std::optional<qint64>& ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms).date(), QLocale::ShortFormat)
              : QString();
}

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

CoachingScreen::CoachingScreen(review::Workspace& workspace, review::Actor actor, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("coachingScreen"));
    m_sessionsModel = new QStandardItemModel(this);
    m_sessionsModel->setHorizontalHeaderLabels(
        {tr("Held on"), tr("Agent"), tr("Coach"), tr("Follow-up"), tr("Acknowledged")});
    m_sessions = new QTableView(this);
    m_sessions->setObjectName(QStringLiteral("coachingSessions"));
    m_sessions->setModel(m_sessionsModel);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessions->horizontalHeader()->setStretchLastSection(true);
    m_sessions->verticalHeader()->hide();
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_itemsModel = new ActionItemsModel(this);
    m_items = new QTableView(this);
    m_items->setObjectName(QStringLiteral("actionItems"));
    m_items->setModel(m_itemsModel);
    m_items->horizontalHeader()->setSectionResizeMode(ActionItemsModel::Title,
                                                      QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    connect(m_itemsModel, &ActionItemsModel::itemChecked, this, &CoachingScreen::markDone);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("coachingMessage"));
    m_message->setWordWrap(true);
    const bool coaches = review::authorize(m_actor, review::Action::RunCoaching).ok();
    m_new = new QPushButton(tr("&New session…"), this);
    m_addItem = new QPushButton(tr("Add an &action item…"), this);
    m_acknowledge = new QPushButton(tr("&Acknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeSessionButton"));
    m_new->setVisible(coaches);
    m_addItem->setVisible(coaches);
    m_acknowledge->setVisible(!coaches);
    connect(m_new, &QPushButton::clicked, this, &CoachingScreen::askSession);
    connect(m_addItem, &QPushButton::clicked, this, &CoachingScreen::askItem);
    connect(m_acknowledge, &QPushButton::clicked, this, &CoachingScreen::acknowledgeSelected);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail);
    rightLayout->addWidget(m_items, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_sessions);
    split->addWidget(right);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_addItem);
    buttons->addWidget(m_acknowledge);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_sessions->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CoachingScreen::showSelected);
    refresh();
}

void CoachingScreen::refresh()
{
    const qint64 selected = selectedId();
    const auto listed = review::CoachingStore(m_workspace, m_actor).list();
    m_list = listed ? listed.value() : QList<review::CoachingSession>{};
    m_sessionsModel->removeRows(0, m_sessionsModel->rowCount());
    int selectRow = 0;
    for (const review::CoachingSession& s : m_list) {
        if (s.id == selected)
            selectRow = m_sessionsModel->rowCount();
        m_sessionsModel->appendRow(
            {cell(day(s.heldOn)),
             cell(s.agentName.isEmpty() ? s.agentExternalId
                                        : tr("%1 (%2)").arg(s.agentName, s.agentExternalId)),
             cell(s.coach), cell(day(s.followUpOn)),
             cell(s.acknowledgedAt ? day(s.acknowledgedAt) : tr("not yet"))});
    }
    m_message->setText(!listed            ? listed.error()
                       : m_list.isEmpty() ? tr("No coaching session yet.")
                                          : QString());
    if (!m_list.isEmpty())
        m_sessions->selectRow(selectRow);
    showSelected();
}

qint64 CoachingScreen::selectedId() const
{
    const int row = m_sessions->currentIndex().row();
    return row >= 0 && row < m_list.size() ? m_list.at(row).id : 0;
}

void CoachingScreen::showSelected()
{
    const int row = m_sessions->currentIndex().row();
    const bool any = row >= 0 && row < m_list.size();
    m_addItem->setEnabled(any);
    m_acknowledge->setEnabled(any && !m_list.at(row).acknowledgedAt);
    if (!any) {
        m_detail->clear();
        m_itemsModel->setItems({}, m_workspace.now());
        return;
    }
    // The list has no items; the session itself has them.
    const auto found = review::CoachingStore(m_workspace, m_actor).find(m_list.at(row).id);
    if (!found) {
        m_detail->setText(found.error().toHtmlEscaped());
        m_itemsModel->setItems({}, m_workspace.now());
        return;
    }
    const review::CoachingSession& s = found.value();
    QStringList evaluations;
    for (const qint64 id : s.evaluationIds)
        evaluations << QStringLiteral("#%1").arg(id);
    m_detail->setText(
        tr("<b>%1 with %2 on %3</b><br>Evaluations discussed: %4<br>%5")
            .arg(s.coach.toHtmlEscaped(), s.agentExternalId.toHtmlEscaped(), day(s.heldOn),
                 evaluations.isEmpty() ? tr("none") : evaluations.join(QStringLiteral(", ")),
                 s.notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    m_itemsModel->setItems(s.items, m_workspace.now());
}

QString CoachingScreen::detailText() const
{
    return m_detail->text();
}

QString CoachingScreen::message() const
{
    return m_message->text();
}

review::Status CoachingScreen::report(const review::Status& done, const QString& success)
{
    if (done)
        refresh();
    m_message->setText(done ? success : done.error());
    return done;
}

review::Status CoachingScreen::addSession(const review::NewCoachingSession& session)
{
    const auto added = review::CoachingStore(m_workspace, m_actor).add(session);
    if (!added)
        return report(review::Status::failure(added.error()), {});
    refresh();
    for (int i = 0; i < m_list.size(); ++i)
        if (m_list.at(i).id == added.value())
            m_sessions->selectRow(i);
    m_message->setText(tr("Session %1 recorded.").arg(added.value()));
    return {};
}

review::Status CoachingScreen::addItem(const QString& title, const QString& owner,
                                       std::optional<qint64> dueOn)
{
    const auto added =
        review::CoachingStore(m_workspace, m_actor).addItem(selectedId(), title, owner, dueOn);
    return report(added ? review::Status() : review::Status::failure(added.error()),
                  tr("Action item added."));
}

void CoachingScreen::markDone(qint64 itemId)
{
    report(review::CoachingStore(m_workspace, m_actor).markItemDone(itemId), tr("Done."));
}

review::Status CoachingScreen::acknowledgeSelected()
{
    return report(review::CoachingStore(m_workspace, m_actor).acknowledge(selectedId()),
                  tr("Acknowledged."));
}

void CoachingScreen::askSession()
{
    CoachingSessionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString problem = dialog.problem(); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    addSession(dialog.session());
}

void CoachingScreen::askItem()
{
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, tr("New action item"), tr("What is to be done:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString owner =
        QInputDialog::getText(this, tr("New action item"), tr("Who does it (a login; empty: you):"),
                              QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const int days =
        QInputDialog::getInt(this, tr("New action item"),
                             tr("Due in how many days (0: no due date):"), 7, 0, 365, 1, &ok);
    if (!ok)
        return;
    addItem(title, owner,
            days > 0 ? std::optional<qint64>(
                           QDate::currentDate().addDays(days).startOfDay().toMSecsSinceEpoch())
                     : std::nullopt);
}

} // namespace callqa::app
