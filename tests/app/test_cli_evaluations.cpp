#include "checklists/defaultchecklist.h"
#include "checklists/sampleanswers.h"
#include "review/auth/signin.h"
#include "review/auth/userstore.h"
#include "review/checklists/checkliststore.h"
#include "review/evaluations/evaluationstore.h"
#include "tests/app/clirunner.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace callqa;
using testing::runCallqa;
using testing::withPassword;

TEST_CASE("cli users: an agent cannot read another agent's evaluations", "[app][cli][users]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        qint64 borisCall = 0;
        {
            auto workspace = testing::openWorkspace(location);
            const qint64 annaCall = testing::addTestCall(*workspace, QStringLiteral("a1"));
            borisCall = testing::addTestCall(*workspace, QStringLiteral("a2"));
            const auto admin = review::createFirstAdmin(*workspace, QStringLiteral("admin"), {},
                                                        QStringLiteral("admin-pass"));
            REQUIRE(admin.ok());
            review::UserStore users(*workspace, admin.value());
            for (const auto& [login, role, agent] :
                 {std::tuple{"anna", review::Role::Agent, "a1"},
                  std::tuple{"boris", review::Role::Agent, "a2"},
                  std::tuple{"rita", review::Role::Reviewer, ""},
                  std::tuple{"sara", review::Role::Supervisor, ""},
                  std::tuple{"carla", review::Role::Coach, ""}}) {
                const auto created =
                    users.createUser({QString::fromLatin1(login),
                                      {},
                                      {role},
                                      QString::fromLatin1(login) + QStringLiteral("-pass"),
                                      QString::fromLatin1(agent)});
                INFO(created.error().toStdString());
                REQUIRE(created.ok());
            }
            const auto sara =
                review::signIn(*workspace, QStringLiteral("sara"), QStringLiteral("sara-pass"));
            const auto rita =
                review::signIn(*workspace, QStringLiteral("rita"), QStringLiteral("rita-pass"));
            REQUIRE(sara.ok());
            REQUIRE(rita.ok());
            review::ChecklistStore checklists(*workspace, sara.value());
            REQUIRE(checklists.saveDraft(checklists::defaultChecklist()).ok());
            const auto version = checklists.publish(checklists::defaultChecklist().key);
            REQUIRE(version.ok());
            review::EvaluationStore evaluations(*workspace, rita.value());
            const auto answers = checklists::fullMarksAnswers(version->checklist);
            REQUIRE(evaluations.submit(annaCall, version->id, answers).ok());
            REQUIRE(evaluations.submit(borisCall, version->id, answers).ok());
        }
        const QString db = location.url();
        const auto as = [&](const char* login, QStringList args) {
            return runCallqa(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"),
                                         QString::fromLatin1(login), QStringLiteral("--json")} +
                                 args,
                             withPassword(QString::fromLatin1(login) + QStringLiteral("-pass")));
        };
        const auto agentsOf = [](const testing::CliRun& run) {
            QStringList agents;
            for (const QJsonValue& row : QJsonDocument::fromJson(run.out.toUtf8()).array())
                agents << row.toObject().value(QStringLiteral("agent_id")).toString();
            return agents;
        };

        INFO("the agent sees their own evaluation");
        const auto own = as("anna", {QStringLiteral("evaluations")});
        INFO(own.err.toStdString());
        REQUIRE(own.exitCode == 0);
        CHECK(agentsOf(own) == QStringList{QStringLiteral("a1")});

        INFO("asking for another agent's is refused and shows nothing of theirs");
        const auto other = as("anna", {QStringLiteral("evaluations"), QStringLiteral("--agent"),
                                       QStringLiteral("a2")});
        CHECK(other.exitCode == 1);
        CHECK_FALSE(other.err.isEmpty());
        CHECK_FALSE(agentsOf(other).contains(QStringLiteral("a2")));
        const auto byCall = as("anna", {QStringLiteral("evaluations"), QStringLiteral("--call"),
                                        QStringLiteral("#%1").arg(borisCall)});
        CHECK(byCall.exitCode == 0);
        CHECK(QJsonDocument::fromJson(byCall.out.toUtf8()).isArray());
        CHECK_FALSE(agentsOf(byCall).contains(QStringLiteral("a2")));
        const auto injected = as("anna", {QStringLiteral("evaluations"), QStringLiteral("--agent"),
                                          QStringLiteral("a1' OR '1'='1")});
        CHECK_FALSE(agentsOf(injected).contains(QStringLiteral("a2")));
        CHECK(as("anna", {QStringLiteral("calls")}).exitCode == 1);

        INFO("the other agent, a coach and a supervisor see what their roles allow");
        CHECK(agentsOf(as("boris", {QStringLiteral("evaluations")})) ==
              QStringList{QStringLiteral("a2")});
        CHECK(agentsOf(as("carla", {QStringLiteral("evaluations")})).size() == 2);
        CHECK(agentsOf(as("sara", {QStringLiteral("evaluations"), QStringLiteral("--agent"),
                                   QStringLiteral("a2")})) == QStringList{QStringLiteral("a2")});
    }
}
