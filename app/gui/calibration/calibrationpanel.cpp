#include "app/gui/calibration/calibrationpanel.h"

#include "app/gui/calibration/calibrationreportview.h"
#include "review/calibration/calibrationreport.h"
#include "review/calibration/calibrationstore.h"
#include "review/checklists/checkliststore.h"
#include "review/storage/workspace.h"

#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace callqa::app {

namespace {

constexpr int kSessionIdRole = Qt::UserRole + 1;
constexpr int kCallIdRole = Qt::UserRole + 2;

} // namespace

CalibrationPanel::CalibrationPanel(review::Workspace& workspace, review::Actor actor,
                                   QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor)),
      m_list(new QListWidget(this)), m_calls(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_message(new QLabel(this)),
      m_report(new CalibrationReportView(this))
{
    m_list->setObjectName(QStringLiteral("calibrationSessions"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_report);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_calls->setObjectName(QStringLiteral("calibrationSessionCalls"));
    m_calls->setToolTip(tr("Open a call to score it in the review screen"));
    m_calls->hide();
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_calls, 1);
    rightLayout->addWidget(m_stack, 4);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showSession(item->data(kSessionIdRole).toLongLong());
    });
    connect(m_calls, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item && m_list->currentItem() && (item->flags() & Qt::ItemIsEnabled))
            Q_EMIT scoreRequested(m_list->currentItem()->data(kSessionIdRole).toLongLong(),
                                  item->data(kCallIdRole).toLongLong());
    });
    refresh();
}

void CalibrationPanel::showCalls(const review::CalibrationSession& session)
{
    m_calls->clear();
    const bool participant = session.participants.contains(m_actor.login);
    m_calls->setVisible(participant);
    if (!participant)
        return;
    QSet<qint64> scored;
    if (const auto progress = review::CalibrationStore(m_workspace, m_actor).progress(session.id))
        for (const review::CalibrationProgress& p : progress.value())
            if (p.reviewer == m_actor.login)
                scored.insert(p.callId);
    for (qsizetype i = 0; i < session.callIds.size(); ++i) {
        const qint64 call = session.callIds.at(i);
        const QString name =
            i < session.callExternalIds.size() && !session.callExternalIds.at(i).isEmpty()
                ? session.callExternalIds.at(i)
                : QStringLiteral("#%1").arg(call);
        auto* item = new QListWidgetItem(scored.contains(call) ? tr("Call %1 — scored").arg(name)
                                         : session.closed
                                             ? tr("Call %1 — not scored, session closed").arg(name)
                                             : tr("Call %1 — to score").arg(name),
                                         m_calls);
        item->setData(kCallIdRole, call);
    }
}

void CalibrationPanel::refresh()
{
    const qint64 shown =
        m_list->currentItem() ? m_list->currentItem()->data(kSessionIdRole).toLongLong() : 0;
    m_list->clear();
    const auto sessions = review::CalibrationStore(m_workspace, m_actor).list();
    if (!sessions) {
        m_message->setText(sessions.error());
        m_stack->setCurrentWidget(m_message);
        return;
    }
    if (sessions->isEmpty()) {
        m_message->setText(tr("No calibration session to show."));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    for (const review::CalibrationSession& s : *sessions) {
        auto* item = new QListWidgetItem(tr("%1\n%2, %3 — %4 of %5 scores")
                                             .arg(s.name, s.closed ? tr("closed") : tr("open"),
                                                  s.blind ? tr("blind") : tr("open mode"))
                                             .arg(s.scoresGiven)
                                             .arg(s.callIds.size() * s.participants.size()),
                                         m_list);
        item->setData(kSessionIdRole, s.id);
        if (s.id == shown)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem())
        m_list->setCurrentRow(0);
}

void CalibrationPanel::showSession(qint64 sessionId)
{
    review::CalibrationStore store(m_workspace, m_actor);
    const auto session = store.session(sessionId);
    if (session)
        showCalls(*session);
    const auto scores =
        session ? store.scores(sessionId)
                : review::Result<QList<review::CalibrationScore>>::failure(session.error());
    if (!scores) {
        m_message->setText(scores.error());
        m_stack->setCurrentWidget(m_message);
        return;
    }
    const auto version = review::ChecklistStore(m_workspace, review::Actor::owner())
                             .versionById(session->checklistVersionId);
    if (!version) {
        m_message->setText(version.error());
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_report->setReport(*session,
                        review::buildCalibrationReport(*session, version->checklist, *scores));
    m_message->clear();
    m_stack->setCurrentWidget(m_report);
}

QString CalibrationPanel::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

} // namespace callqa::app
