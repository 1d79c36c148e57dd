#include "app/gui/calibration/calibrationpanel.h"

#include "app/gui/calibration/calibrationreportview.h"
#include "review/calibration/calibrationreport.h"
#include "review/calibration/calibrationstore.h"
#include "review/checklists/checkliststore.h"
#include "review/storage/workspace.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace callqa::app {

namespace {

constexpr int kSessionIdRole = Qt::UserRole + 1;

} // namespace

CalibrationPanel::CalibrationPanel(review::Workspace& workspace, review::Actor actor,
                                   QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor)),
      m_list(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_message(new QLabel(this)),
      m_report(new CalibrationReportView(this))
{
    m_list->setObjectName(QStringLiteral("calibrationSessions"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_report);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showSession(item->data(kSessionIdRole).toLongLong());
    });
    refresh();
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
