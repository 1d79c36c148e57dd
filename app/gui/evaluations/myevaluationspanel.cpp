#include "app/gui/evaluations/myevaluationspanel.h"

#include "app/gui/coaching/coachingscreen.h"
#include "app/gui/evaluations/disputedialog.h"
#include "app/gui/evaluations/evaluationdetail.h"
#include "app/gui/evaluations/evaluationhistoryview.h"
#include "app/gui/evaluations/evaluationplayer.h"
#include "app/gui/evaluations/myevaluationsmodel.h"
#include "review/checklists/checkliststore.h"
#include "review/disputes/disputestore.h"
#include "review/evaluations/acknowledgements.h"
#include "review/evaluations/reviewcomments.h"
#include "review/storage/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace callqa::app {

MyEvaluationsPanel::MyEvaluationsPanel(review::Workspace& workspace, review::Actor actor,
                                       QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("myEvaluations"));
    m_model = new MyEvaluationsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("myEvaluationsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("evaluationDetail"));
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                      Qt::LinksAccessibleByKeyboard);
    connect(m_detail, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String(kMomentLink)))
            playFrom(link.mid(int(qstrlen(kMomentLink))).toLongLong());
    });
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("myEvaluationsMessage"));
    m_message->setWordWrap(true);
    m_acknowledge = new QPushButton(tr("&Acknowledge…"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_dispute = new QPushButton(tr("&Dispute…"), this);
    m_dispute->setObjectName(QStringLiteral("disputeButton"));
    m_play = new QPushButton(tr("&Play the call"), this);
    m_play->setObjectName(QStringLiteral("playCallButton"));
    connect(m_play, &QPushButton::clicked, this, [this] { playFrom(0); });
    auto* coaching = new QPushButton(tr("My &coaching sessions…"), this);
    coaching->setObjectName(QStringLiteral("myCoachingButton"));
    connect(coaching, &QPushButton::clicked, this, [this] {
        auto* screen = new CoachingScreen(m_workspace, m_actor, this);
        screen->setWindowFlag(Qt::Window);
        screen->setAttribute(Qt::WA_DeleteOnClose);
        screen->setWindowTitle(tr("My coaching sessions"));
        screen->resize(1000, 520);
        screen->show();
    });
    m_history = new QPushButton(tr("&History…"), this);
    m_history->setObjectName(QStringLiteral("evaluationHistoryButton"));
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            showEvaluationHistory(m_workspace, m_actor, id, this);
    });
    connect(m_acknowledge, &QPushButton::clicked, this, &MyEvaluationsPanel::askAcknowledge);
    connect(m_dispute, &QPushButton::clicked, this, &MyEvaluationsPanel::askDispute);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(scroll);
    split->setStretchFactor(1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_play);
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_dispute);
    buttons->addWidget(m_history);
    buttons->addWidget(coaching);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MyEvaluationsPanel::showSelected);
    refresh();
}

void MyEvaluationsPanel::refresh()
{
    const qint64 selected = selectedId();
    const auto listed = review::EvaluationStore(m_workspace, m_actor).list();
    if (!listed) {
        m_model->setRows({});
        m_message->setText(listed.error());
        return;
    }
    review::DisputeStore disputes(m_workspace, m_actor);
    QList<MyEvaluationsModel::Row> rows;
    for (const review::EvaluationSummary& e : listed.value()) {
        MyEvaluationsModel::Row row{e, std::nullopt};
        if (const auto of = disputes.ofEvaluation(e.id); of && !of->isEmpty())
            row.dispute = of->first().state;
        rows << row;
    }
    m_model->setRows(rows);
    m_message->setText(rows.isEmpty() ? tr("No evaluation of your calls yet.") : QString());
    const int row = selected ? m_model->rowOfEvaluation(selected) : 0;
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
    showSelected();
}

qint64 MyEvaluationsPanel::selectedId() const
{
    const MyEvaluationsModel::Row* row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->evaluation.id : 0;
}

void MyEvaluationsPanel::showSelected()
{
    const MyEvaluationsModel::Row* row = m_model->rowAt(m_table->currentIndex().row());
    m_acknowledge->setEnabled(row && !row->evaluation.acknowledgedAt);
    m_dispute->setEnabled(row && !row->dispute);
    m_play->setEnabled(row);
    m_history->setEnabled(row);
    if (!row) {
        m_detail->clear();
        return;
    }
    const review::EvaluationSummary& e = row->evaluation;
    const auto version =
        review::ChecklistStore(m_workspace, m_actor).versionById(e.checklistVersionId);
    const auto answers = review::EvaluationStore(m_workspace, m_actor).answers(e.id);
    const auto comments = review::evaluationComments(m_workspace, m_actor, e.id);
    const auto disputes = review::DisputeStore(m_workspace, m_actor).ofEvaluation(e.id);
    if (!version || !answers || !comments || !disputes) {
        m_detail->setText(!version    ? version.error()
                          : !answers  ? answers.error()
                          : !comments ? comments.error()
                                      : disputes.error());
        return;
    }
    m_detail->setText(evaluationDetailHtml(e, version->checklist, answers.value(), comments.value(),
                                           disputes.value()));
}

QString MyEvaluationsPanel::detailText() const
{
    return m_detail->text();
}

QString MyEvaluationsPanel::message() const
{
    return m_message->text();
}

review::Status MyEvaluationsPanel::acknowledgeSelected(const QString& comment)
{
    const review::Status done =
        review::acknowledgeEvaluation(m_workspace, m_actor, selectedId(), comment);
    m_message->setText(done ? tr("Acknowledged.") : done.error());
    if (done)
        refresh();
    return done;
}

review::Status MyEvaluationsPanel::disputeSelected(const QString& reason,
                                                   const QMap<QString, QString>& items)
{
    const auto opened =
        review::DisputeStore(m_workspace, m_actor).open(selectedId(), reason, items);
    const review::Status done = opened ? review::Status() : review::Status::failure(opened.error());
    if (done)
        refresh();
    m_message->setText(done ? tr("Disputed: a supervisor will decide.") : done.error());
    return done;
}

EvaluationPlayer* MyEvaluationsPanel::playFrom(qint64 atMs)
{
    const qint64 id = selectedId();
    if (!id)
        return nullptr;
    if (!m_player) {
        m_player = new EvaluationPlayer(m_workspace, m_actor, this);
        m_player->setWindowFlag(Qt::Window);
        m_player->setAttribute(Qt::WA_DeleteOnClose);
        m_player->setWindowTitle(tr("Your call"));
        m_player->resize(900, 480);
    }
    if (!m_player->open(id, atMs)) {
        m_message->setText(m_player->lastError());
        m_player->close();
        return nullptr;
    }
    m_player->show();
    m_player->raise();
    return m_player;
}

void MyEvaluationsPanel::askAcknowledge()
{
    bool ok = false;
    const QString comment = QInputDialog::getText(this, tr("Acknowledge"),
                                                  tr("A word back to the reviewer (optional):"),
                                                  QLineEdit::Normal, {}, &ok);
    if (ok)
        acknowledgeSelected(comment);
}

void MyEvaluationsPanel::askDispute()
{
    const MyEvaluationsModel::Row* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return;
    const auto version = review::ChecklistStore(m_workspace, m_actor)
                             .versionById(row->evaluation.checklistVersionId);
    if (!version) {
        m_message->setText(version.error());
        return;
    }
    DisputeDialog dialog(version->checklist, this);
    if (dialog.exec() == QDialog::Accepted)
        disputeSelected(dialog.reason(), dialog.itemReasons());
}

} // namespace callqa::app
