#pragma once

#include "checklists/checklist.h"
#include "review/calibration/calibrationreport.h"

#include <QList>

namespace callqa::review {

// One call of everyday work scored by two different reviewers (double scoring).
struct ReliabilityPair {
    qint64 callId = 0;
    QString callExternalId;
    CalibrationScore first;  // the earlier evaluation
    CalibrationScore second; // the later one, by someone else
};

struct ReliabilityReviewer {
    QString login;
    int pairs = 0;
    Estimate bias;                  // mean of own overall minus the other reviewer's
    Estimate meanAbsoluteDeviation; // mean of |own - other|
    Estimate itemAgreement;         // share of item answers equal to the other reviewer's
};

// The session report's statistics over pairs: the raters are "first" and "second", not people,
// because each call has its own two reviewers. So only ICC(1,1) (one-way, raters
// interchangeable) applies; ICC(2,1) and ICC(3,1) are undefined, with that reason.
struct ReliabilityReport {
    int pairs = 0;
    QList<ItemAgreementRow> items;
    IntraclassCorrelations icc;
    Estimate overallAlphaInterval;
    QList<ReliabilityReviewer> reviewers; // by login
};

ReliabilityReport buildReliabilityReport(const checklists::Checklist& checklist,
                                         const QList<ReliabilityPair>& pairs,
                                         const Bootstrap& bootstrap = {});

} // namespace callqa::review
