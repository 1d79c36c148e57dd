#include "review/storage/workspace.h"
#include "tests/app/cliteam.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace callqa;

namespace {

QJsonObject object(const testing::CliRun& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("cli disputes: acknowledge, dispute, re-score as a revision, show the chain",
          "[app][cli][disputes]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::CliTeam team(backend);
        const qint64 call = testing::addTestCall(team.workspace(), QStringLiteral("a1"));
        const QString callRef = QStringLiteral("#%1").arg(call);
        const QJsonObject scored =
            object(team.as(QStringLiteral("rita"),
                           {QStringLiteral("--json"), QStringLiteral("evaluate"), callRef,
                            QStringLiteral("--checklist"), team.checklistKey(),
                            QStringLiteral("--answers"), team.path(QStringLiteral("full.json"))}));
        const QString evaluation = QString::number(scored.value(QStringLiteral("id")).toInteger());

        INFO("only the agent acknowledges; a second time is refused");
        const auto notAgent = team.as(QStringLiteral("sara"), {QStringLiteral("ack"), evaluation});
        CHECK(notAgent.exitCode != 0);
        CHECK(notAgent.err.contains(QLatin1String("Only the agent")));

        INFO("anna disputes with a reason per item; usage errors are located");
        const auto badItem = team.as(QStringLiteral("anna"),
                                     {QStringLiteral("dispute"), QStringLiteral("open"), evaluation,
                                      QStringLiteral("--reason"), QStringLiteral("x"),
                                      QStringLiteral("--item"), QStringLiteral("no-equals")});
        CHECK(badItem.exitCode == 2);
        CHECK(badItem.err.contains(QLatin1String("KEY=REASON")));
        const QJsonObject dispute = object(
            team.as(QStringLiteral("anna"),
                    {QStringLiteral("--json"), QStringLiteral("dispute"), QStringLiteral("open"),
                     evaluation, QStringLiteral("--reason"), QStringLiteral("I greeted her"),
                     QStringLiteral("--item"), QStringLiteral("greeted-customer=At 0:02")}));
        CHECK(dispute.value(QStringLiteral("state")).toString() == QStringLiteral("open"));
        CHECK(dispute.value(QStringLiteral("items")).toArray().size() == 1);
        const QString disputeId = QString::number(dispute.value(QStringLiteral("id")).toInteger());
        const auto inbox =
            team.as(QStringLiteral("sara"),
                    {QStringLiteral("--json"), QStringLiteral("dispute"), QStringLiteral("list"),
                     QStringLiteral("--state"), QStringLiteral("open")});
        CHECK(QJsonDocument::fromJson(inbox.out.toUtf8()).array().size() == 1);

        INFO("the reviewer may not decide; sara re-scores and the revision replaces it");
        const auto byReviewer = team.as(
            QStringLiteral("rita"), {QStringLiteral("dispute"), QStringLiteral("reject"), disputeId,
                                     QStringLiteral("--reason"), QStringLiteral("no")});
        CHECK(byReviewer.exitCode != 0);
        const QJsonObject accepted = object(
            team.as(QStringLiteral("sara"),
                    {QStringLiteral("--json"), QStringLiteral("dispute"), QStringLiteral("accept"),
                     disputeId, QStringLiteral("--answers"), team.path(QStringLiteral("full.json")),
                     QStringLiteral("--reason"), QStringLiteral("Heard the greeting")}));
        CHECK(accepted.value(QStringLiteral("state")).toString() == QStringLiteral("accepted"));
        const QString revision =
            QString::number(accepted.value(QStringLiteral("revision")).toInteger());

        INFO("the floor's disputes_upheld_rate counts the decided dispute");
        const qint64 startedAt =
            team.workspace()
                .db()
                .scalar(QStringLiteral("SELECT started_at FROM calls WHERE id = ?"), {call})
                .toLongLong();
        const QDate day = QDateTime::fromMSecsSinceEpoch(startedAt, QTimeZone::utc()).date();
        const QJsonObject upheld = object(
            team.as(QStringLiteral("sara"),
                    {QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("show"),
                     QStringLiteral("disputes_upheld_rate"), QStringLiteral("--scope"),
                     QStringLiteral("floor"), QStringLiteral("--from"), day.toString(Qt::ISODate),
                     QStringLiteral("--to"), day.addDays(1).toString(Qt::ISODate)}));
        CHECK(upheld.value(QStringLiteral("value")).toDouble() == 1.0);
        CHECK(upheld.value(QStringLiteral("n")).toInt() == 1);

        INFO("lists show the revision only; the agent acknowledges it");
        const auto listed = team.as(QStringLiteral("sara"),
                                    {QStringLiteral("--json"), QStringLiteral("evaluations")});
        const QJsonArray evaluations = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        REQUIRE(evaluations.size() == 1);
        CHECK(QString::number(evaluations[0].toObject().value(QStringLiteral("id")).toInteger()) ==
              revision);
        const auto countOf = [&](QStringList filter) {
            const auto run = team.as(
                QStringLiteral("sara"),
                QStringList{QStringLiteral("--json"), QStringLiteral("evaluations")} + filter);
            REQUIRE(run.exitCode == 0);
            return QJsonDocument::fromJson(run.out.toUtf8()).array().size();
        };
        CHECK(countOf({QStringLiteral("--unacknowledged")}) == 1);
        CHECK(countOf({QStringLiteral("--overdue")}) == 0); // submitted just now, 3 days allowed
        CHECK(countOf({QStringLiteral("--history")}) == 2);
        REQUIRE(
            team.as(QStringLiteral("anna"), {QStringLiteral("ack"), revision,
                                             QStringLiteral("--comment"), QStringLiteral("Thanks")})
                .exitCode == 0);

        CHECK(countOf({QStringLiteral("--unacknowledged")}) == 0);

        INFO("evaluation show: answers in the answers file's shape, the whole chain");
        const QJsonObject shown = object(
            team.as(QStringLiteral("anna"), {QStringLiteral("--json"), QStringLiteral("evaluation"),
                                             QStringLiteral("show"), revision}));
        CHECK(shown.value(QStringLiteral("answers"))
                  .toObject()
                  .value(QStringLiteral("schema"))
                  .toString() == QStringLiteral("callqa.answers/1"));
        CHECK(shown.value(QStringLiteral("acknowledgement")).toString() ==
              QStringLiteral("Thanks"));
        const QJsonArray chain = shown.value(QStringLiteral("chain")).toArray();
        REQUIRE(chain.size() == 2);
        CHECK(QString::number(chain[0].toObject().value(QStringLiteral("id")).toInteger()) ==
              evaluation);
        CHECK(chain[0].toObject().value(QStringLiteral("disputes")).toArray().size() == 1);
        CHECK(
            QString::number(chain[1].toObject().value(QStringLiteral("revision_of")).toInteger()) ==
            evaluation);
        const auto text = team.as(QStringLiteral("anna"), {QStringLiteral("evaluation"),
                                                           QStringLiteral("show"), evaluation});
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.contains(QLatin1String("accepted")));
        INFO("answers read as the form has them: the item's prompt and the answer in words");
        CHECK(text.out.contains(QRegularExpression(QStringLiteral("\\n  [^\\n]+: (Yes|No)\\n"))));
        CHECK_FALSE(text.out.contains(QLatin1Char('"')));
        CHECK(team.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                        "('dispute.open', 'dispute.accepted', "
                                        "'evaluation.revise', 'evaluation.acknowledge')")) == 4);
    }
}
