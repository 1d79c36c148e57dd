#pragma once

#include "checklists/answerset.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace callqa::review {

// A calibration session as it is stored: the same calls scored by several reviewers on one
// checklist version.
struct CalibrationSession {
    qint64 id = 0;
    QString name;
    qint64 checklistVersionId = 0;
    QString checklistKey;
    int checklistVersion = 0;
    QList<qint64> callIds;       // in the order given
    QStringList callExternalIds; // the same calls' phone-system ids (may be empty)
    QStringList participants;    // logins, in the order given; the expert among them
    QString expert;              // empty: none
    bool blind = false;
    std::optional<qint64> deadlineAt; // epoch ms
    bool closed = false;
    QString createdBy;
    qint64 createdAt = 0;
    std::optional<qint64> closedAt;
    int scoresGiven = 0; // calibration evaluations written so far
};

struct NewCalibrationSession {
    QString name;
    qint64 checklistVersionId = 0;
    QList<qint64> callIds;
    QStringList participants;
    QString expert; // added to the participants when missing
    bool blind = false;
    std::optional<qint64> deadlineAt;
};

// One participant's score of one session call.
struct CalibrationScore {
    qint64 evaluationId = 0;
    qint64 callId = 0;
    QString reviewer;
    std::optional<double> overall;
    checklists::AnswerSet answers;
    bool promoted = false;
    qint64 submittedAt = 0;
};

// Who has scored which call, without the answers (readable by whoever may read the session).
struct CalibrationProgress {
    qint64 callId = 0;
    QString reviewer;
    qint64 evaluationId = 0;
};

} // namespace callqa::review
