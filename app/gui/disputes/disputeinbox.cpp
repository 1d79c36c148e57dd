#include "app/gui/disputes/disputeinbox.h"

#include "app/gui/disputes/disputeinboxmodel.h"
#include "app/gui/disputes/rescoredialog.h"
#include "app/gui/evaluations/evaluationhistoryview.h"
#include "app/gui/evaluations/myevaluationsmodel.h"
#include "review/checklists/checkliststore.h"
#include "review/disputes/disputeinbox.h"
#include "review/disputes/disputestore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/changewatcher.h"
#include "review/storage/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace callqa::app {

DisputeInbox::DisputeInbox(review::Workspace& workspace, review::Actor actor,
                           review::ChangeWatcher* watcher, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("disputeInbox"));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("disputeStateFilter"));
    m_filter->addItem(tr("Every state"), QString());
    for (const review::DisputeState state :
         {review::DisputeState::Open, review::DisputeState::Accepted,
          review::DisputeState::Rejected, review::DisputeState::Withdrawn})
        m_filter->addItem(disputeStateText(state), review::disputeStateName(state));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &DisputeInbox::refresh);
    m_model = new DisputeInboxModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("disputeTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DisputeInboxModel::Reason,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("disputeDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("disputeMessage"));
    m_message->setWordWrap(true);
    m_accept = new QPushButton(tr("&Accept and re-score…"), this);
    m_accept->setObjectName(QStringLiteral("acceptDisputeButton"));
    m_reject = new QPushButton(tr("&Reject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectDisputeButton"));
    m_history = new QPushButton(tr("&History…"), this);
    m_history->setObjectName(QStringLiteral("disputeHistoryButton"));
    connect(m_accept, &QPushButton::clicked, this, &DisputeInbox::askAccept);
    connect(m_reject, &QPushButton::clicked, this, &DisputeInbox::askReject);
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedEvaluationId())
            showEvaluationHistory(m_workspace, m_actor, id, this);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addStretch(1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_history);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DisputeInbox::showSelected);
    if (watcher)
        connect(watcher, &review::ChangeWatcher::changed, this, [this](const QString& topic) {
            if (review::ChangeWatcher::concerns(topic, QStringLiteral("evaluations")))
                refresh();
        });
    refresh();
}

void DisputeInbox::setStateFilter(std::optional<review::DisputeState> state)
{
    const int at = m_filter->findData(state ? review::disputeStateName(*state) : QString());
    m_filter->setCurrentIndex(std::max(at, 0));
    refresh();
}

void DisputeInbox::refresh()
{
    const qint64 selected = selectedId();
    const auto state = review::disputeStateFromName(m_filter->currentData().toString());
    const auto listed = review::DisputeStore(m_workspace, m_actor).list(state);
    if (!listed) {
        m_model->setRows({}, m_workspace.now(), {});
        m_message->setText(listed.error());
        showSelected();
        return;
    }
    review::EvaluationFilter all;
    all.includeReplaced = true;
    QHash<qint64, review::EvaluationSummary> evaluations;
    if (const auto read = review::EvaluationStore(m_workspace, m_actor).list(all); read)
        for (const review::EvaluationSummary& e : read.value())
            evaluations.insert(e.id, e);
    QList<DisputeInboxModel::Row> rows;
    for (const review::Dispute& d : review::inboxOrder(listed.value())) {
        DisputeInboxModel::Row row{d, std::nullopt};
        if (evaluations.contains(d.evaluationId))
            row.evaluation = evaluations.value(d.evaluationId);
        rows << row;
    }
    m_model->setRows(rows, m_workspace.now(), review::disputeSettings(m_workspace));
    m_message->setText(rows.isEmpty() ? tr("No dispute here.") : QString());
    const int row = selected ? m_model->rowOfDispute(selected) : 0;
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
    showSelected();
}

qint64 DisputeInbox::selectedId() const
{
    const DisputeInboxModel::Row* row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->dispute.id : 0;
}

qint64 DisputeInbox::selectedEvaluationId() const
{
    const DisputeInboxModel::Row* row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->dispute.evaluationId : 0;
}

void DisputeInbox::showSelected()
{
    const DisputeInboxModel::Row* row = m_model->rowAt(m_table->currentIndex().row());
    const bool open = row && row->dispute.state == review::DisputeState::Open;
    const bool decides = review::authorize(m_actor, review::Action::ResolveDisputes).ok();
    m_accept->setEnabled(open && decides);
    m_reject->setEnabled(open && decides);
    m_history->setEnabled(row);
    if (!row) {
        m_detail->clear();
        return;
    }
    const review::Dispute& d = row->dispute;
    const QLocale locale;
    QString html =
        tr("<b>%1</b> opened it on %2: “%3”")
            .arg(d.openedBy.toHtmlEscaped(),
                 locale.toString(QDateTime::fromMSecsSinceEpoch(d.openedAt), QLocale::ShortFormat),
                 d.reason.toHtmlEscaped());
    for (auto it = d.itemReasons.cbegin(); it != d.itemReasons.cend(); ++it)
        html += QStringLiteral("<br>") +
                tr("Item %1: “%2”").arg(it.key().toHtmlEscaped(), it.value().toHtmlEscaped());
    if (d.decidedAt)
        html +=
            QStringLiteral("<br>") +
            tr("%1 on %2: %3 “%4”")
                .arg(d.decidedBy.toHtmlEscaped(),
                     locale.toString(QDateTime::fromMSecsSinceEpoch(*d.decidedAt),
                                     QLocale::ShortFormat),
                     disputeStateText(d.state).toHtmlEscaped(), d.decisionReason.toHtmlEscaped());
    m_detail->setText(html);
}

QString DisputeInbox::detailText() const
{
    return m_detail->text();
}

QString DisputeInbox::message() const
{
    return m_message->text();
}

review::Status DisputeInbox::acceptSelected(const checklists::AnswerSet& answers,
                                            const QString& reason)
{
    const auto done =
        review::DisputeStore(m_workspace, m_actor).accept(selectedId(), answers, reason);
    if (!done) {
        m_message->setText(done.error());
        return review::Status::failure(done.error());
    }
    refresh();
    m_message->setText(tr("Accepted: evaluation %1 replaces %2.")
                           .arg(done->revisionId.value_or(0))
                           .arg(done->evaluationId));
    return {};
}

review::Status DisputeInbox::rejectSelected(const QString& reason)
{
    const auto done = review::DisputeStore(m_workspace, m_actor).reject(selectedId(), reason);
    if (!done) {
        m_message->setText(done.error());
        return review::Status::failure(done.error());
    }
    refresh();
    m_message->setText(tr("Rejected."));
    return {};
}

void DisputeInbox::askAccept()
{
    const DisputeInboxModel::Row* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row || !row->evaluation)
        return;
    const auto version = review::ChecklistStore(m_workspace, m_actor)
                             .versionById(row->evaluation->checklistVersionId);
    const auto answers = review::EvaluationStore(m_workspace, m_actor).answers(row->evaluation->id);
    if (!version || !answers) {
        m_message->setText(!version ? version.error() : answers.error());
        return;
    }
    RescoreDialog dialog(version->checklist, answers.value(), row->dispute.reason, this);
    if (dialog.exec() == QDialog::Accepted)
        acceptSelected(dialog.answers(), dialog.reason());
}

void DisputeInbox::askReject()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Reject the dispute"), tr("Why the score stands (the agent reads it):"), {}, &ok);
    if (ok)
        rejectSelected(reason);
}

} // namespace callqa::app
