#include "checklists/answersjson.h"
#include "checklists/sampleanswers.h"
#include "review/auth/userstore.h"
#include "tests/support/testworkspace.h"
#include "tests/team/teamsupport.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

using namespace callqa;

namespace {

constexpr char kLeaseSeconds[] = "2";

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The first JSON document a running `callqa --json draft open --hold` prints.
QJsonObject firstJsonOutput(QProcess& process)
{
    QByteArray output;
    const QDeadlineTimer deadline(120'000);
    while (!deadline.hasExpired()) {
        process.waitForReadyRead(500);
        output += process.readAllStandardOutput();
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(output, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            return document.object();
        if (process.state() == QProcess::NotRunning)
            break;
    }
    FAIL("no JSON from the holding process: " << output.toStdString()
                                              << process.readAllStandardError().toStdString());
    return {};
}

} // namespace

TEST_CASE("team: a second reviewer gets a held draft read-only until the holder's lease runs out",
          "[team][drafts]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        qint64 call = 0;
        QString checklistKey;
        {
            auto workspace = testing::openWorkspace(location);
            const review::ChecklistVersion version = testing::publishDefaultChecklist(*workspace);
            checklistKey = version.key;
            call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
            review::UserStore users(*workspace, review::Actor::owner());
            REQUIRE(users
                        .createFirstUser({QStringLiteral("ada"),
                                          QStringLiteral("Ada"),
                                          {review::Role::Admin},
                                          QStringLiteral("ada-pass"),
                                          {}})
                        .ok());
            // sara reviews; omid supervises, so he may take her draft over (own drafts only).
            for (const auto& [login, role] :
                 {std::pair{QStringLiteral("sara"), review::Role::Reviewer},
                  std::pair{QStringLiteral("omid"), review::Role::Supervisor}})
                REQUIRE(
                    users.createUser({login, login, {role}, login + QStringLiteral("-pass"), {}})
                        .ok());
            checklists::AnswerSet partial;
            partial.set(QStringLiteral("greeted-customer"), checklists::Answer::no());
            writeFile(dir.filePath(QStringLiteral("partial.json")),
                      checklists::answersToJson(partial));
            writeFile(dir.filePath(QStringLiteral("full.json")),
                      checklists::answersToJson(checklists::fullMarksAnswers(version.checklist)));
        }
        const auto as = [&](const QString& login) {
            return QHash<QString, QString>{
                {QStringLiteral("CALLQA_PASSWORD"), login + QStringLiteral("-pass")},
                {QStringLiteral("CALLQA_LEASE_SECONDS"), QString::fromLatin1(kLeaseSeconds)}};
        };
        const auto draftArgs = [&](const QString& login, const QStringList& rest) {
            return QStringList{QStringLiteral("--db"),   location.url(),
                               QStringLiteral("--user"), login,
                               QStringLiteral("--json"), QStringLiteral("draft")} +
                   rest;
        };
        const QStringList openCall{QStringLiteral("open"), QStringLiteral("#%1").arg(call),
                                   QStringLiteral("--checklist"), checklistKey};

        INFO("sara's workstation opens the draft, saves an answer and keeps working on it");
        auto sara = testing::startCallqa(
            draftArgs(QStringLiteral("sara"),
                      openCall + QStringList{QStringLiteral("--answers"),
                                             dir.filePath(QStringLiteral("partial.json")),
                                             QStringLiteral("--hold"), QStringLiteral("600")}),
            as(QStringLiteral("sara")));
        const QJsonObject held = firstJsonOutput(*sara);
        REQUIRE_FALSE(held.value(QStringLiteral("read_only")).toBool());

        const auto omidOpens = [&] {
            const testing::Run run = testing::runCallqa(draftArgs(QStringLiteral("omid"), openCall),
                                                        as(QStringLiteral("omid")));
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            return QJsonDocument::fromJson(run.out.toUtf8()).object();
        };

        INFO("omid sees who holds it, and sara's saved answer, read-only");
        const QJsonObject seen = omidOpens();
        CHECK(seen.value(QStringLiteral("read_only")).toBool());
        CHECK(seen.value(QStringLiteral("held_by")).toObject().value(QStringLiteral("login")) ==
              QStringLiteral("sara"));
        CHECK(seen.value(QStringLiteral("answers"))
                  .toObject()
                  .value(QStringLiteral("greeted-customer")) == QStringLiteral("no"));
        const auto omidSubmits = [&] {
            return testing::runCallqa(
                draftArgs(QStringLiteral("omid"),
                          QStringList{QStringLiteral("submit"), QStringLiteral("#%1").arg(call),
                                      QStringLiteral("--checklist"), checklistKey,
                                      QStringLiteral("--answers"),
                                      dir.filePath(QStringLiteral("full.json"))}),
                as(QStringLiteral("omid")));
        };
        const testing::Run refused = omidSubmits();
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("sara")));

