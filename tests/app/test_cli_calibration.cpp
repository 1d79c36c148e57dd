#include "checklists/answersjson.h"
#include "checklists/sampleanswers.h"
#include "review/checklists/checkliststore.h"
#include "tests/app/cliteam.h"
#include "tests/support/mediafiles.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace callqa;

namespace {

QJsonObject objectOf(const testing::CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QJsonArray arrayOf(const testing::CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

// A full answer file that says no to greeting the customer.
QString writeNotGreeted(const testing::CliTeam& team)
{
    const auto version = review::ChecklistStore(team.workspace(), review::Actor::owner())
                             .version(team.checklistKey());
    REQUIRE(version.ok());
    checklists::AnswerSet answers = checklists::fullMarksAnswers(version->checklist);
    answers.set(QStringLiteral("greeted-customer"), checklists::Answer::no());
    const QString path = team.path(QStringLiteral("not-greeted.json"));
    testing::writeBytes(path, checklists::answersToJson(answers));
    return path;
}

} // namespace

TEST_CASE("cli calibration: create, blind scoring, report, close, promote and drift end to end",
          "[app][cli][calibration]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::CliTeam team(backend);
        const qint64 first = testing::addTestCall(team.workspace(), QStringLiteral("a1"));
        const qint64 second = testing::addTestCall(team.workspace(), QStringLiteral("a1"));
        const QString calls = QStringLiteral("#%1,#%2").arg(first).arg(second);
        const QString full = team.path(QStringLiteral("full.json"));
        const QString notGreeted = writeNotGreeted(team);

        INFO("a reviewer may not create a session");
        const auto refused =
            team.as(QStringLiteral("rita"),
                    {QStringLiteral("calibration"), QStringLiteral("create"), QStringLiteral("x"),
                     QStringLiteral("--checklist"), team.checklistKey(), QStringLiteral("--calls"),
                     calls, QStringLiteral("--reviewers"), QStringLiteral("rita")});
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("calibration")));

        const auto created =
            team.as(QStringLiteral("sara"),
                    {QStringLiteral("--json"), QStringLiteral("calibration"),
                     QStringLiteral("create"), QStringLiteral("March"),
                     QStringLiteral("--checklist"), team.checklistKey(), QStringLiteral("--calls"),
                     calls, QStringLiteral("--reviewers"), QStringLiteral("rita,omid"),
                     QStringLiteral("--expert"), QStringLiteral("sara"), QStringLiteral("--blind"),
                     QStringLiteral("--deadline"), QStringLiteral("2099-12-31")});
        INFO(created.err.toStdString());
        REQUIRE(created.exitCode == 0);
        const QString session =
            QString::number(objectOf(created).value(QStringLiteral("id")).toInteger());
        REQUIRE(session != QStringLiteral("0"));

        const auto score = [&](const QString& login, qint64 call, const QString& file) {
            return team.as(login,
                           {QStringLiteral("calibration"), QStringLiteral("score"), session,
                            QStringLiteral("#%1").arg(call), QStringLiteral("--answers"), file});
        };
        const auto showAnswers = [&](const QString& login, const QString& of) {
            return team.as(login, {QStringLiteral("calibration"), QStringLiteral("show"), session,
                                   QStringLiteral("--call"), QStringLiteral("#%1").arg(first),
                                   QStringLiteral("--reviewer"), of});
        };
        REQUIRE(score(QStringLiteral("rita"), first, full).exitCode == 0);
        INFO("blind: omid may not see rita's answers before scoring the call himself");
        const auto hidden = showAnswers(QStringLiteral("omid"), QStringLiteral("rita"));
        CHECK(hidden.exitCode == 1);
        CHECK(hidden.err.contains(QStringLiteral("blind")));
        CHECK(hidden.out.isEmpty());
        REQUIRE(score(QStringLiteral("omid"), first, notGreeted).exitCode == 0);
        const auto seen = showAnswers(QStringLiteral("omid"), QStringLiteral("rita"));
        CHECK(seen.exitCode == 0);
        CHECK(seen.out.contains(QStringLiteral("greeted-customer: yes")));
        REQUIRE(score(QStringLiteral("rita"), second, notGreeted).exitCode == 0);
        REQUIRE(score(QStringLiteral("sara"), first, notGreeted).exitCode == 0);
        const auto twice = score(QStringLiteral("rita"), first, full);
        CHECK(twice.exitCode == 1);
        CHECK(twice.err.contains(QStringLiteral("already scored")));

        INFO("the report: blind participants only after scoring every call; a coach any time");
        const QStringList report{QStringLiteral("--json"),      QStringLiteral("calibration"),
                                 QStringLiteral("report"),      session,
                                 QStringLiteral("--resamples"), QStringLiteral("200")};
        CHECK(team.as(QStringLiteral("omid"), report).exitCode == 1);
        CHECK(team.as(QStringLiteral("carla"), report).exitCode == 0);
        INFO("calibration evaluations count nowhere before promotion");
        CHECK(arrayOf(team.as(QStringLiteral("sara"),
                              {QStringLiteral("--json"), QStringLiteral("evaluations")}))
                  .isEmpty());

