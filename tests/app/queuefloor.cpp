#include "tests/app/queuefloor.h"

#include "review/auth/signin.h"
#include "review/auth/userstore.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDateTime>

namespace callqa::testing {

review::QueueSummary drawMarchQueue(review::Workspace& workspace, const QString& name, int quota,
                                    const QString& reviewer,
                                    QList<review::StratumDimension> stratify)
{
    review::QueueStore store(workspace, signedInAs(workspace, QStringLiteral("sara")));
    review::QueueRequest request;
    request.name = name;
    request.checklistKey = QStringLiteral("support-call");
    request.population.fromMs = utcMs("2026-03-01T00:00:00Z");
    request.population.toMs = utcMs("2026-04-01T00:00:00Z");
    request.rule.quota = quota;
    request.rule.seed = 7;
    request.rule.stratify = std::move(stratify);
    request.reviewers = {reviewer};
    const auto created = store.create(request);
    INFO(created.error().toStdString());
    REQUIRE(created);
    const auto queue = store.find(name);
    REQUIRE(queue);
    return queue.value();
}

qint64 utcMs(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QList<qint64> addQueueFloor(review::Workspace& workspace)
{
    publishDefaultChecklist(workspace);
    review::UserStore users(workspace, review::Actor::owner());
    REQUIRE(users.createFirstUser({QStringLiteral("ada"),
                                   QStringLiteral("Ada"),
                                   {review::Role::Admin},
                                   QStringLiteral("pw-ada"),
                                   {}}));
    const auto add = [&](const QString& login, const QString& name, review::Role role) {
        const auto created =
            users.createUser({login, name, {role}, QStringLiteral("pw-") + login, {}});
        INFO(created.error().toStdString());
        REQUIRE(created);
    };
    add(QStringLiteral("sara"), QStringLiteral("Sara Supervisor"), review::Role::Supervisor);
    add(QStringLiteral("rita"), QStringLiteral("Rita Reviewer"), review::Role::Reviewer);
    add(QStringLiteral("omid"), QStringLiteral("Omid Reviewer"), review::Role::Reviewer);
    QList<qint64> ids;
    for (int i = 0; i < 24; ++i) {
        const qint64 id = addTestCall(workspace, QStringLiteral("a%1").arg(1 + i % 3));
        REQUIRE(workspace.db().transact([&] {
            workspace.db().exec(
                QStringLiteral("UPDATE calls SET started_at = ?, duration_ms = ?, queue = ?, "
                               "external_id = ?, relative_path = ?, direction = ? WHERE id = ?"),
                {utcMs("2026-03-02T08:00:00Z") + qint64(i) * 25 * 3600'000LL,
                 i % 4 == 0 ? 720'000 : 95'000,
                 i % 2 == 0 ? QStringLiteral("billing") : QStringLiteral("technical"),
                 QStringLiteral("C-%1").arg(i + 1), QStringLiteral("2026-03/C-%1.wav").arg(i + 1),
                 i % 3 == 2 ? QStringLiteral("outbound") : QStringLiteral("inbound"), id});
        }));
        ids << id;
    }
    return ids;
}

review::Actor signedInAs(review::Workspace& workspace, const QString& login)
{
    const auto actor = review::signIn(workspace, login, QStringLiteral("pw-") + login);
    INFO(actor.error().toStdString());
    REQUIRE(actor);
    return actor.value();
}

} // namespace callqa::testing
