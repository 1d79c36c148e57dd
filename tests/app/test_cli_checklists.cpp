#include "checklists/checklistjson.h"
#include "checklists/defaultchecklist.h"
#include "tests/app/clirunner.h"
#include "tests/support/mediafiles.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace callqa;
using testing::runCallqa;

namespace {

QJsonArray listChecklists(const QString& db)
{
    const testing::CliRun run =
        runCallqa({QStringLiteral("--db"), db, QStringLiteral("--json"),
                   QStringLiteral("checklist"), QStringLiteral("list"), QStringLiteral("--all")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

} // namespace

TEST_CASE("cli checklists: import, publish, export, archive", "[app][cli][checklists]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        testing::TestLocation location(backend);
        const QString db = location.url();
        REQUIRE(runCallqa({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
        checklists::Checklist form = checklists::defaultChecklist();
        form.key = QStringLiteral("destek");
        form.name = QStringLiteral("Destek çağrısı — پشتیبانی");
        const QString file = dir.filePath(QStringLiteral("form.json"));
        testing::writeBytes(file, checklists::toJson(form));

        auto imported = runCallqa({QStringLiteral("--db"), db, QStringLiteral("checklist"),
                                   QStringLiteral("import"), file});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        QJsonArray list = listChecklists(db);
        REQUIRE(list.size() == 1);
        CHECK(list[0].toObject().value(QStringLiteral("name")).toString() == form.name);
        CHECK(list[0].toObject().value(QStringLiteral("latest_version")).toInt() == 0);
        CHECK(list[0].toObject().value(QStringLiteral("has_draft")).toBool());

        const auto published = runCallqa({QStringLiteral("--db"), db, QStringLiteral("checklist"),
                                          QStringLiteral("publish"), QStringLiteral("destek")});
        REQUIRE(published.exitCode == 0);
        CHECK(published.out.contains(QStringLiteral("1")));

        INFO("export gives back exactly what was imported");
        const QString exported = dir.filePath(QStringLiteral("out.json"));
        REQUIRE(runCallqa({QStringLiteral("--db"), db, QStringLiteral("checklist"),
                           QStringLiteral("export"), QStringLiteral("destek"),
                           QStringLiteral("--version"), QStringLiteral("1"),
                           QStringLiteral("--output"), exported})
                    .exitCode == 0);
        QFile out(exported);
        REQUIRE(out.open(QIODevice::ReadOnly));
        const auto reread = checklists::fromJson(out.readAll());
        REQUIRE(reread.ok());
        CHECK(reread.value() == form);

        INFO("archive hides it from the default list; restore brings it back");
        REQUIRE(runCallqa({QStringLiteral("--db"), db, QStringLiteral("checklist"),
                           QStringLiteral("archive"), QStringLiteral("destek")})
                    .exitCode == 0);
        const auto visible = runCallqa(
            {QStringLiteral("--db"), db, QStringLiteral("checklist"), QStringLiteral("list")});
        CHECK_FALSE(visible.out.contains(QStringLiteral("destek")));
        CHECK(listChecklists(db)[0].toObject().value(QStringLiteral("archived")).toBool());
        REQUIRE(runCallqa({QStringLiteral("--db"), db, QStringLiteral("checklist"),
                           QStringLiteral("restore"), QStringLiteral("destek")})
                    .exitCode == 0);
        CHECK_FALSE(listChecklists(db)[0].toObject().value(QStringLiteral("archived")).toBool());
    }
}

TEST_CASE("cli checklists: an invalid file names place and rule and imports nothing",
          "[app][cli][checklists]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(runCallqa({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    checklists::Checklist form = checklists::defaultChecklist();
    form.sections[2].items[0].points = 0;
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    testing::writeBytes(file, checklists::toJson(form));
    const auto run = runCallqa(
        {QStringLiteral("--db"), db, QStringLiteral("checklist"), QStringLiteral("import"), file});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("sections[2].items[0].points")));
    CHECK(listChecklists(db).isEmpty());

    testing::writeBytes(file, "{ not json");
    CHECK(runCallqa({QStringLiteral("--db"), db, QStringLiteral("checklist"),
                     QStringLiteral("import"), file})
              .exitCode == 1);
    CHECK(runCallqa({QStringLiteral("--db"), db, QStringLiteral("checklist"),
                     QStringLiteral("import"), dir.filePath(QStringLiteral("missing.json"))})
              .exitCode == 1);
    CHECK(runCallqa({QStringLiteral("--db"), db, QStringLiteral("checklist"),
                     QStringLiteral("frobnicate")})
              .exitCode == 2);
}

TEST_CASE("cli checklists: two supervisors publishing one draft at once make one version",
          "[app][cli][checklists]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        const QString db = location.url();
        REQUIRE(runCallqa({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
        REQUIRE(runCallqa({QStringLiteral("--db"), db, QStringLiteral("checklist"),
                           QStringLiteral("import"), QStringLiteral("--default")})
                    .exitCode == 0);

        QList<std::shared_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i) {
            auto process = std::make_shared<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("CALLQA_DB"));
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(CALLQA_BINARY),
                           {QStringLiteral("--db"), db, QStringLiteral("checklist"),
                            QStringLiteral("publish"), QStringLiteral("support-call")});
            processes << process;
        }
        int succeeded = 0;
        for (const auto& process : processes) {
            REQUIRE(process->waitForFinished(120000));
            const QString err = QString::fromUtf8(process->readAllStandardError());
            if (process->exitCode() == 0) {
                ++succeeded;
            } else {
                INFO(err.toStdString());
                CHECK(process->exitCode() == 1);
                CHECK(err.contains(QStringLiteral("no unpublished draft")));
            }
        }
        CHECK(succeeded == 1);
        const QJsonArray list = listChecklists(db);
        REQUIRE(list.size() == 1);
        CHECK(list[0].toObject().value(QStringLiteral("latest_version")).toInt() == 1);
        CHECK_FALSE(list[0].toObject().value(QStringLiteral("has_draft")).toBool());
    }
}

TEST_CASE("cli checklists: evaluate backfills a scored evaluation from answers JSON",
          "[app][cli][checklists]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    testing::TestLocation location(review::Backend::Sqlite);
    qint64 callId = 0;
    {
        auto workspace = testing::openWorkspace(location);
        callId = testing::addTestCall(*workspace, QStringLiteral("a-7"));
    }
    const QString db = location.url();
    REQUIRE(runCallqa({QStringLiteral("--db"), db, QStringLiteral("checklist"),
                       QStringLiteral("import"), QStringLiteral("--default"),
                       QStringLiteral("--publish")})
                .exitCode == 0);

    const QString answers = dir.filePath(QStringLiteral("answers.json"));
    testing::writeBytes(answers, R"({"schema": "callqa.answers/1", "answers": {
        "greeted-customer": "yes", "identified-self": "yes", "verified-identity": "no",
        "did-not-interrupt": "yes", "acknowledged-issue": "yes", "showed-empathy": 4,
        "positive-language": "yes", "offered-solutions": {"choice": "fully"},
        "accurate-information": "yes", "followed-procedure": "na",
        "confirmed-resolution": "yes", "explained-next-steps": "yes",
        "thanked-customer": "yes", "correct-closing": "yes",
        "reviewer-notes": {"text": "Kimlik doğrulanmadı"}}})");
    const auto run =
        runCallqa({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("evaluate"),
                   QStringLiteral("#%1").arg(callId), QStringLiteral("--checklist"),
                   QStringLiteral("support-call"), QStringLiteral("--answers"), answers});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject stored = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(stored.value(QStringLiteral("critical_fail")).toBool());
    CHECK_FALSE(stored.value(QStringLiteral("passed")).toBool());
    CHECK(stored.value(QStringLiteral("overall")).toDouble() == 0.0);
    CHECK(stored.value(QStringLiteral("checklist_version")).toInt() == 1);

