#include "review/agents/directory.h"
#include "review/audit/auditquery.h"
#include "review/auth/signin.h"
#include "review/auth/userstore.h"
#include "review/storage/database.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

namespace {

qint64 auditCount(Workspace& workspace, const QString& action)
{
    return workspace.db()
        .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
        .toLongLong();
}

Actor firstAdmin(Workspace& workspace)
{
    auto admin = createFirstAdmin(workspace, QStringLiteral("Ada"), QStringLiteral("Ada Admin"),
                                  QStringLiteral("s3cret!"));
    INFO(admin.error().toStdString());
    REQUIRE(admin.ok());
    return admin.value();
}

} // namespace

TEST_CASE("users: first run, sign-in, wrong passwords and deactivation", "[review][users]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        REQUIRE(hasUsers(*workspace).ok());
        CHECK_FALSE(hasUsers(*workspace).value());

        const Actor admin = firstAdmin(*workspace);
        CHECK(admin.login == QStringLiteral("Ada"));
        CHECK(admin.roles == QList<Role>{Role::Admin});
        CHECK_FALSE(admin.isOwner());
        CHECK(hasUsers(*workspace).value());

        INFO("the first run happens once");
        const auto second = createFirstAdmin(*workspace, QStringLiteral("eve"),
                                             QStringLiteral("Eve"), QStringLiteral("s3cret!"));
        CHECK_FALSE(second.ok());

        INFO("the password is stored as an argon2id hash, never as given");
        const QString hash =
            workspace->db()
                .scalar(QStringLiteral("SELECT password_hash FROM users WHERE login = 'Ada'"))
                .toString();
        CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
        CHECK_FALSE(hash.contains(QStringLiteral("s3cret!")));

        INFO("logins are case-insensitive; passwords are not");
        CHECK(signIn(*workspace, QStringLiteral("ada"), QStringLiteral("s3cret!")).ok());
        const auto wrong = signIn(*workspace, QStringLiteral("Ada"), QStringLiteral("S3cret!"));
        const auto unknown = signIn(*workspace, QStringLiteral("bob"), QStringLiteral("s3cret!"));
        const auto empty = signIn(*workspace, QStringLiteral("Ada"), QString());
        REQUIRE_FALSE(wrong.ok());
        REQUIRE_FALSE(unknown.ok());
        REQUIRE_FALSE(empty.ok());
        INFO("an unknown login and a wrong password look the same");
        CHECK(wrong.error() == unknown.error());
        CHECK(empty.error() == unknown.error());
        CHECK(auditCount(*workspace, QStringLiteral("auth.signin_failed")) == 3);
        CHECK(auditCount(*workspace, QStringLiteral("auth.signin")) == 2); // first run + "ada"

        UserStore store(*workspace, admin);
        REQUIRE(store
                    .createUser({QStringLiteral("rita"),
                                 QStringLiteral("Rita Reviewer"),
                                 {Role::Reviewer},
                                 QStringLiteral("pass1234"),
                                 {}})
                    .ok());
        const auto rita = signIn(*workspace, QStringLiteral("rita"), QStringLiteral("pass1234"));
        REQUIRE(rita.ok());
        CHECK(rita->roles == QList<Role>{Role::Reviewer});
        CHECK(rita->displayName == QStringLiteral("Rita Reviewer"));

        INFO("a user changes their own password; not someone else's");
        UserStore asRita(*workspace, rita.value());
        CHECK(asRita.setPassword(QStringLiteral("rita"), QStringLiteral("newpass1")).ok());
        CHECK_FALSE(asRita.setPassword(QStringLiteral("Ada"), QStringLiteral("newpass1")).ok());
        CHECK_FALSE(signIn(*workspace, QStringLiteral("rita"), QStringLiteral("pass1234")).ok());
        CHECK(signIn(*workspace, QStringLiteral("rita"), QStringLiteral("newpass1")).ok());

        REQUIRE(store.deactivate(QStringLiteral("rita")).ok());
        const auto inactive =
            signIn(*workspace, QStringLiteral("rita"), QStringLiteral("newpass1"));
        REQUIRE_FALSE(inactive.ok());
        CHECK(inactive.error().contains(QStringLiteral("deactivated")));
        INFO("a deactivated user with a wrong password learns nothing more");
        CHECK(signIn(*workspace, QStringLiteral("rita"), QStringLiteral("nope")).error() ==
              unknown.error());
    }
}

