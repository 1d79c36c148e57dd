#pragma once

#include "checklists/answerset.h"
#include "checklists/importresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace callqa::checklists {

// Answers as JSON, for backfilling evaluations from the command line (docs/checklist-schema.md):
// {"schema": "callqa.answers/1", "answers": {"<item key>": <answer>, ...}} where an answer is
// "yes", "no", "na", a whole number (scale), {"choice": "<option key>"} or {"text": "..."};
// null or a missing key means not answered. Whether answers fit a checklist is score()'s job.
ImportResult<AnswerSet> answersFromJson(const QByteArray& json);
QByteArray answersToJson(const AnswerSet& answers);

// Only the "answers" map, for embedding in a larger document; errors are named under `path`.
ImportResult<AnswerSet> answersFromJsonObject(const QJsonObject& answers,
                                              const QString& path = QStringLiteral("answers"));
QJsonObject answersToJsonObject(const AnswerSet& answers);

} // namespace callqa::checklists
