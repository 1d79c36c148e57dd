// The hard way: a real workstation process scores a call, is killed with SIGKILL, and a new one
// finds every answer and comment.
#include "checklists/answersjson.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/workspace.h"
#include "tests/app/queuefloor.h"
#include "tests/app/review/reviewfloor.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace callqa;

namespace {

struct Workstation {
    QProcess process;

    Workstation(const testing::TestLocation& location, const QString& call, const QString& keys)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CALLQA_PASSWORD"), QStringLiteral("pw-rita"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("CALLQA_LEASE_SECONDS"), QStringLiteral("2"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(CALLQA_BINARY),
                      {QStringLiteral("--db"), location.url(), QStringLiteral("--user"),
                       QStringLiteral("rita"), QStringLiteral("--open"), call,
                       QStringLiteral("--keys"), keys});
        REQUIRE(process.waitForStarted(10000));
    }
    ~Workstation()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
        }
    }
};

QJsonObject draftAnswers(review::Workspace& workspace, qint64 callId)
{
    const QString text = workspace.db()
                             .scalar(QStringLiteral("SELECT answers_json FROM evaluation_drafts "
                                                    "WHERE call_id = ?"),
                                     {callId})
                             .toString();
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

TEST_CASE("review screen: a workstation killed with SIGKILL loses no answer and no comment",
          "[app][gui][review][process]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::ReviewFloor floor(*workspace, 2);
    const review::QueueItem item = floor.items.at(0);
    review::Database& db = workspace->db();

    INFO("the first workstation answers three items, comments, answers a fourth, and is killed");
    {
        Workstation first(location, item.callExternalId,
                          QStringLiteral("1 Down 1 Down 2 Down C 'Hold_of_40_s Return 1"));
        REQUIRE(QTest::qWaitFor([&] { return draftAnswers(*workspace, item.callId).size() == 4; },
                                20000));
        QTest::qWait(3000); // the test: work, wait 3 s, kill
        REQUIRE(first.process.state() == QProcess::Running);
        first.process.kill(); // SIGKILL: nothing is flushed, released or written on the way out
        REQUIRE(first.process.waitForFinished(10000));
        CHECK(first.process.exitStatus() == QProcess::CrashExit);
    }
    const QJsonObject saved = draftAnswers(*workspace, item.callId);
    REQUIRE(saved.size() == 4);
    CHECK(db.scalar(QStringLiteral("SELECT body FROM review_comments WHERE call_id = ?"),
                    {item.callId})
              .toString() == QStringLiteral("Hold of 40 s"));

    INFO("its hold runs out; a new workstation takes the draft over with all of it, answers the "
         "rest and submits");
    REQUIRE(QTest::qWaitFor(
        [&] {
            return db.scalar(QStringLiteral("SELECT count(*) FROM evaluation_drafts WHERE "
                                            "call_id = ? AND lease_expires_at < ?"),
                             {item.callId, QDateTime::currentMSecsSinceEpoch()})
                       .toLongLong() == 1;
        },
        10000));
    QString rest = QStringLiteral("Ctrl+Return"); // focuses the first unanswered item
    for (int i = 0; i < 15; ++i)
        rest += QStringLiteral(" 1 Down");
    rest += QStringLiteral(" Ctrl+Return");
    Workstation second(location, item.callExternalId, rest);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return db.scalar(QStringLiteral("SELECT count(*) FROM evaluations WHERE call_id = ?"),
                             {item.callId})
                       .toLongLong() == 1;
        },
        20000));
    const qint64 evaluation =
        db.scalar(QStringLiteral("SELECT id FROM evaluations WHERE call_id = ?"), {item.callId})
            .toLongLong();
    const auto stored =
        review::EvaluationStore(*workspace, testing::signedInAs(*workspace, QStringLiteral("sara")))
            .answers(evaluation);
    REQUIRE(stored);
    const auto killedAnswers = checklists::answersFromJsonObject(saved);
    REQUIRE(killedAnswers.ok());
    for (const QString& key : killedAnswers.value().itemKeys()) {
        INFO(key.toStdString());
        CHECK(stored->answer(key) == killedAnswers.value().answer(key));
    }
    CHECK(stored->size() >= 14);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM review_comments WHERE evaluation_id = ?"),
                    {evaluation})
              .toLongLong() == 1);

    INFO("the comment is part of the evaluation's export");
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CALLQA_PASSWORD"), QStringLiteral("pw-rita"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(CALLQA_BINARY),
              {QStringLiteral("--db"), location.url(), QStringLiteral("--user"),
               QStringLiteral("rita"), QStringLiteral("--json"), QStringLiteral("evaluations"),
               QStringLiteral("--call"), item.callExternalId});
    REQUIRE(cli.waitForFinished(20000));
    REQUIRE(cli.exitCode() == 0);
    const QJsonArray listed = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    REQUIRE(listed.size() == 1);
    const QJsonArray comments =
        listed.first().toObject().value(QStringLiteral("comments")).toArray();
    REQUIRE(comments.size() == 1);
    CHECK(comments.first().toObject().value(QStringLiteral("body")).toString() ==
          QStringLiteral("Hold of 40 s"));
    CHECK(comments.first().toObject().value(QStringLiteral("author")).toString() ==
          QStringLiteral("rita"));
}
