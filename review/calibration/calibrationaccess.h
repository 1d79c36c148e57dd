#pragma once

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QString>

namespace callqa::review {

// What the decisions about one calibration session need to know, read by the store.
struct CalibrationFacts {
    bool blind = false;
    bool closed = false;
    bool participant = false; // the actor is one of the session's reviewers
    bool scoredThis = false;  // the actor has scored the call in question
    bool scoredEvery = false; // the actor has scored every call of the session
};

// May the actor read the session at all (its calls, who takes part, who has scored)?
// Supervisors and coaches read every session; participants their own.
Status authorizeReadCalibrationSession(const Actor& actor, const CalibrationFacts& facts);

// May the actor score a call of the session? Participants who may score calls, while it is open.
Status authorizeScoreCalibration(const Actor& actor, const CalibrationFacts& facts);

// May the actor see another reviewer's answers on one call of the session? Blind mode: a
// participant only once they have scored that call, or once the session closed. Open mode, or a
// supervisor or coach who is not taking part: whenever they may read the session.
Status authorizeSeeOthersAnswers(const Actor& actor, const CalibrationFacts& facts);

// May the actor read the session's report (every reviewer's answers folded into statistics)?
// As authorizeSeeOthersAnswers, but a blind participant needs to have scored every call.
Status authorizeReadCalibrationReport(const Actor& actor, const CalibrationFacts& facts);

} // namespace callqa::review
