#include "review/auth/permissions.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace callqa::review;

namespace {

// The whole policy, written out: one row per action, one column per role (1 = allowed).
struct Row {
    Action action;
    int reviewer, supervisor, coach, agent, admin;
};

// clang-format off
const Row kMatrix[] = {
    //  action                       rev sup coa agt adm
    {Action::ImportCalls,             0,  1,  0,  0,  1},
    {Action::ReadCalls,               1,  1,  1,  0,  1},
    {Action::ReadOwnCalls,            0,  0,  0,  1,  0},
    {Action::ScoreCall,               1,  1,  0,  0,  0},
    {Action::EditOwnDraft,            1,  1,  0,  0,  0},
    {Action::TakeOverDraft,           0,  1,  0,  0,  0},
    {Action::CommentCall,             1,  1,  0,  0,  0},
    {Action::ManageChecklists,        0,  1,  0,  0,  0},
    {Action::ReadChecklists,          1,  1,  1,  1,  1},
    {Action::ManageQueues,            0,  1,  0,  0,  0},
    {Action::ReadQueues,              1,  1,  1,  0,  0},
    {Action::ResolveDisputes,         0,  1,  0,  0,  0},
    {Action::ManageGoals,             0,  1,  1,  0,  0},
    {Action::ManageTasks,             0,  1,  1,  0,  0},
    {Action::ReadAllEvaluations,      0,  1,  1,  0,  0},
    {Action::ReadOwnEvaluations,      0,  0,  0,  1,  0},
    {Action::ReadWrittenEvaluations,  1,  1,  0,  0,  0},
    {Action::DisputeEvaluation,       0,  0,  0,  1,  0},
    {Action::ExportScorecards,        0,  1,  1,  0,  0},
    {Action::ManageAgents,            0,  1,  0,  0,  1},
    {Action::ManageUsers,             0,  0,  0,  0,  1},
    {Action::ReadAudit,               0,  1,  1,  0,  1},
    {Action::ManageCalibration,       0,  1,  0,  0,  0},
    {Action::ReadCalibration,         0,  1,  1,  0,  0},
    {Action::RunCoaching,             0,  1,  1,  0,  0},
};
// clang-format on

bool expected(const Row& row, Role role)
{
    switch (role) {
    case Role::Reviewer:
        return row.reviewer;
    case Role::Supervisor:
        return row.supervisor;
    case Role::Coach:
        return row.coach;
    case Role::Agent:
        return row.agent;
    case Role::Admin:
        return row.admin;
    }
    return false;
}

Actor userWith(QList<Role> roles)
{
    Actor actor;
    actor.userId = 7;
    actor.login = QStringLiteral("pat");
    actor.roles = std::move(roles);
    return actor;
}

std::string describe(Action action, const QList<Role>& roles)
{
    QStringList names;
    for (Role role : roles)
        names << roleName(role);
    const QString text = actionName(action) + QStringLiteral(" by [") +
                         names.join(QLatin1Char(',')) + QLatin1Char(']');
    return text.toStdString();
}

} // namespace

TEST_CASE("permissions: the table covers every action exactly once", "[review][permissions]")
{
    QSet<int> seen;
    for (const Row& row : kMatrix) {
        CHECK_FALSE(seen.contains(int(row.action)));
        seen.insert(int(row.action));
    }
    CHECK(seen.size() == allActions().size());
    for (Action action : allActions())
        CHECK(seen.contains(int(action)));
}

TEST_CASE("permissions: every action with every single role", "[review][permissions]")
{
    for (const Row& row : kMatrix) {
        for (Role role : allRoles()) {
            INFO(describe(row.action, {role}));
            const bool allowed = expected(row, role);
            CHECK(permits({role}, row.action) == allowed);
            const Status status = authorize(userWith({role}), row.action);
            CHECK(status.ok() == allowed);
            if (!allowed) {
                INFO("the refusal names the user, the role and the action");
                CHECK(status.error().contains(QStringLiteral("pat")));
                CHECK(status.error().contains(roleName(role)));
                CHECK(status.error().contains(actionName(row.action)));
            }
        }
    }
}

