#pragma once

#include "checklists/checklist.h"
#include "review/calibration/calibrationsession.h"
#include "review/calibration/callspread.h"
#include "review/calibration/fleisskappa.h"
#include "review/calibration/intraclasscorrelation.h"
#include "review/calibration/krippendorffalpha.h"
#include "review/calibration/revieweragreement.h"

#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace callqa::review {

// Agreement on one checklist item over the session's calls.
struct ItemAgreementRow {
    QString key;
    QString type;    // "yes_no", "choice", "scale"
    int ratings = 0; // answers given (N/A included)
    Estimate percentAgreement;
    FleissKappa fleiss;
    // Nominal for every item; ordinal and interval too for scale items (N/A missing there).
    std::vector<std::pair<Level, Estimate>> alpha;
};

struct ReviewerRow {
    QString login;
    bool expert = false;
    int scored = 0; // session calls this reviewer scored
    ReviewerAgreement agreement;
};

struct AgendaEntry {
    QString itemKey;
    double disagreement = 0;
};

struct CallRow {
    qint64 callId = 0;
    QString externalId;
    CallSpread spread;
    QList<AgendaEntry> agenda; // most disagreement first
};

// Everything `calibration report` shows. Pure data, computed by buildCalibrationReport.
struct CalibrationReport {
    QList<ItemAgreementRow> items;
    IntraclassCorrelations icc;    // overall scores, calls every reviewer scored
    Estimate overallAlphaInterval; // overall scores, every call (missing data allowed)
    QList<ReviewerRow> reviewers;
    QList<CallRow> calls;
};

// Reviewers are the session's participants in order; a participant who did not score a call is
// missing data there. Nominal codes: N/A is a category of its own.
CalibrationReport buildCalibrationReport(const CalibrationSession& session,
                                         const checklists::Checklist& checklist,
                                         const QList<CalibrationScore>& scores,
                                         const Bootstrap& bootstrap = {});

} // namespace callqa::review
