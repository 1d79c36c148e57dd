#include "review/auth/permissions.h"

#include <QCoreApplication>
#include <QStringList>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Permissions", text);
}

struct RoleInfo {
    Role role;
    const char* name;
};

constexpr RoleInfo kRoles[] = {
    {Role::Reviewer, "reviewer"}, {Role::Supervisor, "supervisor"}, {Role::Coach, "coach"},
    {Role::Agent, "agent"},       {Role::Admin, "admin"},
};

struct ActionInfo {
    Action action;
    const char* name;
};

constexpr ActionInfo kActions[] = {
    {Action::ImportCalls, QT_TRANSLATE_NOOP("callqa::review::Permissions", "import calls")},
    {Action::ReadCalls, QT_TRANSLATE_NOOP("callqa::review::Permissions", "read calls")},
    {Action::ReadOwnCalls, QT_TRANSLATE_NOOP("callqa::review::Permissions",
                                             "listen to their own evaluated calls as an agent")},
    {Action::ScoreCall, QT_TRANSLATE_NOOP("callqa::review::Permissions", "score a call")},
    {Action::EditOwnDraft,
     QT_TRANSLATE_NOOP("callqa::review::Permissions", "edit and submit drafts they started")},
    {Action::TakeOverDraft,
     QT_TRANSLATE_NOOP("callqa::review::Permissions", "take over someone else's draft")},
    {Action::CommentCall, QT_TRANSLATE_NOOP("callqa::review::Permissions", "comment on a call")},
    {Action::ManageChecklists,
     QT_TRANSLATE_NOOP("callqa::review::Permissions", "manage checklists")},
    {Action::ReadChecklists, QT_TRANSLATE_NOOP("callqa::review::Permissions", "read checklists")},
    {Action::ManageQueues,
     QT_TRANSLATE_NOOP("callqa::review::Permissions", "manage review queues")},
    {Action::ReadQueues, QT_TRANSLATE_NOOP("callqa::review::Permissions", "read review queues")},
    {Action::ResolveDisputes, QT_TRANSLATE_NOOP("callqa::review::Permissions", "resolve disputes")},
    {Action::ManageGoals, QT_TRANSLATE_NOOP("callqa::review::Permissions", "manage goals")},
    {Action::ManageTasks, QT_TRANSLATE_NOOP("callqa::review::Permissions", "manage goal tasks")},
    {Action::ReadAllEvaluations,
     QT_TRANSLATE_NOOP("callqa::review::Permissions", "read all evaluations")},
    {Action::ReadOwnEvaluations,
     QT_TRANSLATE_NOOP("callqa::review::Permissions",
                       "read the evaluations of their own calls as an agent")},
    {Action::ReadWrittenEvaluations,
     QT_TRANSLATE_NOOP("callqa::review::Permissions", "read the evaluations they wrote")},
    {Action::DisputeEvaluation,
     QT_TRANSLATE_NOOP("callqa::review::Permissions", "dispute an evaluation")},
    {Action::ExportScorecards,
     QT_TRANSLATE_NOOP("callqa::review::Permissions", "export scorecards")},
    {Action::ManageAgents,
     QT_TRANSLATE_NOOP("callqa::review::Permissions", "manage agents and teams")},
    {Action::ManageUsers, QT_TRANSLATE_NOOP("callqa::review::Permissions", "manage users")},
    {Action::ReadAudit, QT_TRANSLATE_NOOP("callqa::review::Permissions", "read the audit log")},
    {Action::ManageCalibration,
     QT_TRANSLATE_NOOP("callqa::review::Permissions", "manage calibration sessions")},
    {Action::ReadCalibration,
     QT_TRANSLATE_NOOP("callqa::review::Permissions", "read calibration reports")},
    {Action::RunCoaching,
     QT_TRANSLATE_NOOP("callqa::review::Permissions", "run coaching sessions")},
};

// The policy of DESIGN.md "Roles", one role at a time, written out in full: an action that is
// not listed for a role is refused (a new Action is refused to everyone until it is added here).
struct Grant {
    Role role;
    QList<Action> actions;
};