TEST_CASE("permissions: a user with several roles may do what any of them may",
          "[review][permissions]")
{
    const QList<Role> roles = allRoles();
    for (const Row& row : kMatrix) {
        for (Role first : roles) {
            for (Role second : roles) {
                INFO(describe(row.action, {first, second}));
                const bool allowed = expected(row, first) || expected(row, second);
                CHECK(permits({first, second}, row.action) == allowed);
                CHECK(authorize(userWith({first, second}), row.action).ok() == allowed);
            }
        }
        INFO(describe(row.action, roles));
        CHECK(permits(roles, row.action));
    }
    INFO("a reviewer who is also an agent: scores calls and disputes their own evaluations");
    const Actor both = userWith({Role::Reviewer, Role::Agent});
    CHECK(authorize(both, Action::ScoreCall).ok());
    CHECK(authorize(both, Action::DisputeEvaluation).ok());
    const Status refused = authorize(both, Action::ManageUsers);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("reviewer, agent")));
}

TEST_CASE("permissions: no role, or nobody, may do nothing", "[review][permissions]")
{
    const Actor noRole = userWith({});
    Actor nobody;
    CHECK_FALSE(nobody.isOwner());
    for (Action action : allActions()) {
        INFO(actionName(action).toStdString());
        CHECK_FALSE(permits({}, action));
        const Status status = authorize(noRole, action);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().contains(QStringLiteral("no role")));
        CHECK_FALSE(authorize(nobody, action).ok());
    }
}

TEST_CASE("permissions: the owner of a workspace without users may do everything",
          "[review][permissions]")
{
    const Actor owner = Actor::owner();
    CHECK(owner.isOwner());
    CHECK(owner.login == QStringLiteral("owner"));
    for (Action action : allActions()) {
        INFO(actionName(action).toStdString());
        CHECK(authorize(owner, action).ok());
    }
    INFO("renaming the owner for the audit log keeps it the owner");
    Actor demo = Actor::owner();
    demo.login = QStringLiteral("demo");
    CHECK(demo.isOwner());
    INFO("a signed-in user with every role is still not the owner");
    CHECK_FALSE(userWith(allRoles()).isOwner());
}

TEST_CASE("permissions: role names round-trip and unknown names are refused",
          "[review][permissions]")
{
    const QStringList names = {QStringLiteral("reviewer"), QStringLiteral("supervisor"),
                               QStringLiteral("coach"), QStringLiteral("agent"),
                               QStringLiteral("admin")};
    REQUIRE(allRoles().size() == names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        CHECK(roleName(allRoles().at(i)) == names.at(i));
        CHECK(roleFromName(names.at(i)) == allRoles().at(i));
        CHECK(roleFromName(names.at(i).toUpper()) == allRoles().at(i));
    }
    CHECK_FALSE(roleFromName(QStringLiteral("root")).has_value());
    CHECK_FALSE(roleFromName(QString()).has_value());
    CHECK_FALSE(roleFromName(QStringLiteral("admin' OR '1'='1")).has_value());
    for (Action action : allActions())
        CHECK_FALSE(actionName(action).isEmpty());
}

TEST_CASE("permissions: refusals name the action as the person refused reads it",
          "[review][permissions]")
{
    INFO("an agent's own evaluations are not a reviewer's own evaluations");
    const Status agentsOwn = authorize(userWith({Role::Reviewer}), Action::ReadOwnEvaluations);
    REQUIRE_FALSE(agentsOwn.ok());
    CHECK(agentsOwn.error() ==
          QStringLiteral("pat (reviewer) may not read the evaluations of their own calls as an "
                         "agent."));
    const Status written = authorize(userWith({Role::Coach}), Action::ReadWrittenEvaluations);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error() ==
          QStringLiteral("pat (coach) may not read the evaluations they wrote."));
    const Status takeOver = authorize(userWith({Role::Reviewer}), Action::TakeOverDraft);
    REQUIRE_FALSE(takeOver.ok());
    CHECK(takeOver.error() ==
          QStringLiteral("pat (reviewer) may not take over someone else's draft."));
    INFO("no two actions read the same");
    QSet<QString> names;
    for (Action action : allActions())
        names.insert(actionName(action));
    CHECK(names.size() == allActions().size());
}