    INFO("an incomplete answer set is refused and nothing is stored");
    testing::writeBytes(
        answers, R"({"schema": "callqa.answers/1", "answers": {"greeted-customer": "yes"}})");
    const auto incomplete =
        runCallqa({QStringLiteral("--db"), db, QStringLiteral("evaluate"),
                   QStringLiteral("#%1").arg(callId), QStringLiteral("--checklist"),
                   QStringLiteral("support-call"), QStringLiteral("--answers"), answers});
    CHECK(incomplete.exitCode == 1);
    CHECK(incomplete.err.contains(QStringLiteral("thanked-customer")));
    const auto listed = runCallqa(
        {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("evaluations")});
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8()).array().size() == 1);
    CHECK(runCallqa({QStringLiteral("--db"), db, QStringLiteral("evaluate"),
                     QStringLiteral("no-such-call"), QStringLiteral("--checklist"),
                     QStringLiteral("support-call"), QStringLiteral("--answers"), answers})
              .exitCode == 1);
    INFO("a version that is not a number from 1 is a usage error, not version 0 (the latest)");
    for (const char* version : {"x", "0", "-1", "2.5"})
        CHECK(runCallqa({QStringLiteral("--db"), db, QStringLiteral("evaluate"),
                         QStringLiteral("#%1").arg(callId), QStringLiteral("--checklist"),
                         QStringLiteral("support-call"), QStringLiteral("--version"),
                         QString::fromLatin1(version), QStringLiteral("--answers"), answers})
                  .exitCode == 2);
}
