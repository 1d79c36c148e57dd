#include "review/auth/userstore.h"
#include "tests/support/testworkspace.h"
#include "tests/team/teamsupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <memory>
#include <vector>

using namespace callqa;

namespace {

constexpr char kPassword[] = "queue-race-1";

// 12 calls in March 2026, a supervisor and six reviewers who can sign in.
void prepare(const testing::TestLocation& location)
{
    auto workspace = testing::openWorkspace(location);
    testing::publishDefaultChecklist(*workspace);
    const qint64 start = QDateTime::fromString(QStringLiteral("2026-03-02T09:00:00Z"), Qt::ISODate)
                             .toMSecsSinceEpoch();
    for (int i = 0; i < 12; ++i) {
        const qint64 id = testing::addTestCall(*workspace, QStringLiteral("a%1").arg(i % 3));
        REQUIRE(workspace->db().transact([&] {
            workspace->db().exec(QStringLiteral("UPDATE calls SET started_at = ? WHERE id = ?"),
                                 {start + qint64(i) * 3600'000, id});
        }));
    }
    review::UserStore users(*workspace, review::Actor::owner());
    REQUIRE(users.createFirstUser({QStringLiteral("ada"),
                                   QStringLiteral("Ada"),
                                   {review::Role::Admin},
                                   QString::fromLatin1(kPassword),
                                   {}}));
    REQUIRE(users.createUser({QStringLiteral("sara"),
                              QStringLiteral("Sara"),
                              {review::Role::Supervisor},
                              QString::fromLatin1(kPassword),
                              {}}));
    for (int r = 0; r < 6; ++r)
        REQUIRE(users.createUser({QStringLiteral("rev%1").arg(r),
                                  QStringLiteral("Reviewer %1").arg(r),
                                  {review::Role::Reviewer},
                                  QString::fromLatin1(kPassword),
                                  {}}));
}

QHash<QString, QString> password()
{
    return {{QStringLiteral("CALLQA_PASSWORD"), QString::fromLatin1(kPassword)}};
}

QStringList createQueue(const QString& url)
{
    return {QStringLiteral("--db"),
            url,
            QStringLiteral("--user"),
            QStringLiteral("sara"),
            QStringLiteral("queue"),
            QStringLiteral("create"),
            QStringLiteral("March"),
            QStringLiteral("--checklist"),
            QStringLiteral("support-call"),
            QStringLiteral("--from"),
            QStringLiteral("2026-03-01"),
            QStringLiteral("--to"),
            QStringLiteral("2026-03-31"),
            QStringLiteral("--total"),
            QStringLiteral("12"),
            QStringLiteral("--seed"),
            QStringLiteral("5"),
            QStringLiteral("--time-zone"),
            QStringLiteral("UTC")};
}

} // namespace

TEST_CASE("team: four supervisors drawing the same queue at once make one queue", "[team][queues]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        prepare(location);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i)
            processes.push_back(testing::startCallqa(createQueue(location.url()), password()));
        int succeeded = 0;
        for (auto& process : processes) {
            const testing::Run run = testing::finish(*process);
            INFO(run.out.toStdString() << run.err.toStdString());
            if (run.exitCode == 0) {
                ++succeeded;
            } else {
                CHECK(run.exitCode == 1);
                CHECK(run.err.contains(QStringLiteral("exists already")));
            }
        }
        CHECK(succeeded == 1);
        const QString url = location.url();
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM review_queues"))
                  .toLongLong() == 1);
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM review_queue_items"))
                  .toLongLong() == 12);
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM review_queue_frame"))
                  .toLongLong() == 12);
        CHECK(
            testing::queryValue(
                url, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'queue.create'"))
                .toLongLong() == 1);
    }
}

TEST_CASE("team: six reviewers taking their next item at once never get the same one",
          "[team][queues]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        prepare(location);
        const QString url = location.url();
        REQUIRE(testing::runCallqa(createQueue(url), password()).exitCode == 0);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int r = 0; r < 6; ++r)
            processes.push_back(
                testing::startCallqa({QStringLiteral("--db"), url, QStringLiteral("--user"),
                                      QStringLiteral("rev%1").arg(r), QStringLiteral("--json"),
                                      QStringLiteral("queue"), QStringLiteral("next")},
                                     password()));
        QSet<qint64> items;
        for (int r = 0; r < 6; ++r) {
            const testing::Run run = testing::finish(*processes[size_t(r)]);
            INFO(run.out.toStdString() << run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            const QJsonObject item = QJsonDocument::fromJson(run.out.toUtf8()).object();
            CHECK(item.value(QStringLiteral("assignee")).toString() ==
                  QStringLiteral("rev%1").arg(r));
            items.insert(item.value(QStringLiteral("id")).toInteger());
        }
        CHECK(items.size() == 6);
        CHECK(testing::queryValue(url,
                                  QStringLiteral("SELECT count(DISTINCT assignee) FROM "
                                                 "review_queue_items WHERE assignee IS NOT NULL"))
                  .toLongLong() == 6);
        CHECK(testing::queryValue(
                  url,
                  QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'queue.item_take'"))
                  .toLongLong() == 6);
    }
}
