#include "review/storage/workspace.h"
#include "tests/app/cliteam.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace callqa;

TEST_CASE("cli coaching: a session with an action item, acknowledged, overdue listed",
          "[app][cli][coaching]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::CliTeam team(backend);
        const auto json = [&](const QString& login, QStringList args) {
            const auto run = team.as(login, QStringList{QStringLiteral("--json")} + args);
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            return QJsonDocument::fromJson(run.out.toUtf8());
        };
        const auto badDate =
            team.as(QStringLiteral("carla"),
                    {QStringLiteral("coaching"), QStringLiteral("add"), QStringLiteral("--agent"),
                     QStringLiteral("a1"), QStringLiteral("--date"), QStringLiteral("31.03.2026")});
        CHECK(badDate.exitCode == 2);
        CHECK(badDate.err.contains(QLatin1String("YYYY-MM-DD")));
        const qint64 session =
            json(QStringLiteral("carla"),
                 {QStringLiteral("coaching"), QStringLiteral("add"), QStringLiteral("--agent"),
                  QStringLiteral("a1"), QStringLiteral("--date"), QStringLiteral("2026-03-02"),
                  QStringLiteral("--notes"), QStringLiteral("Greeting first"),
                  QStringLiteral("--follow-up"), QStringLiteral("2026-03-16")})
                .object()
                .value(QStringLiteral("id"))
                .toInteger();
        REQUIRE(session > 0);
        const QString id = QString::number(session);
        const qint64 item =
            json(QStringLiteral("carla"),
                 {QStringLiteral("coaching"), QStringLiteral("item"), QStringLiteral("add"), id,
                  QStringLiteral("--title"), QStringLiteral("Practise the greeting"),
                  QStringLiteral("--owner"), QStringLiteral("anna"), QStringLiteral("--due"),
                  QStringLiteral("2026-03-09")})
                .object()
                .value(QStringLiteral("id"))
                .toInteger();
        REQUIRE(item > 0);
        CHECK(team.as(QStringLiteral("rita"), {QStringLiteral("coaching"), QStringLiteral("list")})
                  .exitCode != 0);

        INFO("the agent reads and acknowledges it");
        const QJsonArray own =
            json(QStringLiteral("anna"), {QStringLiteral("coaching"), QStringLiteral("list")})
                .array();
        REQUIRE(own.size() == 1);
        CHECK(own[0].toObject().value(QStringLiteral("items")).toArray().size() == 1);
        REQUIRE(
            team.as(QStringLiteral("anna"), {QStringLiteral("coaching"), QStringLiteral("ack"), id})
                .exitCode == 0);

        INFO("the item (due in March) and the follow-up are overdue");
        const QJsonObject overdue =
            json(QStringLiteral("sara"), {QStringLiteral("coaching"), QStringLiteral("overdue")})
                .object();
        CHECK(overdue.value(QStringLiteral("items")).toArray().size() == 1);
        CHECK(overdue.value(QStringLiteral("follow_ups")).toArray().size() == 1);
        REQUIRE(team.as(QStringLiteral("anna"), {QStringLiteral("coaching"), QStringLiteral("item"),
                                                 QStringLiteral("done"), QString::number(item)})
                    .exitCode == 0);
        const QJsonObject shown =
            json(QStringLiteral("carla"), {QStringLiteral("coaching"), QStringLiteral("show"), id})
                .object();
        CHECK(!shown.value(QStringLiteral("acknowledged_at")).isNull());
        CHECK(!shown.value(QStringLiteral("items"))
                   .toArray()[0]
                   .toObject()
                   .value(QStringLiteral("done_at"))
                   .isNull());
    }
}