const QList<Grant>& grants()
{
    static const QList<Grant> table = {
        // Score and comment; own drafts only (and the evaluations they wrote).
        {Role::Reviewer,
         {Action::ReadCalls, Action::ScoreCall, Action::EditOwnDraft, Action::CommentCall,
          Action::ReadChecklists, Action::ReadQueues, Action::ReadWrittenEvaluations}},
        // Checklists, queues, disputes, goals; and what running a floor needs around them.
        {Role::Supervisor,
         {Action::ImportCalls,       Action::ReadCalls,        Action::ScoreCall,
          Action::EditOwnDraft,      Action::TakeOverDraft,    Action::ReadWrittenEvaluations,
          Action::CommentCall,       Action::ManageChecklists, Action::ReadChecklists,
          Action::ManageQueues,      Action::ReadQueues,       Action::ResolveDisputes,
          Action::ManageGoals,       Action::ManageTasks,      Action::ReadAllEvaluations,
          Action::ExportScorecards,  Action::ManageAgents,     Action::ReadAudit,
          Action::ManageCalibration, Action::ReadCalibration,  Action::RunCoaching}},
        // Read everything, export scorecards, goals and tasks.
        {Role::Coach,
         {Action::ReadCalls, Action::ReadChecklists, Action::ReadAllEvaluations, Action::ReadQueues,
          Action::ExportScorecards, Action::ManageGoals, Action::ManageTasks, Action::ReadAudit,
          Action::ReadCalibration, Action::RunCoaching}},
        // Read-only: own evaluations and the calls they are of, and disputing them.
        {Role::Agent,
         {Action::ReadOwnEvaluations, Action::ReadOwnCalls, Action::DisputeEvaluation,
          Action::ReadChecklists}},
        // Users; and setting up a workspace (agents, calls) before anyone else can sign in.
        {Role::Admin,
         {Action::ManageUsers, Action::ManageAgents, Action::ImportCalls, Action::ReadCalls,
          Action::ReadChecklists, Action::ReadAudit}},
    };
    return table;
}

bool rolePermits(Role role, Action action)
{
    for (const Grant& grant : grants()) {
        if (grant.role == role)
            return grant.actions.contains(action);
    }
    return false;
}

} // namespace

Actor Actor::owner()
{
    Actor actor;
    actor.login = QStringLiteral("owner");
    actor.roles = allRoles();
    actor.m_owner = true;
    return actor;
}

QString roleName(Role role)
{
    for (const RoleInfo& info : kRoles) {
        if (info.role == role)
            return QString::fromLatin1(info.name);
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (const RoleInfo& info : kRoles) {
        if (name.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.role;
    }
    return std::nullopt;
}

QString actionName(Action action)
{
    for (const ActionInfo& info : kActions) {
        if (info.action == action)
            return tr(info.name);
    }
    return {};
}

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const RoleInfo& info : kRoles)
        roles << info.role;
    return roles;
}

QList<Action> allActions()
{
    QList<Action> actions;
    for (const ActionInfo& info : kActions)
        actions << info.action;
    return actions;
}

bool permits(const QList<Role>& roles, Action action)
{
    for (Role role : roles) {
        if (rolePermits(role, action))
            return true;
    }
    return false;
}

Status authorize(const Actor& actor, Action action)
{
    if (actor.isOwner() || permits(actor.roles, action))
        return {};
    QStringList names;
    for (Role role : actor.roles)
        names << roleName(role);
    const QString roles = names.isEmpty() ? tr("no role") : names.join(QStringLiteral(", "));
    return Status::failure(tr("%1 (%2) may not %3.").arg(actor.login, roles, actionName(action)));
}

Status authorizeReadEvaluation(const Actor& actor, const QString& reviewer,
                               std::optional<qint64> callAgentId)
{
    const Status readsAll = authorize(actor, Action::ReadAllEvaluations);
    if (readsAll)
        return {};
    if (authorize(actor, Action::ReadWrittenEvaluations) && reviewer == actor.login)
        return {};
    if (authorize(actor, Action::ReadOwnEvaluations) && actor.agentId && callAgentId &&
        *actor.agentId == *callAgentId)
        return {};
    if (permits(actor.roles, Action::ReadOwnEvaluations))
        return Status::failure(
            tr("%1 (agent) may only read the evaluations of their own calls.").arg(actor.login));
    if (permits(actor.roles, Action::ReadWrittenEvaluations))
        return Status::failure(tr("%1 may read only the evaluations they wrote.").arg(actor.login));
    return readsAll;
}

Status authorizeReadCall(const Actor& actor, std::optional<qint64> callAgentId,
                         bool evaluationReadable)
{
    if (authorize(actor, Action::ReadCalls))
        return {};
    const Status own = authorize(actor, Action::ReadOwnCalls);
    if (!own)
        return authorize(actor, Action::ReadCalls);
    if (actor.agentId && callAgentId && *actor.agentId == *callAgentId && evaluationReadable)
        return {};
    return Status::failure(
        tr("%1 (agent) may only listen to their own calls that were evaluated.").arg(actor.login));
}

} // namespace callqa::review