        INFO("sara's heartbeat keeps the hold past several lease periods");
        QThread::msleep(5'000);
        CHECK(omidOpens().value(QStringLiteral("read_only")).toBool());

        INFO("sara's workstation dies: no release, the hold runs out by itself");
        sara->kill();
        REQUIRE(sara->waitForFinished(60'000));
        QJsonObject taken;
        const QDeadlineTimer deadline(60'000);
        do {
            QThread::msleep(500);
            taken = omidOpens();
        } while (taken.value(QStringLiteral("read_only")).toBool() && !deadline.hasExpired());
        REQUIRE_FALSE(taken.value(QStringLiteral("read_only")).toBool());
        CHECK(taken.value(QStringLiteral("answers"))
                  .toObject()
                  .value(QStringLiteral("greeted-customer")) == QStringLiteral("no"));

        INFO("omid finishes and submits it: one evaluation, by omid, and no draft left");
        const testing::Run submitted = omidSubmits();
        INFO(submitted.err.toStdString());
        REQUIRE(submitted.exitCode == 0);
        const QString url = location.url();
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM evaluations"))
                  .toLongLong() == 1);
        CHECK(testing::queryValue(url, QStringLiteral("SELECT reviewer FROM evaluations"))
                  .toString() == QStringLiteral("omid"));
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM evaluation_drafts"))
                  .toLongLong() == 0);
        CHECK(testing::queryValue(url, QStringLiteral("SELECT detail FROM audit_log WHERE action "
                                                      "= 'evaluation_draft.take'"))
                  .toString()
                  .contains(QStringLiteral("sara")));
    }
}

TEST_CASE("team: four workstations opening a call's first draft at once make one draft",
          "[team][drafts]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        qint64 call = 0;
        QString checklistKey;
        {
            auto workspace = testing::openWorkspace(location);
            checklistKey = testing::publishDefaultChecklist(*workspace).key;
            call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        }
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i)
            processes.push_back(testing::startCallqa(
                {QStringLiteral("--db"), location.url(), QStringLiteral("--json"),
                 QStringLiteral("draft"), QStringLiteral("open"), QStringLiteral("#%1").arg(call),
                 QStringLiteral("--checklist"), checklistKey, QStringLiteral("--hold"),
                 QStringLiteral("1")}));
        int holders = 0;
        for (auto& process : processes) {
            const testing::Run run = testing::finish(*process);
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 0);
            const QJsonObject draft = QJsonDocument::fromJson(run.out.toUtf8()).object();
            CHECK(draft.value(QStringLiteral("id")).toInteger() > 0);
            if (!draft.value(QStringLiteral("read_only")).toBool())
                ++holders;
        }
        INFO("each held it in turn or saw it held; never two drafts of one call");
        CHECK(holders >= 1);
        const QString url = location.url();
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM evaluation_drafts"))
                  .toLongLong() == 1);
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM audit_log WHERE action "
                                                      "= 'evaluation_draft.start'"))
                  .toLongLong() == 1);
    }
}
