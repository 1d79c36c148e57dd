#pragma once

#include "review/disputes/disputestore.h"

#include <QJsonObject>
#include <QString>

namespace callqa::app {

// A dispute as `--json` prints it: id, evaluation, call (and call_id), state, reason, items,
// opened_by/at, decided_by/at, decision_reason, revision.
QJsonObject disputeToJson(const review::Dispute& dispute);
// One line for people: "#3 evaluation 12 (call C-7) open by jonas: reason".
QString describeDispute(const review::Dispute& dispute);

} // namespace callqa::app
