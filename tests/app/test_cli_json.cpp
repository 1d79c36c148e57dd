#include "review/storage/database.h"
#include "tests/app/cliteam.h"
#include "tests/support/mediafiles.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace callqa;

namespace {

// The README's "JSON ids": `id` is a record's own id and `call` the id of the call a record is
// about, both JSON integers; `call_id` and `agent_id` are the phone system's ids, text (or null).
// Words that named ids another way before are gone.
void checkIdVocabulary(const QJsonObject& object, const std::string& where)
{
    INFO(where << ": " << QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString());
    for (const char* integerKey : {"id", "call", "draft"}) {
        const QString key = QString::fromLatin1(integerKey);
        if (object.contains(key)) {
            INFO(integerKey);
            CHECK(object.value(key).isDouble());
            CHECK(object.value(key).toInteger() > 0);
        }
    }
    for (const char* textKey : {"call_id", "agent_id"}) {
        const QString key = QString::fromLatin1(textKey);
        if (object.contains(key)) {
            INFO(textKey);
            CHECK((object.value(key).isString() || object.value(key).isNull()));
        }
    }
    for (const char* gone : {"call_external_id", "evaluation_id", "draft_id", "version_id"}) {
        INFO(gone);
        CHECK_FALSE(object.contains(QString::fromLatin1(gone)));
    }
}

QList<QJsonObject> objectsOf(const testing::CliRun& run)
{
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    QList<QJsonObject> objects;
    if (document.isObject())
        objects << document.object();
    for (const QJsonValue& value : document.array())
        objects << value.toObject();
    return objects;
}

} // namespace

TEST_CASE("cli json: every --json output names ids one way", "[app][cli][json]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::CliTeam team(backend);
        const QString root = team.path(QStringLiteral("recordings"));
        testing::makeRecording(root + QStringLiteral("/20260305-101500_a1_in_S-1.wav"), 1.0);
        const QString full = team.path(QStringLiteral("full.json"));
        const QString key = team.checklistKey();
        const auto json = [&](const char* login, const QStringList& args) {
            const testing::CliRun run =
                team.as(QString::fromLatin1(login), QStringList{QStringLiteral("--json")} + args,
                        {{QStringLiteral("CALLQA_NEW_PASSWORD"), QStringLiteral("new-pass")}});
            INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            const QList<QJsonObject> objects = objectsOf(run);
            REQUIRE_FALSE(objects.isEmpty());
            for (const QJsonObject& object : objects)
                checkIdVocabulary(object, args.join(QLatin1Char(' ')).toStdString());
            return objects;
        };
        json("sara", {QStringLiteral("import"), root, QStringLiteral("--recordings-root"), root});
        const qint64 call = team.count(QStringLiteral("SELECT id FROM calls"));
        const QStringList scoring{QStringLiteral("S-1"), QStringLiteral("--checklist"), key};

        INFO("a call is `id` in the call list and `call` elsewhere; `call_id` is always S-1");
        const auto isTheCall = [&](const QJsonObject& object, const char* callKey) {
            CHECK(object.value(QString::fromLatin1(callKey)).toInteger() == call);
            CHECK(object.value(QStringLiteral("call_id")).toString() == QStringLiteral("S-1"));
        };
        isTheCall(json("sara", {QStringLiteral("calls")}).first(), "id");
        const auto draft =
            json("rita", QStringList{QStringLiteral("draft"), QStringLiteral("open")} + scoring);
        isTheCall(draft.first(), "call");
        isTheCall(json("rita", {QStringLiteral("draft"), QStringLiteral("list")}).first(), "call");
        const auto submitted =
            json("rita", QStringList{QStringLiteral("draft"), QStringLiteral("submit")} + scoring +
                             QStringList{QStringLiteral("--answers"), full});
        isTheCall(submitted.first(), "call");
        CHECK(submitted.first().value(QStringLiteral("draft")) ==
              draft.first().value(QStringLiteral("id")));
        isTheCall(json("sara", QStringList{QStringLiteral("evaluate")} + scoring +
                                   QStringList{QStringLiteral("--answers"), full})
                      .first(),
                  "call");
        for (const QJsonObject& evaluation : json("sara", {QStringLiteral("evaluations")}))
            isTheCall(evaluation, "call");
        isTheCall(json("rita", {QStringLiteral("evaluations"), QStringLiteral("--mine")}).first(),
                  "call");
        isTheCall(json("rita", {QStringLiteral("analyze"), QStringLiteral("S-1")}).first(), "call");
        isTheCall(json("rita", {QStringLiteral("analyze"), QStringLiteral("--all")}).first(),
                  "call");
        isTheCall(json("rita", {QStringLiteral("peaks"), QStringLiteral("#%1").arg(call)}).first(),
                  "call");

        INFO("the other commands' records");
        json("sara", {QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("a2"),
                      QStringLiteral("Bora")});
        json("sara", {QStringLiteral("agent"), QStringLiteral("list")});
        json("sara", {QStringLiteral("checklist"), QStringLiteral("list")});
        json("sara", {QStringLiteral("checklist"), QStringLiteral("archive"), key});
        json("sara", {QStringLiteral("checklist"), QStringLiteral("restore"), key});
        json("sara",
             {QStringLiteral("checklist"), QStringLiteral("import"), QStringLiteral("--default")});
        json("sara", {QStringLiteral("checklist"), QStringLiteral("publish"), key});
        json("ada", {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zed"),
                     QStringLiteral("--role"), QStringLiteral("reviewer")});
        json("ada", {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("zed")});
        json("ada", {QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("zed"),
                     QStringLiteral("--role"), QStringLiteral("coach")});
        json("ada", {QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("zed")});
        json("ada", {QStringLiteral("user"), QStringLiteral("list")});
        json("ada", {QStringLiteral("audit")});
    }
}

