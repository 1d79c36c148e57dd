#include "tests/app/cliteam.h"

#include "checklists/answersjson.h"
#include "checklists/sampleanswers.h"
#include "review/agents/directory.h"
#include "review/auth/signin.h"
#include "review/auth/userstore.h"
#include "review/storage/database.h"
#include "tests/support/mediafiles.h"

#include <catch2/catch.hpp>

namespace callqa::testing {

CliTeam::CliTeam(review::Backend backend) : m_location(backend)
{
    REQUIRE(m_dir.isValid());
    m_workspace = openWorkspace(m_location);
    const review::ChecklistVersion version = publishDefaultChecklist(*m_workspace);
    m_checklistKey = version.key;
    review::Database& db = m_workspace->db();
    REQUIRE(db.transact([&] {
        review::Directory(db).ensureAgent(QStringLiteral("a1"), QStringLiteral("Anna"), 0);
    }));
    const auto admin = review::createFirstAdmin(*m_workspace, QStringLiteral("ada"), {},
                                                QStringLiteral("ada-pass"));
    REQUIRE(admin.ok());
    review::UserStore users(*m_workspace, admin.value());
    for (const auto& [login, role, agent] : {std::tuple{"sara", review::Role::Supervisor, ""},
                                             std::tuple{"rita", review::Role::Reviewer, ""},
                                             std::tuple{"omid", review::Role::Reviewer, ""},
                                             std::tuple{"carla", review::Role::Coach, ""},
                                             std::tuple{"anna", review::Role::Agent, "a1"}}) {
        const QString name = QString::fromLatin1(login);
        const auto created = users.createUser(
            {name, {}, {role}, name + QStringLiteral("-pass"), QString::fromLatin1(agent)});
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
    }
    checklists::AnswerSet partial;
    partial.set(QStringLiteral("greeted-customer"), checklists::Answer::no());
    writeBytes(path(QStringLiteral("partial.json")), checklists::answersToJson(partial));
    writeBytes(path(QStringLiteral("full.json")),
               checklists::answersToJson(checklists::fullMarksAnswers(version.checklist)));
}

CliRun CliTeam::as(const QString& login, const QStringList& args, QHash<QString, QString> env) const
{
    env.insert(QStringLiteral("CALLQA_PASSWORD"), login + QStringLiteral("-pass"));
    return runCallqa(
        QStringList{QStringLiteral("--db"), url(), QStringLiteral("--user"), login} + args, env);
}

qint64 CliTeam::count(const QString& tableOrQuery) const
{
    const QString sql = tableOrQuery.startsWith(QLatin1String("SELECT"))
                            ? tableOrQuery
                            : QStringLiteral("SELECT count(*) FROM ") + tableOrQuery;
    return m_workspace->db().scalar(sql).toLongLong();
}

} // namespace callqa::testing
