#pragma once

#include "review/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {

// The five roles of DESIGN.md. A user may hold several.
enum class Role { Reviewer, Supervisor, Coach, Agent, Admin };

// Everything the library guards. The CLI and the GUI ask the same question through authorize().
enum class Action {
    ImportCalls,            // add recordings to the library
    ReadCalls,              // list calls and listen to them
    ReadOwnCalls,           // an agent listens to their own calls that were evaluated
    ScoreCall,              // start an evaluation draft
    EditOwnDraft,           // change or submit a draft one started
    TakeOverDraft,          // take over, change and submit a draft someone else started
    CommentCall,            // pin a comment to a moment
    ManageChecklists,       // import, edit, publish, archive checklists
    ReadChecklists,         // see checklists and their versions
    ManageQueues,           // sample calls into review queues, assign them
    ReadQueues,             // see review queues (a reviewer: with their own items only)
    ResolveDisputes,        // decide a dispute
    ManageGoals,            // create and change goals
    ManageTasks,            // create, assign and close goal tasks
    ReadAllEvaluations,     // read every evaluation and scorecard
    ReadOwnEvaluations,     // an agent reads the evaluations of their own calls
    ReadWrittenEvaluations, // a reviewer reads the evaluations they wrote
    DisputeEvaluation,      // an agent disputes an evaluation of their own call
    ExportScorecards,       // PDF/CSV/HTML scorecards
    ManageAgents,           // agents and teams
    ManageUsers,            // users, roles, passwords
    ReadAudit,              // the audit log
    RunCoaching,            // coaching sessions with agents, their action items
    ManageCalibration,      // create and close calibration sessions, promote their evaluations
    ReadCalibration,        // read every calibration session and its report
};

// Who is acting. The workspace owner is the implicit actor of a workspace that has no users
// yet (a one-person SQLite file, or the first run before the admin exists): it may do
// everything, and stops existing once the first user is created.
// A default-constructed Actor is nobody: no roles, refused everything. Only owner() and a
// sign-in make an actor that may act.
struct Actor {
    qint64 userId = 0; // 0 for the owner and for nobody
    QString login;     // what the audit log records
    QString displayName;
    QList<Role> roles;
    std::optional<qint64> agentId; // set for users with the agent role

    static Actor owner();
    bool isOwner() const { return m_owner; }
    bool has(Role role) const { return roles.contains(role); }

private:
    bool m_owner = false;
};

// The stable names used in the database and on the command line ("reviewer", ...).
QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);
QString actionName(Action action);
QList<Role> allRoles();
QList<Action> allActions();

// Pure: may `roles` do `action`? (No role at all may do nothing.)
bool permits(const QList<Role>& roles, Action action);

// permits() for an actor, with a refusal that names the user, their roles and the action.
Status authorize(const Actor& actor, Action action);

// May the actor read one evaluation (its answers), written by `reviewer` of a call by the agent
// `callAgentId`? Those who read all evaluations may; a reviewer the ones they wrote; an agent
// those of their own calls.
Status authorizeReadEvaluation(const Actor& actor, const QString& reviewer,
                               std::optional<qint64> callAgentId);

// May the actor open the recording of a call by the agent `callAgentId`, given whether the actor
// may read an evaluation of it (`evaluationReadable`)? Those who read calls may open any; an agent
// (ReadOwnCalls) only a call of their own that has an evaluation they may read.
Status authorizeReadCall(const Actor& actor, std::optional<qint64> callAgentId,
                         bool evaluationReadable);

} // namespace callqa::review
