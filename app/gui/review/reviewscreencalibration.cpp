// The review screen in calibration mode: a session call scored in the session, without a draft.
#include "app/gui/review/commentlistmodel.h"
#include "app/gui/review/commentspanel.h"
#include "app/gui/review/reviewform.h"
#include "app/gui/review/reviewformmodel.h"
#include "app/gui/review/reviewscreen.h"
#include "audio/playback/playbackengine.h"
#include "review/calibration/calibrationstore.h"
#include "review/checklists/checkliststore.h"

#include <QTimer>

namespace callqa::app {

void ReviewScreen::showCalibrationForm()
{
    m_calibrationReadOnly = true;
    m_form->model().setReadOnly(true);
    m_form->model().setChecklist({}, {});
    m_comments->model().setComments({});
    m_comments->setReadOnly(true); // comments belong to drafts; a calibration score has none
    m_lapseCheck->stop();
    review::CalibrationStore store(m_workspace, m_actor);
    const auto session = store.session(*m_calibrationSession);
    if (!session) {
        m_problems << session.error();
        refreshBanner();
        return;
    }
    // The session's pinned version, which participants score whatever was published since.
    const auto version = review::ChecklistStore(m_workspace, review::Actor::owner())
                             .versionById(session->checklistVersionId);
    if (!version) {
        m_problems << version.error();
        refreshBanner();
        return;
    }
    checklists::AnswerSet answers;
    const auto own = store.scoreOf(session->id, m_material->call.id, m_actor.login);
    if (own)
        answers = own->answers;
    m_calibrationReadOnly = own.ok() || session->closed;
    m_form->model().setReadOnly(m_calibrationReadOnly);
    m_form->model().setChecklist(version->checklist, answers);
    m_form->setTitle(
        tr("%1, version %2 — calibration session “%3”")
            .arg(version->checklist.name, QString::number(version->version), session->name));
    m_problems.prepend(
        own ? tr("You have scored this call in calibration session “%1”.").arg(session->name)
        : session->closed
            ? tr("Calibration session “%1” is closed and takes no more scores.").arg(session->name)
        : session->blind
            ? tr("Calibration session “%1”, blind: your score goes to the session only, and "
                 "nobody else's is shown until you have scored every call.")
                  .arg(session->name)
            : tr("Calibration session “%1”: your score goes to the session only.")
                  .arg(session->name));
    refreshBanner();
}

bool ReviewScreen::submitCalibration()
{
    if (m_calibrationReadOnly) {
        setBanner(tr("This call cannot be scored in the session here; nothing was submitted."));
        return false;
    }
    if (!m_form->checkComplete()) {
        setBanner(tr("%n item(s) are not answered yet; the first is selected.", nullptr,
                     int(m_form->model().score().unanswered.size())));
        return false;
    }
    const qint64 sessionId = *m_calibrationSession;
    const qint64 callId = m_material->call.id;
    const auto scored = review::CalibrationStore(m_workspace, m_actor)
                            .score(sessionId, callId, m_form->model().answers());
    if (!scored) {
        setBanner(scored.error());
        return false;
    }
    if (m_player)
        m_player->stop();
    Q_EMIT submitted(scored->id);
    Q_EMIT calibrationScored(sessionId, callId);
    closeCall(); // back to the sessions list
    return true;
}

} // namespace callqa::app
