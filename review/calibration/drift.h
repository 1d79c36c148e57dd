#pragma once

#include "review/calibration/estimate.h"

#include <QList>
#include <QString>

namespace callqa::review {

// One reviewer's bias in one calibration session.
struct SessionBias {
    QString reviewer;
    qint64 atMs = 0; // when the session was held (its creation)
    double bias = 0;
    int calls = 0; // calls the bias was measured over
};

struct DriftPoint {
    QString month;   // "2026-03", UTC
    double bias = 0; // mean over the month's sessions, weighted by their calls
    int calls = 0;
};

struct ReviewerDrift {
    QString reviewer;
    QList<DriftPoint> months; // oldest first
    // Least-squares slope of the monthly bias, in score points per month; undefined below two
    // months.
    Estimate trendPerMonth;
    bool flagged = false; // |trend| above the threshold
};

// Each reviewer's bias per month, reviewers in order of first appearance.
QList<ReviewerDrift> driftSeries(const QList<SessionBias>& biases, double thresholdPerMonth);

} // namespace callqa::review
