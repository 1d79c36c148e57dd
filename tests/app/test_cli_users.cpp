#include "tests/app/clirunner.h"
#include "tests/support/mediafiles.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace callqa;
using testing::runCallqa;
using testing::withPassword;

namespace {

QHash<QString, QString> newPassword(const QString& password)
{
    return {{QStringLiteral("CALLQA_NEW_PASSWORD"), password}};
}

QHash<QString, QString> both(const QString& password, const QString& newPassword)
{
    return {{QStringLiteral("CALLQA_PASSWORD"), password},
            {QStringLiteral("CALLQA_NEW_PASSWORD"), newPassword}};
}

} // namespace

TEST_CASE("cli users: sign-in once a workspace has users, and roles enforced", "[app][cli][users]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        const QString db = location.url();
        REQUIRE(runCallqa({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
        const auto as = [&](const QString& login, QStringList args) {
            return QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), login} + args;
        };

        INFO("without users the owner acts; the first user must be an admin");
        const auto notAdmin = runCallqa({QStringLiteral("--db"), db, QStringLiteral("user"),
                                         QStringLiteral("add"), QStringLiteral("rita"),
                                         QStringLiteral("--role"), QStringLiteral("reviewer")},
                                        newPassword(QStringLiteral("rita-pass")));
        CHECK(notAdmin.exitCode == 1);
        CHECK(notAdmin.err.contains(QStringLiteral("admin")));
        const auto admin =
            runCallqa({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                       QStringLiteral("ada"), QStringLiteral("--role"), QStringLiteral("admin"),
                       QStringLiteral("--name"), QStringLiteral("Ada Admin")},
                      newPassword(QStringLiteral("ada-pass")));
        INFO(admin.err.toStdString());
        REQUIRE(admin.exitCode == 0);

        INFO("now every command needs a sign-in: missing or wrong is exit code 2");
        const auto anonymous = runCallqa({QStringLiteral("--db"), db, QStringLiteral("calls")});
        CHECK(anonymous.exitCode == 2);
        CHECK(anonymous.err.contains(QStringLiteral("--user")));
        const auto noPassword = runCallqa(as(QStringLiteral("ada"), {QStringLiteral("calls")}));
        CHECK(noPassword.exitCode == 2);
        CHECK(noPassword.err.contains(QStringLiteral("CALLQA_PASSWORD")));
        const auto wrong = runCallqa(as(QStringLiteral("ada"), {QStringLiteral("calls")}),
                                     withPassword(QStringLiteral("ada-PASS")));
        CHECK(wrong.exitCode == 2);
        const auto ghost = runCallqa(as(QStringLiteral("ghost"), {QStringLiteral("calls")}),
                                     withPassword(QStringLiteral("ada-pass")));
        CHECK(ghost.exitCode == 2);
        CHECK(ghost.err == wrong.err);
        CHECK(runCallqa(as(QStringLiteral("ada"), {QStringLiteral("calls")}),
                        withPassword(QStringLiteral("ada-pass")))
                  .exitCode == 0);

        INFO("the admin adds a reviewer and an agent");
        REQUIRE(runCallqa(as(QStringLiteral("ada"),
                             {QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("a7"),
                              QString::fromUtf8("Ольга Иванова"), QStringLiteral("--team"),
                              QStringLiteral("Desk")}),
                          withPassword(QStringLiteral("ada-pass")))
                    .exitCode == 0);
        const auto rita =
            runCallqa(as(QStringLiteral("ada"),
                         {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("rita"),
                          QStringLiteral("--role"), QStringLiteral("reviewer")}),
                      both(QStringLiteral("ada-pass"), QStringLiteral("rita-pass")));
        INFO(rita.err.toStdString());
        REQUIRE(rita.exitCode == 0);
        const auto noAgent =
            runCallqa(as(QStringLiteral("ada"),
                         {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("olga"),
                          QStringLiteral("--role"), QStringLiteral("agent")}),
                      both(QStringLiteral("ada-pass"), QStringLiteral("olga-pass")));
        CHECK(noAgent.exitCode == 1);
        REQUIRE(runCallqa(as(QStringLiteral("ada"),
                             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("olga"),
                              QStringLiteral("--role"), QStringLiteral("agent"),
                              QStringLiteral("--agent"), QStringLiteral("a7")}),
                          both(QStringLiteral("ada-pass"), QStringLiteral("olga-pass")))
                    .exitCode == 0);
        CHECK(runCallqa(as(QStringLiteral("ada"),
                           {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                            QStringLiteral("--role"), QStringLiteral("wizard")}),
                        both(QStringLiteral("ada-pass"), QStringLiteral("x-pass")))
                  .exitCode == 2);

        INFO("a reviewer may not manage users, agents or import; the refusal says who and what");
        const auto refused =
            runCallqa(as(QStringLiteral("rita"),
                         {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve"),
                          QStringLiteral("--role"), QStringLiteral("admin")}),
                      both(QStringLiteral("rita-pass"), QStringLiteral("eve-pass")));
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("rita (reviewer) may not manage users")));
        CHECK(runCallqa(as(QStringLiteral("rita"), {QStringLiteral("agent"), QStringLiteral("add"),
                                                    QStringLiteral("a8"), QStringLiteral("Bob")}),
                        withPassword(QStringLiteral("rita-pass")))
                  .exitCode == 1);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        testing::makeRecording(dir.filePath(QStringLiteral("calls/one.wav")), 0.5);
        const auto import =
            runCallqa(as(QStringLiteral("rita"),
                         {QStringLiteral("import"), dir.filePath(QStringLiteral("calls"))}),
                      withPassword(QStringLiteral("rita-pass")));
        CHECK(import.exitCode == 1);
        CHECK(import.err.contains(QStringLiteral("import calls")));
        CHECK(runCallqa(as(QStringLiteral("rita"), {QStringLiteral("calls")}),
                        withPassword(QStringLiteral("rita-pass")))
                  .exitCode == 0);

        INFO("an agent may not list the library");
        const auto agentCalls = runCallqa(as(QStringLiteral("olga"), {QStringLiteral("calls")}),
                                          withPassword(QStringLiteral("olga-pass")));
        CHECK(agentCalls.exitCode == 1);
        CHECK(agentCalls.err.contains(QStringLiteral("olga (agent) may not read calls")));

        INFO("list, change roles and passwords, deactivate");
        const auto list =
            runCallqa(as(QStringLiteral("ada"), {QStringLiteral("--json"), QStringLiteral("user"),
                                                 QStringLiteral("list")}),
                      withPassword(QStringLiteral("ada-pass")));
        REQUIRE(list.exitCode == 0);
        const QJsonArray users = QJsonDocument::fromJson(list.out.toUtf8()).array();
        REQUIRE(users.size() == 3);
        CHECK(users.at(1).toObject().value(QStringLiteral("agent_id")).toString() ==
              QStringLiteral("a7"));
        CHECK(runCallqa(as(QStringLiteral("ada"),
                           {QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("rita"),
                            QStringLiteral("--role"), QStringLiteral("coach"),
                            QStringLiteral("--role"), QStringLiteral("reviewer")}),
                        withPassword(QStringLiteral("ada-pass")))
                  .exitCode == 0);
        CHECK(
            runCallqa(as(QStringLiteral("rita"), {QStringLiteral("user"), QStringLiteral("passwd"),
                                                  QStringLiteral("rita")}),
                      both(QStringLiteral("rita-pass"), QStringLiteral("rita-new")))
                .exitCode == 0);
        CHECK(runCallqa(as(QStringLiteral("rita"), {QStringLiteral("audit")}),
                        withPassword(QStringLiteral("rita-new")))
                  .exitCode == 0); // a coach now
        CHECK(runCallqa(
                  as(QStringLiteral("ada"), {QStringLiteral("user"), QStringLiteral("deactivate"),
                                             QStringLiteral("rita")}),
                  withPassword(QStringLiteral("ada-pass")))
                  .exitCode == 0);
        const auto deactivated = runCallqa(as(QStringLiteral("rita"), {QStringLiteral("calls")}),
                                           withPassword(QStringLiteral("rita-new")));
        CHECK(deactivated.exitCode == 2);
        CHECK(deactivated.err.contains(QStringLiteral("deactivated")));

        INFO("the audit log lists it all, filtered, with ISO 8601 UTC times in JSON");
        const auto audit = runCallqa(
            as(QStringLiteral("ada"), {QStringLiteral("--json"), QStringLiteral("audit"),
                                       QStringLiteral("--action"), QStringLiteral("user")}),
            withPassword(QStringLiteral("ada-pass")));
        INFO(audit.err.toStdString());
        REQUIRE(audit.exitCode == 0);
        const QJsonArray rows = QJsonDocument::fromJson(audit.out.toUtf8()).array();
        QStringList actions;
        for (const QJsonValue& row : rows) {
            const QJsonObject object = row.toObject();
            actions << object.value(QStringLiteral("action")).toString();
            CHECK(object.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));
        }
        CHECK(actions == QStringList{QStringLiteral("user.deactivate"),
                                     QStringLiteral("user.password"), QStringLiteral("user.roles"),
                                     QStringLiteral("user.create"), QStringLiteral("user.create"),
                                     QStringLiteral("user.create")});
        const auto failures =
            runCallqa(as(QStringLiteral("ada"),
                         {QStringLiteral("--json"), QStringLiteral("audit"),
                          QStringLiteral("--action"), QStringLiteral("auth.signin_failed"),
                          QStringLiteral("--limit"), QStringLiteral("10")}),
                      withPassword(QStringLiteral("ada-pass")));
        const QJsonArray failed = QJsonDocument::fromJson(failures.out.toUtf8()).array();
        REQUIRE(failed.size() == 3); // wrong password, ghost, deactivated rita
        CHECK(failed.at(0).toObject().value(QStringLiteral("actor")).toString() ==
              QStringLiteral("rita"));
        const auto human =
            runCallqa(as(QStringLiteral("ada"),
                         {QStringLiteral("audit"), QStringLiteral("--actor"), QStringLiteral("ada"),
                          QStringLiteral("--since"), QStringLiteral("2020-01-01"),
                          QStringLiteral("--limit"), QStringLiteral("2")}),
                      withPassword(QStringLiteral("ada-pass")));
        REQUIRE(human.exitCode == 0);
        CHECK(human.out.contains(QStringLiteral("2 row(s)")));
        CHECK(
            runCallqa(as(QStringLiteral("ada"), {QStringLiteral("audit"), QStringLiteral("--since"),
                                                 QStringLiteral("last tuesday")}),
                      withPassword(QStringLiteral("ada-pass")))
                .exitCode == 2);
        const auto agentAudit = runCallqa(as(QStringLiteral("olga"), {QStringLiteral("audit")}),
                                          withPassword(QStringLiteral("olga-pass")));
        CHECK(agentAudit.exitCode == 1);
        CHECK(agentAudit.err.contains(QStringLiteral("read the audit log")));
    }
}

