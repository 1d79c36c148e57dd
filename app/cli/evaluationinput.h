#pragma once

#include "app/cli/cli.h"
#include "checklists/answerset.h"
#include "review/calls/callreference.h"
#include "review/storage/workspace.h"

#include <optional>

namespace callqa::app {

// The inputs of the commands that score calls (evaluate, draft). Each prints why it failed.

// Answers from a callqa.answers/1 JSON file; nullopt after printing every error.
std::optional<checklists::AnswerSet> readAnswersFile(CliContext& ctx, const QString& path);

// The call `reference` names (review::resolveCallReference: the phone system's id, =ID, or #ID);
// nullopt after printing why it names none.
std::optional<review::CallIdentity> findCallOrReport(CliContext& ctx, review::Workspace& workspace,
                                                     const QString& reference);

} // namespace callqa::app
