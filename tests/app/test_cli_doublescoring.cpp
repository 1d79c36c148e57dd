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

QJsonDocument jsonOf(const testing::CliRun& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8());
}

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

TEST_CASE("cli double scoring: draw with a share, both score blind, reliability has the pairs",
          "[app][cli][queues][calibration]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::CliTeam team(backend);
        for (int i = 0; i < 2; ++i)
            testing::addTestCall(team.workspace(), QStringLiteral("a1"));
        const QString full = team.path(QStringLiteral("full.json"));
        const QString notGreeted = writeNotGreeted(team);
        QStringList create{QStringLiteral("--json"),        QStringLiteral("queue"),
                           QStringLiteral("create"),        QStringLiteral("Daily"),
                           QStringLiteral("--checklist"),   team.checklistKey(),
                           QStringLiteral("--from"),        QStringLiteral("2000-01-01"),
                           QStringLiteral("--to"),          QStringLiteral("2099-12-31"),
                           QStringLiteral("--total"),       QStringLiteral("2"),
                           QStringLiteral("--seed"),        QStringLiteral("5"),
                           QStringLiteral("--assign"),      QStringLiteral("sara,rita"),
                           QStringLiteral("--double-score")};
        INFO("the share is a percentage");
        CHECK(
            team.as(QStringLiteral("sara"), create + QStringList{QStringLiteral("abc")}).exitCode ==
            2);
        CHECK(
            team.as(QStringLiteral("sara"), create + QStringList{QStringLiteral("101")}).exitCode ==
            2);
        const QJsonObject queue =
            jsonOf(team.as(QStringLiteral("sara"), create + QStringList{QStringLiteral("100%")}))
                .object();
        CHECK(queue.value(QStringLiteral("double_score_percent")).toInt() == 100);
        CHECK(queue.value(QStringLiteral("counts"))
                  .toObject()
                  .value(QStringLiteral("double_scored"))
                  .toInt() == 2);
        const QJsonArray items = jsonOf(team.as(QStringLiteral("sara"),
                                                {QStringLiteral("--json"), QStringLiteral("queue"),
                                                 QStringLiteral("show"), QStringLiteral("Daily")}))
                                     .object()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        REQUIRE(items.size() == 2);
        QString ritaFirst; // the call rita scores first and sara second
        QString saraFirst;
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            const QString call =
                QStringLiteral("#%1").arg(item.value(QStringLiteral("call")).toInt());
            CHECK(item.value(QStringLiteral("second_state")).toString() == QStringLiteral("todo"));
            CHECK(item.value(QStringLiteral("second_reviewer")).toString() !=
                  item.value(QStringLiteral("assignee")).toString());
            (item.value(QStringLiteral("assignee")).toString() == QStringLiteral("rita")
                 ? ritaFirst
                 : saraFirst) = call;
        }
        CHECK(team.as(QStringLiteral("sara"),
                      {QStringLiteral("queue"), QStringLiteral("explain"), QStringLiteral("Daily")})
                  .out.contains(QStringLiteral("double-scored, blind")));
        REQUIRE_FALSE(ritaFirst.isEmpty());
        REQUIRE_FALSE(saraFirst.isEmpty());

        const auto evaluate = [&](const QString& login, const QString& call, const QString& file) {
            return jsonOf(team.as(login, {QStringLiteral("--json"), QStringLiteral("evaluate"),
                                          call, QStringLiteral("--checklist"), team.checklistKey(),
                                          QStringLiteral("--answers"), file}))
                .object();
        };
        const QJsonObject primary = evaluate(QStringLiteral("rita"), ritaFirst, full);
        CHECK(primary.value(QStringLiteral("status")).toString() == QStringLiteral("submitted"));
        const QString primaryId = QString::number(primary.value(QStringLiteral("id")).toInteger());

        INFO("sara supervises and reads every evaluation, but not this one before her own score");
        const auto blind = team.as(QStringLiteral("sara"), {QStringLiteral("evaluation"),
                                                            QStringLiteral("show"), primaryId});
        CHECK(blind.exitCode == 1);
        CHECK(blind.err.contains(QStringLiteral("blind")));
        const QStringList ofCall{QStringLiteral("--json"), QStringLiteral("evaluations"),
                                 QStringLiteral("--call"), ritaFirst};
        CHECK(jsonOf(team.as(QStringLiteral("sara"), ofCall)).array().isEmpty());
        CHECK(jsonOf(team.as(QStringLiteral("carla"), ofCall)).array().size() == 1);
        const auto scoreIn = [&](const QString& login, const QString& call) {
            for (const QJsonValue& row :
                 jsonOf(team.as(login, {QStringLiteral("--json"), QStringLiteral("calls")}))
                     .array())
                if (QStringLiteral("#%1").arg(row.toObject().value(QStringLiteral("id")).toInt()) ==
                    call)
                    return row.toObject().value(QStringLiteral("score"));
            return QJsonValue(QJsonValue::Undefined);
        };
        INFO("nor its score in the library's list of calls");
        CHECK(scoreIn(QStringLiteral("sara"), ritaFirst).isNull());
        CHECK(scoreIn(QStringLiteral("carla"), ritaFirst).isDouble());

        const QJsonObject second = evaluate(QStringLiteral("sara"), ritaFirst, notGreeted);
        CHECK(second.value(QStringLiteral("status")).toString() == QStringLiteral("reliability"));
        CHECK(team.as(QStringLiteral("sara"),
                      {QStringLiteral("evaluation"), QStringLiteral("show"), primaryId})
                  .exitCode == 0);
        CHECK(jsonOf(team.as(QStringLiteral("sara"), ofCall)).array().size() == 2);
        CHECK(scoreIn(QStringLiteral("sara"), ritaFirst).isDouble());
        const auto listed = team.as(QStringLiteral("carla"), {QStringLiteral("evaluations"),
                                                              QStringLiteral("--call"), ritaFirst});
        CHECK(listed.out.contains(QStringLiteral("reliability score")));

        INFO("the other call the other way round: the second reviewer scores first");
        CHECK(evaluate(QStringLiteral("rita"), saraFirst, notGreeted)
                  .value(QStringLiteral("status"))
                  .toString() == QStringLiteral("reliability"));
        CHECK(evaluate(QStringLiteral("sara"), saraFirst, full)
                  .value(QStringLiteral("status"))
                  .toString() == QStringLiteral("submitted"));
        const QJsonObject after = jsonOf(team.as(QStringLiteral("sara"),
                                                 {QStringLiteral("--json"), QStringLiteral("queue"),
                                                  QStringLiteral("show"), QStringLiteral("Daily")}))
                                      .object();
        CHECK(after.value(QStringLiteral("counts"))
                  .toObject()
                  .value(QStringLiteral("done"))
                  .toInt() == 2);
        CHECK(after.value(QStringLiteral("counts"))
                  .toObject()
                  .value(QStringLiteral("second_done"))
                  .toInt() == 2);

        INFO("the agent sees the two counted evaluations only");
        CHECK(jsonOf(team.as(QStringLiteral("anna"),
                             {QStringLiteral("--json"), QStringLiteral("evaluations")}))
                  .array()
                  .size() == 2);

        const QJsonObject report =
            jsonOf(team.as(QStringLiteral("carla"),
                           {QStringLiteral("--json"), QStringLiteral("calibration"),
                            QStringLiteral("reliability"), QStringLiteral("--checklist"),
                            team.checklistKey(), QStringLiteral("--from"),
                            QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                            QStringLiteral("2099-12-31"), QStringLiteral("--resamples"),
                            QStringLiteral("50")}))
                .object();
        CHECK(report.value(QStringLiteral("pairs")).toInt() == 2);
        const QJsonObject greeted =
            report.value(QStringLiteral("items")).toArray().first().toObject();
        CHECK(greeted.value(QStringLiteral("key")).toString() ==
              QStringLiteral("greeted-customer"));
        CHECK(greeted.value(QStringLiteral("percent_agreement"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .toDouble() == 0.0);
    }
}
