#include "review/auth/userstore.h"
#include "tests/app/clirunner.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace callqa;
using testing::runCallqa;

namespace {

// 24 calls in March 2026 by a1..a4; sara supervises, rita and omid review.
void prepare(review::Workspace& workspace)
{
    testing::publishDefaultChecklist(workspace);
    const qint64 start = QDateTime::fromString(QStringLiteral("2026-03-02T08:00:00Z"), Qt::ISODate)
                             .toMSecsSinceEpoch();
    for (int i = 0; i < 24; ++i) {
        const qint64 id = testing::addTestCall(workspace, QStringLiteral("a%1").arg(1 + i % 4));
        REQUIRE(workspace.db().transact([&] {
            workspace.db().exec(QStringLiteral("UPDATE calls SET started_at = ?, duration_ms = ?, "
                                               "queue = ?, external_id = ? WHERE id = ?"),
                                {start + qint64(i) * 26 * 3600'000LL, i % 3 == 0 ? 700'000 : 80'000,
                                 i % 2 ? QStringLiteral("billing") : QStringLiteral("tech"),
                                 QStringLiteral("Q-%1").arg(i + 1), id});
        }));
    }
    review::UserStore users(workspace, review::Actor::owner());
    REQUIRE(users.createFirstUser({QStringLiteral("ada"),
                                   QStringLiteral("Ada"),
                                   {review::Role::Admin},
                                   QStringLiteral("queue-pw-1"),
                                   {}}));
    for (const auto& [login, role] :
         {std::pair{"sara", review::Role::Supervisor}, std::pair{"rita", review::Role::Reviewer},
          std::pair{"omid", review::Role::Reviewer}, std::pair{"carla", review::Role::Coach}})
        REQUIRE(users.createUser({QString::fromLatin1(login),
                                  QString::fromLatin1(login),
                                  {role},
                                  QStringLiteral("queue-pw-1"),
                                  {}}));
}

testing::CliRun as(const testing::TestLocation& location, const char* login, QStringList args)
{
    return runCallqa(QStringList{QStringLiteral("--db"), location.url(), QStringLiteral("--user"),
                                 QString::fromLatin1(login)} +
                         args,
                     testing::withPassword(QStringLiteral("queue-pw-1")));
}

QJsonObject object(const testing::CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("cli queues: create, explain, verify, tamper, work", "[app][cli][queues]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        {
            auto workspace = testing::openWorkspace(location);
            prepare(*workspace);
        }
        const QStringList create = {QStringLiteral("queue"),
                                    QStringLiteral("create"),
                                    QStringLiteral("March"),
                                    QStringLiteral("--checklist"),
                                    QStringLiteral("support-call"),
                                    QStringLiteral("--from"),
                                    QStringLiteral("2026-03-01"),
                                    QStringLiteral("--to"),
                                    QStringLiteral("2026-03-31"),
                                    QStringLiteral("--per-agent"),
                                    QStringLiteral("2"),
                                    QStringLiteral("--per"),
                                    QStringLiteral("period"),
                                    QStringLiteral("--stratify"),
                                    QStringLiteral("duration"),
                                    QStringLiteral("--seed"),
                                    QStringLiteral("99"),
                                    QStringLiteral("--time-zone"),
                                    QStringLiteral("Europe/Istanbul"),
                                    QStringLiteral("--assign"),
                                    QStringLiteral("rita,omid")};

        INFO("reviewers may not draw");
        const testing::CliRun refused = as(location, "rita", create);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("rita (reviewer) may not")));

        const testing::CliRun created =
            as(location, "sara", QStringList{QStringLiteral("--json")} + create);
        INFO(created.err.toStdString());
        REQUIRE(created.exitCode == 0);
        const QJsonObject queue = object(created);
        CHECK(queue.value(QStringLiteral("frame_size")).toInt() == 24);
        CHECK(queue.value(QStringLiteral("counts"))
                  .toObject()
                  .value(QStringLiteral("todo"))
                  .toInt() == 8);
        CHECK(queue.value(QStringLiteral("rule"))
                  .toObject()
                  .value(QStringLiteral("seed"))
                  .toString() == QStringLiteral("99"));

        INFO("the same name twice: one queue");
        CHECK(as(location, "sara", create).exitCode == 1);
        const testing::CliRun list =
            as(location, "carla",
               {QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("list")});
        INFO(list.err.toStdString());
        CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 1);

        const testing::CliRun explained = as(location, "sara",
                                             {QStringLiteral("--json"), QStringLiteral("queue"),
                                              QStringLiteral("explain"), QStringLiteral("march")});
        REQUIRE(explained.exitCode == 0);
        qint64 allocated = 0;
        qint64 eligible = 0;
        for (const QJsonValue& stratum :
             object(explained).value(QStringLiteral("strata")).toArray()) {
            allocated += stratum.toObject().value(QStringLiteral("allocated")).toInteger();
            eligible += stratum.toObject().value(QStringLiteral("eligible")).toInteger();
        }
        CHECK(allocated == 8);
        CHECK(eligible == 24);
        const testing::CliRun human =
            as(location, "sara",
               {QStringLiteral("queue"), QStringLiteral("explain"), QStringLiteral("March")});
        CHECK(human.out.contains(QStringLiteral("seed 99")));
        CHECK(human.out.contains(QStringLiteral("Europe/Istanbul")));
        CHECK(human.out.contains(QStringLiteral("agent=a1 (a1)")));

        const QStringList verify = {QStringLiteral("queue"), QStringLiteral("verify"),
                                    QStringLiteral("March")};
        const testing::CliRun clean = as(location, "sara", verify);
        INFO(clean.out.toStdString() << clean.err.toStdString());
        CHECK(clean.exitCode == 0);
        CHECK(clean.out.contains(QStringLiteral("matches its re-draw")));

        INFO("by hand, with reasons: still verifies, and says so");
        const QJsonArray items = object(as(location, "sara",
                                           {QStringLiteral("--json"), QStringLiteral("queue"),
                                            QStringLiteral("show"), QStringLiteral("March")}))
                                     .value(QStringLiteral("items"))
                                     .toArray();
        REQUIRE(items.size() == 8);
        const QString first = items.at(0).toObject().value(QStringLiteral("call_id")).toString();
        REQUIRE(as(location, "sara",
                   {QStringLiteral("queue"), QStringLiteral("remove"), QStringLiteral("March"),
                    first, QStringLiteral("--reason"), QStringLiteral("test call")})
                    .exitCode == 0);
        CHECK(
            as(location, "sara",
               {QStringLiteral("queue"), QStringLiteral("remove"), QStringLiteral("March"), first})
                .exitCode == 1);
        const testing::CliRun byHand = as(location, "sara", verify);
        CHECK(byHand.exitCode == 0);
        CHECK(byHand.out.contains(QStringLiteral("Removed by hand (audited): ") + first));

        INFO("a row deleted behind the program's back is found, exit 1");
        {
            auto workspace = testing::openWorkspace(location);
            const QString second =
                items.at(1).toObject().value(QStringLiteral("call_id")).toString();
            REQUIRE(workspace->db().transact([&] {
                workspace->db().exec(
                    QStringLiteral("DELETE FROM review_queue_items WHERE call_id = "
                                   "(SELECT id FROM calls WHERE external_id = ?)"),
                    {second});
            }));
            const testing::CliRun tampered = as(location, "sara", verify);
            CHECK(tampered.exitCode == 1);
            CHECK(tampered.out.contains(QStringLiteral("missing from the queue: ") + second));
        }

        INFO("reviewers take their next item");
        const testing::CliRun next =
            as(location, "rita",
               {QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("next")});
        REQUIRE(next.exitCode == 0);
        CHECK(object(next).value(QStringLiteral("assignee")).toString() == QStringLiteral("rita"));
    }
}
