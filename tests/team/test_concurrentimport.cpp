#include "tests/support/testworkspace.h"
#include "tests/team/teamsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace callqa;

TEST_CASE("team: two processes import overlapping folders at once, each recording once",
          "[team][import]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        testing::TestLocation location(backend);
        const QString root = dir.filePath(QStringLiteral("shared"));
        for (quint32 i = 0; i < 20; ++i) {
            testing::writeTinyWav(root + QStringLiteral("/a/call-%1.wav").arg(i), i);
            testing::writeTinyWav(root + QStringLiteral("/b/call-%1.wav").arg(i + 20), i + 20);
        }
        // The same recording in both folders: it must still become one call.
        testing::writeTinyWav(root + QStringLiteral("/a/copy-of-25.wav"), 25);
        constexpr int kDistinct = 40;
        REQUIRE(testing::runCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("init")})
                    .exitCode == 0);

        // The two runs also race to claim the workspace's recordings root (the share both
        // mount at `root`). Without --recordings-root the run importing only b/ could claim b/,
        // and the other's a/ files would then be refused as outside the root.
        auto whole = testing::startCallqa({QStringLiteral("--db"), location.url(),
                                           QStringLiteral("--json"), QStringLiteral("import"), root,
                                           QStringLiteral("--recordings-root"), root});
        auto part =
            testing::startCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("--json"),
                                  QStringLiteral("import"), root + QStringLiteral("/b"),
                                  QStringLiteral("--recordings-root"), root});
        const testing::Run first = testing::finish(*whole);
        const testing::Run second = testing::finish(*part);
        INFO(first.out.toStdString()
             << first.err.toStdString() << second.out.toStdString() << second.err.toStdString());
        CHECK(first.exitCode == 0);
        CHECK(second.exitCode == 0);
        const QJsonObject a = QJsonDocument::fromJson(first.out.toUtf8()).object();
        const QJsonObject b = QJsonDocument::fromJson(second.out.toUtf8()).object();
        CHECK(a.value(QStringLiteral("scanned")).toInt() == 41);
        CHECK(b.value(QStringLiteral("scanned")).toInt() == 20);
        CHECK(a.value(QStringLiteral("imported")).toInt() +
                  b.value(QStringLiteral("imported")).toInt() ==
              kDistinct);
        CHECK(a.value(QStringLiteral("duplicates")).toInt() +
                  b.value(QStringLiteral("duplicates")).toInt() ==
              41 + 20 - kDistinct);

        const QString url = location.url();
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM calls")).toLongLong() ==
              kDistinct);
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(DISTINCT content_sha256) FROM "
                                                      "calls"))
                  .toLongLong() == kDistinct);
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                      "action = 'call.import'"))
                  .toLongLong() == kDistinct);
        INFO("every call has exactly one import audit row");
        CHECK(testing::queryValue(
                  url, QStringLiteral("SELECT count(*) FROM calls c WHERE (SELECT count(*) FROM "
                                      "audit_log l WHERE l.action = 'call.import' AND l.entity_id "
                                      "= CAST(c.id AS TEXT)) <> 1"))
                  .toLongLong() == 0);
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM workspace_settings "
                                                      "WHERE key = 'recordings_root'"))
                  .toLongLong() == 1);
        INFO("the claim is audited once, by whichever run won it");
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                      "action = 'workspace.recordings_root'"))
                  .toLongLong() == 1);
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM calls WHERE "
                                                      "relative_path LIKE '/%'"))
                  .toLongLong() == 0);
    }
}
