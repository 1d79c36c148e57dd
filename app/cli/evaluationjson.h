#pragma once

#include "app/cli/cli.h"
#include "review/evaluations/evaluationstore.h"
#include "review/evaluations/reviewcomments.h"

#include <QJsonArray>
#include <QJsonObject>

namespace callqa::app {

// An evaluation as every command prints it, in the JSON id vocabulary of the README ("JSON ids"):
// `id` its own id, `call` the call's id in this workspace, `call_id` the phone system's.
QJsonObject evaluationToJson(const review::EvaluationSummary& evaluation);

// "Evaluation 12 of call C-1042: 87.5 %, passed." for a person.
// A review's comments, in call order: time (ms), item key (or null), text, author, when written.
QJsonArray commentsToJson(const QList<review::ReviewComment>& comments);

QString describeEvaluation(const review::EvaluationSummary& evaluation);

// "87.5 %" or "not scored".
QString humanScore(const std::optional<double>& overall);

// The phone system's call id, or null when the call has none.
QJsonValue phoneSystemIdJson(const QString& phoneSystemId);

} // namespace callqa::app
