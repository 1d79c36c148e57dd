#include "app/gui/evaluations/evaluationhistoryview.h"

#include "app/gui/evaluations/myevaluationsmodel.h"
#include "app/gui/review/reviewformmodel.h"
#include "review/disputes/evaluationhistory.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace callqa::app {

namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QList<QStandardItem*> row(const QString& event, const QString& who, const QString& at,
                          const QString& why)
{
    QList<QStandardItem*> cells;
    for (const QString& text : {event, who, at, why}) {
        auto* cell = new QStandardItem(text);
        cell->setEditable(false);
        cell->setToolTip(text);
        cells << cell;
    }
    return cells;
}

} // namespace

EvaluationHistoryView::EvaluationHistoryView(review::Workspace& workspace, review::Actor actor,
                                             QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("evaluationHistory"));
    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Event"), tr("Who"), tr("When"), tr("Why")});
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);
}

bool EvaluationHistoryView::load(qint64 evaluationId)
{
    m_model->removeRows(0, m_model->rowCount());
    const auto history = review::evaluationHistory(m_workspace, m_actor, evaluationId);
    if (!history) {
        m_message->setText(history.error());
        return false;
    }
    m_message->setText(
        tr("Evaluation %1: its original and every revision, oldest first.").arg(evaluationId));
    for (const review::HistoryLink& link : history.value()) {
        const review::EvaluationSummary& e = link.evaluation;
        const QString event = e.revisionOf
                                  ? tr("Revision #%1 of #%2: %3")
                                        .arg(e.id)
                                        .arg(*e.revisionOf)
                                        .arg(formatPercent(e.overall))
                                  : tr("Original #%1: %2").arg(e.id).arg(formatPercent(e.overall));
        QList<QStandardItem*> top = row(event, e.reviewer, when(e.submittedAt), QString());
        QStandardItem* parent = top.first();
        if (e.id == evaluationId) {
            QFont bold = parent->font();
            bold.setBold(true);
            for (QStandardItem* cell : top)
                cell->setFont(bold);
        }
        m_model->appendRow(top);
        if (e.acknowledgedAt)
            parent->appendRow(
                row(tr("Acknowledged"), e.agentName, when(*e.acknowledgedAt), e.acknowledgement));
        for (const review::Dispute& d : link.disputes) {
            QList<QStandardItem*> opened = row(tr("Disputed (%1)").arg(disputeStateText(d.state)),
                                               d.openedBy, when(d.openedAt), d.reason);
            QStandardItem* dispute = opened.first();
            parent->appendRow(opened);
            for (auto it = d.itemReasons.cbegin(); it != d.itemReasons.cend(); ++it)
                dispute->appendRow(
                    row(tr("Item %1").arg(it.key()), d.openedBy, QString(), it.value()));
            if (d.decidedAt)
                dispute->appendRow(
                    row(d.state == review::DisputeState::Withdrawn ? tr("Withdrawn")
                        : d.state == review::DisputeState::Accepted
                            ? tr("Accepted: revision #%1").arg(d.revisionId.value_or(0))
                            : tr("Rejected"),
                        d.decidedBy.isEmpty() ? d.openedBy : d.decidedBy, when(*d.decidedAt),
                        d.decisionReason));
        }
    }
    m_tree->expandAll();
    return true;
}

QString EvaluationHistoryView::message() const
{
    return m_message->text();
}

void showEvaluationHistory(review::Workspace& workspace, const review::Actor& actor,
                           qint64 evaluationId, QWidget* parent)
{
    auto* view = new EvaluationHistoryView(workspace, actor, parent);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(EvaluationHistoryView::tr("History of evaluation %1").arg(evaluationId));
    view->resize(900, 420);
    view->load(evaluationId);
    view->show();
}

} // namespace callqa::app