TEST_CASE("cli json: calls lists every call, more than 10,000, and --limit bounds it",
          "[app][cli][json][calls]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        {
            auto workspace = testing::openWorkspace(location);
            testing::addTestCalls(*workspace, 10'050, QStringLiteral("N-"));
        }
        const auto calls = [&](const QStringList& args) {
            const testing::CliRun run = testing::runCallqa(
                QStringList{QStringLiteral("--db"), location.url(), QStringLiteral("calls")} + args,
                {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}});
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            return run;
        };
        const QJsonArray all =
            QJsonDocument::fromJson(calls({QStringLiteral("--json")}).out.toUtf8()).array();
        CHECK(all.size() == 10'050);
        INFO("newest first: the last started is first, the first started last");
        CHECK(all.first().toObject().value(QStringLiteral("call_id")) == QStringLiteral("N-10050"));
        CHECK(all.last().toObject().value(QStringLiteral("call_id")) == QStringLiteral("N-1"));
        const QJsonArray limited =
            QJsonDocument::fromJson(
                calls({QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("5")})
                    .out.toUtf8())
                .array();
        CHECK(limited.size() == 5);
        CHECK(limited.first().toObject().value(QStringLiteral("call_id")) ==
              QStringLiteral("N-10050"));

        INFO("people are told how many there are, in their locale");
        CHECK(calls({}).out.endsWith(QStringLiteral("\n10,050 call(s)\n")));
        CHECK(calls({QStringLiteral("--limit"), QStringLiteral("5")})
                  .out.endsWith(QStringLiteral("\n5 of 10,050 calls\n")));
        for (const char* bad : {"0", "-3", "many", ""}) {
            INFO(bad);
            const testing::CliRun refused =
                testing::runCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("calls"),
                                    QStringLiteral("--limit"), QString::fromLatin1(bad)});
            CHECK(refused.exitCode == 2);
        }
    }
}