TEST_CASE("users: creating, roles, agent links and refusals", "[review][users]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        INFO("the first user must be an admin");
        UserStore asOwner(*workspace, Actor::owner());
        CHECK_FALSE(
            asOwner
                .createUser(
                    {QStringLiteral("rita"), {}, {Role::Reviewer}, QStringLiteral("pass1234"), {}})
                .ok());
        const Actor admin = firstAdmin(*workspace);
        REQUIRE(workspace->db().transact([&] {
            Directory(workspace->db())
                .ensureAgent(QStringLiteral("a05"), QStringLiteral("Ayşe"), 0);
        }));
        UserStore store(*workspace, admin);

        INFO("logins are unique whatever the case or script");
        REQUIRE(store
                    .createUser({QString::fromUtf8("İlknur"),
                                 {},
                                 {Role::Coach},
                                 QStringLiteral("pass1234"),
                                 {}})
                    .ok());
        const auto taken = store.createUser(
            {QStringLiteral("ilknur"), {}, {Role::Coach}, QStringLiteral("pass1234"), {}});
        REQUIRE_FALSE(taken.ok());
        CHECK(taken.error().contains(QStringLiteral("taken")));
        CHECK_FALSE(
            store
                .createUser(
                    {QStringLiteral("ADA"), {}, {Role::Coach}, QStringLiteral("pass1234"), {}})
                .ok());

        INFO("the agent role needs an existing agent; other roles take none");
        CHECK_FALSE(
            store
                .createUser(
                    {QStringLiteral("ayse"), {}, {Role::Agent}, QStringLiteral("pass1234"), {}})
                .ok());
        CHECK_FALSE(store
                        .createUser({QStringLiteral("ayse"),
                                     {},
                                     {Role::Agent},
                                     QStringLiteral("pass1234"),
                                     QStringLiteral("a99")})
                        .ok());
        CHECK_FALSE(store
                        .createUser({QStringLiteral("ayse"),
                                     {},
                                     {Role::Coach},
                                     QStringLiteral("pass1234"),
                                     QStringLiteral("a05")})
                        .ok());
        REQUIRE(store
                    .createUser({QStringLiteral("ayse"),
                                 QString::fromUtf8("Ayşe Yılmaz"),
                                 {Role::Agent},
                                 QStringLiteral("pass1234"),
                                 QStringLiteral("a05")})
                    .ok());
        const auto ayse = signIn(*workspace, QStringLiteral("ayse"), QStringLiteral("pass1234"));
        REQUIRE(ayse.ok());
        REQUIRE(ayse->agentId.has_value());
        CHECK(*ayse->agentId == Directory(workspace->db()).findAgent(QStringLiteral("a05"))->id);

        INFO("bad values are refused before anything is written");
        CHECK_FALSE(
            store.createUser({QString(), {}, {Role::Coach}, QStringLiteral("pass1234"), {}}).ok());
        CHECK_FALSE(
            store.createUser({QStringLiteral("x"), {}, {}, QStringLiteral("pass1234"), {}}).ok());
        CHECK_FALSE(
            store.createUser({QStringLiteral("x"), {}, {Role::Coach}, QStringLiteral("abc"), {}})
                .ok());

        INFO("only admins manage users, and the refusal names the role and the action");
        const Actor coach =
            signIn(*workspace, QStringLiteral("ilknur"), QStringLiteral("pass1234")).value();
        UserStore asCoach(*workspace, coach);
        const auto refused = asCoach.createUser(
            {QStringLiteral("mallory"), {}, {Role::Admin}, QStringLiteral("pass1234"), {}});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("coach")));
        CHECK(refused.error().contains(QStringLiteral("manage users")));
        CHECK_FALSE(asCoach.setRoles(QStringLiteral("ilknur"), {Role::Admin}).ok());
        CHECK_FALSE(asCoach.deactivate(QStringLiteral("Ada")).ok());
        CHECK_FALSE(asCoach.list().ok());

        INFO("roles change; the last admin stays an admin");
        CHECK(store.setRoles(QStringLiteral("ilknur"), {Role::Coach, Role::Supervisor}).ok());
        CHECK(signIn(*workspace, QStringLiteral("ilknur"), QStringLiteral("pass1234"))->roles ==
              QList<Role>{Role::Supervisor, Role::Coach});
        CHECK_FALSE(store.setRoles(QStringLiteral("Ada"), {Role::Coach}).ok());
        CHECK_FALSE(store.deactivate(QStringLiteral("Ada")).ok());
        CHECK(store.setRoles(QStringLiteral("ilknur"), {Role::Admin}).ok());
        CHECK(store.deactivate(QStringLiteral("Ada")).ok());
        CHECK_FALSE(store.setRoles(QStringLiteral("nobody"), {Role::Coach}).ok());

        const auto users = store.list();
        REQUIRE(users.ok());
        REQUIRE(users->size() == 3);
        CHECK(users->at(0).login == QStringLiteral("Ada"));
        CHECK_FALSE(users->at(0).active);
        CHECK(users->at(1).agentExternalId == QStringLiteral("a05"));

        INFO("every change left an audit row naming who did it");
        AuditFilter filter;
        filter.action = QStringLiteral("user");
        const auto rows = queryAudit(*workspace, admin, filter);
        REQUIRE(rows.ok());
        CHECK(rows->size() == 6); // first admin, 2 creates, 2 role changes, 1 deactivation
        for (const AuditRecord& row : rows.value())
            CHECK(row.actor == (row.entityId == QStringLiteral("Ada") &&
                                        row.action == QStringLiteral("user.create")
                                    ? QStringLiteral("owner")
                                    : QStringLiteral("Ada")));
    }
}
