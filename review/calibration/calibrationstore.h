#pragma once

#include "checklists/answerset.h"
#include "review/auth/permissions.h"
#include "review/calibration/calibrationsession.h"
#include "review/evaluations/evaluationstore.h"
#include "review/result.h"

#include <QList>

namespace callqa::review {

class Workspace;

// Calibration sessions and the evaluations written in them. Every change is one transaction with
// an audit row; blind mode and who may do what are decided by review/calibration/
// calibrationaccess.h, here, so the CLI and the GUI cannot show what a reviewer may not see.
class CalibrationStore {
public:
    CalibrationStore(Workspace& workspace, Actor actor);

    // Supervisors. Refused without a name, calls or reviewers, with an unknown call or user, or a
    // call or reviewer named twice.
    Result<CalibrationSession> create(const NewCalibrationSession& session);
    // Supervisors and coaches see every session; other users those they take part in.
    Result<QList<CalibrationSession>> list();
    Result<CalibrationSession> session(qint64 sessionId);
    // Supervisors; closing a closed session is refused. Unscored calls stay missing data.
    Status close(qint64 sessionId);

    // The signed-in participant scores one session call on the session's checklist version,
    // once. Refused after the session closed or its deadline passed.
    Result<EvaluationSummary> score(qint64 sessionId, qint64 callId,
                                    const checklists::AnswerSet& answers);

    // Supervisors, once the session is closed: the evaluation then counts like any submitted
    // one (in agent lists, the library, rollups).
    Status promote(qint64 evaluationId);

    // Who has scored which call so far.
    Result<QList<CalibrationProgress>> progress(qint64 sessionId);

    // Every score of the session, for its report: refused for a blind participant who has not
    // scored every call while the session is open.
    Result<QList<CalibrationScore>> scores(qint64 sessionId);

    // `reviewer`'s score of one call: one's own always; another's as authorizeSeeOthersAnswers
    // says.
    Result<CalibrationScore> scoreOf(qint64 sessionId, qint64 callId, const QString& reviewer);

private:
    Workspace& m_workspace;
    Actor m_actor;
};

} // namespace callqa::review