TEST_CASE("cli users: the window signs in with --user for screenshots", "[app][gui][users]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(runCallqa({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    const QStringList window = {QStringLiteral("--offscreen"), QStringLiteral("--screenshot"), shot,
                                QStringLiteral("--db"), db};
    INFO("a workspace without users opens as its owner");
    const auto owner = runCallqa(window);
    INFO(owner.err.toStdString());
    CHECK(owner.exitCode == 0);
    CHECK(QFile::exists(shot));
    REQUIRE(QFile::remove(shot));

    REQUIRE(runCallqa({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                       QStringLiteral("ada"), QStringLiteral("--role"), QStringLiteral("admin")},
                      newPassword(QStringLiteral("ada-pass")))
                .exitCode == 0);
    const auto anonymous = runCallqa(window);
    CHECK(anonymous.exitCode == 2);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));
    CHECK(runCallqa(window + QStringList{QStringLiteral("--user"), QStringLiteral("ada")},
                    withPassword(QStringLiteral("wrong")))
              .exitCode == 2);
    CHECK_FALSE(QFile::exists(shot));
    CHECK(runCallqa(window + QStringList{QStringLiteral("--user"), QStringLiteral("ada")},
                    withPassword(QStringLiteral("ada-pass")))
              .exitCode == 0);
    CHECK(QFile::exists(shot));
}