TEST_CASE("cli references: explicit, never the wrong call, unknown calls are errors",
          "[app][cli][references]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::CliTeam team(backend);
        testing::addTestCalls(team.workspace(), 3, QStringLiteral("C-"));
        review::Database& db = team.workspace().db();
        const qint64 first =
            db.scalar(QStringLiteral("SELECT id FROM calls WHERE external_id = 'C-1'"))
                .toLongLong();
        const qint64 third =
            db.scalar(QStringLiteral("SELECT id FROM calls WHERE external_id = 'C-3'"))
                .toLongLong();
        // The phone system's id of call C-1 is now the workspace's id of call C-3.
        db.exec(QStringLiteral("UPDATE calls SET external_id = ? WHERE id = ?"),
                {QString::number(third), first});
        const QString full = team.path(QStringLiteral("full.json"));
        const auto evaluate = [&](const QString& reference) {
            return team.as(QStringLiteral("rita"),
                           {QStringLiteral("evaluate"), reference, QStringLiteral("--checklist"),
                            team.checklistKey(), QStringLiteral("--answers"), full});
        };

        INFO("a reference that could mean two calls is refused, naming both; nothing is scored");
        const testing::CliRun ambiguous = evaluate(QString::number(third));
        CHECK(ambiguous.exitCode == 1);
        CHECK(ambiguous.err.contains(QStringLiteral("#%1").arg(first)));
        CHECK(ambiguous.err.contains(QStringLiteral("#%1 (C-3)").arg(third)));
        CHECK(team.count(QStringLiteral("evaluations")) == 0);
        INFO("the draft commands refuse it the same way");
        const testing::CliRun draft = team.as(
            QStringLiteral("rita"), {QStringLiteral("draft"), QStringLiteral("submit"),
                                     QString::number(third), QStringLiteral("--checklist"),
                                     team.checklistKey(), QStringLiteral("--answers"), full});
        CHECK(draft.exitCode == 1);
        CHECK(draft.err.contains(QStringLiteral("names two calls")));
        CHECK(team.count(QStringLiteral("evaluation_drafts")) == 0);

        INFO("=ID and #ID say which");
        REQUIRE(evaluate(QStringLiteral("=%1").arg(third)).exitCode == 0);
        REQUIRE(evaluate(QStringLiteral("#%1").arg(third)).exitCode == 0);
        CHECK(team.count(QStringLiteral("SELECT count(*) FROM evaluations WHERE call_id = %1")
                             .arg(first)) == 1);
        CHECK(team.count(QStringLiteral("SELECT count(*) FROM evaluations WHERE call_id = %1")
                             .arg(third)) == 1);

        INFO("an unknown call is an error that names it, not an empty list");
        const testing::CliRun unknown = team.as(
            QStringLiteral("sara"), {QStringLiteral("--json"), QStringLiteral("evaluations"),
                                     QStringLiteral("--call"), QStringLiteral("C-404")});
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.err.contains(QStringLiteral("C-404")));
        CHECK(unknown.out.isEmpty());

        INFO("a reviewer lists the evaluations they wrote; the call list stays blind to scores");
        const testing::CliRun mine = team.as(
            QStringLiteral("rita"), {QStringLiteral("--json"), QStringLiteral("evaluations")});
        REQUIRE(mine.exitCode == 0);
        CHECK(QJsonDocument::fromJson(mine.out.toUtf8()).array().size() == 2);
        const testing::CliRun listed =
            team.as(QStringLiteral("rita"), {QStringLiteral("--json"), QStringLiteral("calls")});
        REQUIRE(listed.exitCode == 0);
        for (const QJsonValue& row : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            CHECK(row.toObject().value(QStringLiteral("score")).isNull());
        const testing::CliRun agent = team.as(
            QStringLiteral("anna"), {QStringLiteral("evaluations"), QStringLiteral("--mine")});
        CHECK(agent.exitCode == 1);
        CHECK(agent.err.contains(
            QStringLiteral("anna (agent) may not read the evaluations they wrote.")));
    }
}

TEST_CASE("cli draft: --hold takes seconds within a day, never an overflowing number",
          "[app][cli][draft]")
{
    testing::CliTeam team(review::Backend::Sqlite);
    testing::addTestCalls(team.workspace(), 1, QStringLiteral("H-"));
    for (const char* hold : {"1e12", "2147484", "86401", "-1", "nan", "inf", "soon"}) {
        INFO(hold);
        const testing::CliRun run =
            team.as(QStringLiteral("rita"),
                    {QStringLiteral("draft"), QStringLiteral("open"), QStringLiteral("H-1"),
                     QStringLiteral("--checklist"), team.checklistKey(), QStringLiteral("--hold"),
                     QString::fromLatin1(hold)});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--hold takes a number of seconds from 0 to")));
    }
    CHECK(team.count(QStringLiteral("evaluation_drafts")) == 0);
    const testing::CliRun held =
        team.as(QStringLiteral("rita"),
                {QStringLiteral("draft"), QStringLiteral("open"), QStringLiteral("H-1"),
                 QStringLiteral("--checklist"), team.checklistKey(), QStringLiteral("--hold"),
                 QStringLiteral("0.2")});
    INFO(held.err.toStdString());
    CHECK(held.exitCode == 0);
    CHECK(team.count(QStringLiteral("evaluation_drafts")) == 1);
}
