#include "review/calibration/calibrationaccess.h"

#include <QCoreApplication>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::CalibrationAccess", text);
}

} // namespace

Status authorizeReadCalibrationSession(const Actor& actor, const CalibrationFacts& facts)
{
    const Status readsAll = authorize(actor, Action::ReadCalibration);
    if (readsAll || facts.participant)
        return {};
    return Status::failure(
        tr("%1 takes no part in this calibration session and may not read calibration "
           "sessions.")
            .arg(actor.login));
}

Status authorizeScoreCalibration(const Actor& actor, const CalibrationFacts& facts)
{
    if (!facts.participant)
        return Status::failure(
            tr("%1 is not a reviewer of this calibration session.").arg(actor.login));
    if (const Status scores = authorize(actor, Action::ScoreCall); !scores)
        return scores;
    if (facts.closed)
        return Status::failure(tr("The calibration session is closed and takes no more scores."));
    return {};
}

Status authorizeSeeOthersAnswers(const Actor& actor, const CalibrationFacts& facts)
{
    if (const Status reads = authorizeReadCalibrationSession(actor, facts); !reads)
        return reads;
    if (!facts.blind || facts.closed || !facts.participant || facts.scoredThis)
        return {};
    return Status::failure(tr("The session is blind: %1 sees the other reviewers' answers on "
                              "this call after scoring it, or when the session closes.")
                               .arg(actor.login));
}

Status authorizeReadCalibrationReport(const Actor& actor, const CalibrationFacts& facts)
{
    if (const Status reads = authorizeReadCalibrationSession(actor, facts); !reads)
        return reads;
    if (!facts.blind || facts.closed || !facts.participant || facts.scoredEvery)
        return {};
    return Status::failure(tr("The session is blind: %1 reads its report after scoring every "
                              "call, or when the session closes.")
                               .arg(actor.login));
}

} // namespace callqa::review