        REQUIRE(team.as(QStringLiteral("sara"),
                        {QStringLiteral("calibration"), QStringLiteral("close"), session})
                    .exitCode == 0);
        CHECK(score(QStringLiteral("omid"), second, full).exitCode == 1);
        const auto read = team.as(QStringLiteral("omid"), report);
        INFO(read.err.toStdString());
        REQUIRE(read.exitCode == 0);
        const QJsonObject json = objectOf(read);
        const QJsonObject greeted =
            json.value(QStringLiteral("items")).toArray().first().toObject();
        CHECK(greeted.value(QStringLiteral("key")).toString() ==
              QStringLiteral("greeted-customer"));
        CHECK(greeted.value(QStringLiteral("type")).toString() == QStringLiteral("yes_no"));
        CHECK(greeted.value(QStringLiteral("ratings")).toInt() == 4);
        INFO("only the first call was scored by all three: yes, no, no; kappa (1/3 - 5/9) / (4/9)");
        CHECK(greeted.value(QStringLiteral("fleiss_calls")).toInt() == 1);
        CHECK(greeted.value(QStringLiteral("fleiss_kappa"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .toDouble() == Approx(-0.5));
        CHECK(greeted.value(QStringLiteral("percent_agreement"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .toDouble() == Approx(1.0 / 3));
        const QJsonObject nominal = greeted.value(QStringLiteral("krippendorff_alpha"))
                                        .toObject()
                                        .value(QStringLiteral("nominal"))
                                        .toObject();
        CHECK(nominal.contains(QStringLiteral("value")));
        CHECK(nominal.contains(QStringLiteral("ci95")));
        const QJsonObject empathy = json.value(QStringLiteral("items")).toArray().at(5).toObject();
        CHECK(empathy.value(QStringLiteral("type")).toString() == QStringLiteral("scale"));
        const QJsonObject levels = empathy.value(QStringLiteral("krippendorff_alpha")).toObject();
        CHECK(levels.keys() == QStringList{QStringLiteral("interval"), QStringLiteral("nominal"),
                                           QStringLiteral("ordinal")});
        INFO("everyone gave full marks for empathy: alpha undefined, said so, never NaN");
        CHECK(levels.value(QStringLiteral("ordinal"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .isNull());
        CHECK(levels.value(QStringLiteral("ordinal"))
                  .toObject()
                  .value(QStringLiteral("reason"))
                  .toString()
                  .contains(QStringLiteral("same value")));
        CHECK_FALSE(read.out.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
        const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
        for (const char* key : {"icc1_1", "icc2_1", "icc3_1", "krippendorff_alpha_interval"}) {
            INFO(key);
            CHECK(overall.value(QLatin1String(key)).isObject());
            CHECK(overall.value(QLatin1String(key)).toObject().contains(QStringLiteral("value")));
        }
        CHECK(overall.value(QStringLiteral("icc2_1"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .isNull());
        const QJsonArray reviewers = json.value(QStringLiteral("reviewers")).toArray();
        REQUIRE(reviewers.size() == 3);
        CHECK(reviewers.at(0).toObject().value(QStringLiteral("login")).toString() ==
              QStringLiteral("rita"));
        CHECK(reviewers.at(2).toObject().value(QStringLiteral("expert")).toBool());
        CHECK(reviewers.at(1).toObject().value(QStringLiteral("scored")).toInt() == 1);
        CHECK(json.value(QStringLiteral("calls")).toArray().size() == 2);

        INFO("the text report reads the same numbers");
        const auto text = team.as(QStringLiteral("carla"),
                                  {QStringLiteral("calibration"), QStringLiteral("report"), session,
                                   QStringLiteral("--resamples"), QStringLiteral("50")});
        CHECK(text.exitCode == 0);
        CHECK(text.out.contains(QStringLiteral("ICC(2,1)")));
        CHECK(text.out.contains(QStringLiteral("greeted-customer")));

        INFO("promotion: audited, and the evaluation then counts");
        const auto shown = team.as(QStringLiteral("sara"),
                                   {QStringLiteral("--json"), QStringLiteral("calibration"),
                                    QStringLiteral("show"), session});
        const QJsonArray scored = objectOf(shown).value(QStringLiteral("scored")).toArray();
        REQUIRE(scored.size() == 4);
        const QString evaluation = QString::number(
            scored.first().toObject().value(QStringLiteral("evaluation")).toInteger());
        CHECK(team.as(QStringLiteral("rita"),
                      {QStringLiteral("calibration"), QStringLiteral("promote"), evaluation})
                  .exitCode == 1);
        REQUIRE(team.as(QStringLiteral("sara"),
                        {QStringLiteral("calibration"), QStringLiteral("promote"), evaluation})
                    .exitCode == 0);
        CHECK(arrayOf(team.as(QStringLiteral("sara"),
                              {QStringLiteral("--json"), QStringLiteral("evaluations")}))
                  .size() == 1);
        CHECK(team.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE "
                                        "'calibration.%'")) == 1 + 4 + 1 + 1);

        const auto list = team.as(
            QStringLiteral("omid"),
            {QStringLiteral("--json"), QStringLiteral("calibration"), QStringLiteral("list")});
        REQUIRE(arrayOf(list).size() == 1);
        CHECK(arrayOf(list).first().toObject().value(QStringLiteral("state")).toString() ==
              QStringLiteral("closed"));
        const auto drift = team.as(
            QStringLiteral("carla"),
            {QStringLiteral("--json"), QStringLiteral("calibration"), QStringLiteral("drift")});
        REQUIRE(drift.exitCode == 0);
        const QJsonArray series = objectOf(drift).value(QStringLiteral("reviewers")).toArray();
        CHECK(series.size() == 3);
        CHECK(
            team.as(QStringLiteral("rita"), {QStringLiteral("calibration"), QStringLiteral("drift"),
                                             QStringLiteral("--reviewer"), QStringLiteral("omid")})
                .exitCode == 1);
    }
}

TEST_CASE("cli calibration: bad arguments are usage errors that change nothing",
          "[app][cli][calibration]")
{
    testing::CliTeam team(review::Backend::Sqlite);
    const auto bad = [&](QStringList args) {
        const auto run =
            team.as(QStringLiteral("sara"), QStringList{QStringLiteral("calibration")} + args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.isEmpty());
    };
    bad({QStringLiteral("nonsense")});
    bad({QStringLiteral("create"), QStringLiteral("x")});
    bad({QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--checklist"),
         team.checklistKey(), QStringLiteral("--calls"), QStringLiteral("#1"),
         QStringLiteral("--reviewers"), QStringLiteral("rita"), QStringLiteral("--deadline"),
         QStringLiteral("31/12/2099")});
    bad({QStringLiteral("report"), QStringLiteral("abc")});
    bad({QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--resamples"),
         QStringLiteral("-4")});
    CHECK(team.count(QStringLiteral("calibration_sessions")) == 0);
    const auto missing =
        team.as(QStringLiteral("sara"),
                {QStringLiteral("calibration"), QStringLiteral("show"), QStringLiteral("42")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("42")));
}

TEST_CASE("cli calibration: reliability over calls two reviewers scored", "[app][cli][calibration]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::CliTeam team(backend);
        const QString call =
            QStringLiteral("#%1").arg(testing::addTestCall(team.workspace(), QStringLiteral("a1")));
        const QString single =
            QStringLiteral("#%1").arg(testing::addTestCall(team.workspace(), QStringLiteral("a1")));
        const auto evaluate = [&](const QString& login, const QString& which, const QString& file) {
            const auto run =
                team.as(login, {QStringLiteral("evaluate"), which, QStringLiteral("--checklist"),
                                team.checklistKey(), QStringLiteral("--answers"), file});
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
        };
        evaluate(QStringLiteral("rita"), call, team.path(QStringLiteral("full.json")));
        evaluate(QStringLiteral("omid"), call, writeNotGreeted(team));
        evaluate(QStringLiteral("omid"), single, team.path(QStringLiteral("full.json")));
        const QStringList args{QStringLiteral("--json"),      QStringLiteral("calibration"),
                               QStringLiteral("reliability"), QStringLiteral("--checklist"),
                               team.checklistKey(),           QStringLiteral("--from"),
                               QStringLiteral("2000-01-01"),  QStringLiteral("--to"),
                               QStringLiteral("2099-12-31"),  QStringLiteral("--resamples"),
                               QStringLiteral("50")};
        const auto run = team.as(QStringLiteral("carla"), args);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QJsonObject json = objectOf(run);
        CHECK(json.value(QStringLiteral("pairs")).toInt() == 1);
        const QJsonObject greeted =
            json.value(QStringLiteral("items")).toArray().first().toObject();
        CHECK(greeted.value(QStringLiteral("percent_agreement"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .toDouble() == 0.0);
        const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
        CHECK(overall.value(QStringLiteral("icc2_1"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .isNull());
        CHECK(overall.value(QStringLiteral("icc2_1"))
                  .toObject()
                  .value(QStringLiteral("reason"))
                  .toString()
                  .contains(QStringLiteral("ICC(1,1)")));
        const QJsonArray reviewers = json.value(QStringLiteral("reviewers")).toArray();
        REQUIRE(reviewers.size() == 2);
        CHECK(reviewers.at(0).toObject().value(QStringLiteral("login")).toString() ==
              QStringLiteral("omid"));
        CHECK(reviewers.at(0)
                  .toObject()
                  .value(QStringLiteral("bias"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .toDouble() < 0);
        CHECK(team.as(QStringLiteral("rita"), args).exitCode == 1);
        CHECK(team.as(QStringLiteral("carla"),
                      {QStringLiteral("calibration"), QStringLiteral("reliability"),
                       QStringLiteral("--checklist"), team.checklistKey(), QStringLiteral("--from"),
                       QStringLiteral("2026-02-01"), QStringLiteral("--to"),
                       QStringLiteral("2026-01-01")})
                  .exitCode == 2);
    }
}