TEST_CASE("permissions: who may read one evaluation", "[review][permissions]")
{
    const auto actor = [](const char* login, QList<Role> roles, std::optional<qint64> agent = {}) {
        Actor a;
        a.login = QString::fromLatin1(login);
        a.roles = std::move(roles);
        a.agentId = agent;
        return a;
    };
    struct Row {
        const char* why;
        Actor actor;
        const char* reviewer;
        std::optional<qint64> callAgent;
        bool allowed;
    };
    const std::vector<Row> table = {
        {"a supervisor reads any", actor("sara", {Role::Supervisor}), "rita", 7, true},
        {"a coach reads any", actor("carla", {Role::Coach}), "rita", 7, true},
        {"a reviewer reads what they wrote", actor("rita", {Role::Reviewer}), "rita", 7, true},
        {"a reviewer does not read another's", actor("omid", {Role::Reviewer}), "rita", 7, false},
        {"an agent reads those of their own calls", actor("jonas", {Role::Agent}, 7), "rita", 7,
         true},
        {"an agent does not read another agent's", actor("ayse", {Role::Agent}, 5), "rita", 7,
         false},
        {"an agent, a call with no agent", actor("ayse", {Role::Agent}, 5), "rita", std::nullopt,
         false},
        {"an admin reads none", actor("ada", {Role::Admin}), "ada", 7, false},
        {"the owner reads all", Actor::owner(), "rita", 7, true},
    };
    for (const Row& row : table) {
        INFO(row.why);
        const Status status =
            authorizeReadEvaluation(row.actor, QString::fromLatin1(row.reviewer), row.callAgent);
        CHECK(status.ok() == row.allowed);
        if (!row.allowed)
            CHECK(status.error().contains(row.actor.login));
    }
}

TEST_CASE("permissions: who may open the recording of one call", "[review][permissions]")
{
    const auto actor = [](const char* login, QList<Role> roles, std::optional<qint64> agent = {}) {
        Actor a;
        a.login = QString::fromLatin1(login);
        a.roles = std::move(roles);
        a.agentId = agent;
        return a;
    };
    struct Row {
        const char* why;
        Actor actor;
        std::optional<qint64> callAgent;
        bool evaluationReadable;
        bool allowed;
    };
    const std::vector<Row> table = {
        {"a reviewer opens any call", actor("rita", {Role::Reviewer}), 7, false, true},
        {"a supervisor opens any call", actor("sara", {Role::Supervisor}), 7, false, true},
        {"a coach opens any call", actor("carla", {Role::Coach}), 7, false, true},
        {"an admin opens any call", actor("ada", {Role::Admin}), 7, false, true},
        {"an agent, their own evaluated call", actor("jonas", {Role::Agent}, 7), 7, true, true},
        {"an agent, their own call without an evaluation they read",
         actor("jonas", {Role::Agent}, 7), 7, false, false},
        {"an agent, another agent's call", actor("ayse", {Role::Agent}, 5), 7, true, false},
        {"an agent, a call with no agent", actor("ayse", {Role::Agent}, 5), std::nullopt, true,
         false},
        {"an agent user with no agent record", actor("ayse", {Role::Agent}), 7, true, false},
        {"no role", actor("nobody", {}), 7, true, false},
        {"the owner opens any call", Actor::owner(), 7, false, true},
    };
    for (const Row& row : table) {
        INFO(row.why);
        const Status status = authorizeReadCall(row.actor, row.callAgent, row.evaluationReadable);
        CHECK(status.ok() == row.allowed);
        if (!row.allowed)
            CHECK(status.error().contains(row.actor.login));
    }
}
