// The audit chain with several real `callqa` processes writing at once, and `callqa audit verify`
// end to end on an intact and on a tampered workspace.
#include "tests/support/testworkspace.h"
#include "tests/team/teamsupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <vector>

using namespace callqa;

namespace {

QStringList on(const QString& url, QStringList args)
{
    args.prepend(url);
    args.prepend(QStringLiteral("--db"));
    return args;
}

QJsonObject verifyJson(const QString& url, int expectedExit)
{
    const testing::Run run = testing::runCallqa(
        on(url, {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}));
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == expectedExit);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

// Runs SQL on the workspace with the backend's own command-line client, as an outsider would.
void tamper(const testing::TestLocation& location, const QString& sql)
{
    QProcess process;
    if (location.backend() == review::Backend::Sqlite)
        process.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), location.url(), sql});
    else
        process.start(QStringLiteral("psql"),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), location.url(),
                       QStringLiteral("-c"), sql});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

} // namespace

TEST_CASE("team: concurrent writer processes keep one unbroken audit chain", "[team][auditchain]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        testing::TestLocation location(backend);
        const QString url = location.url();
        const QString root = dir.filePath(QStringLiteral("share"));
        constexpr int kImporters = 4;
        constexpr int kFiles = 8;
        constexpr int kAgentWriters = 4;
        for (int p = 0; p < kImporters; ++p)
            for (int i = 0; i < kFiles; ++i)
                testing::writeTinyWav(root + QStringLiteral("/p%1/c%2.wav").arg(p).arg(i),
                                      quint32(p * 100 + i));
        constexpr int kDraftWriters = 4;
        QList<qint64> calls;
        {
            auto workspace = testing::openWorkspace(location);
            testing::publishDefaultChecklist(*workspace);
            for (int d = 0; d < kDraftWriters; ++d)
                calls << testing::addTestCall(*workspace, QStringLiteral("d%1").arg(d));
        }

        // Importers (one transaction and audit row per file), agent writers that race to create
        // the same new team (SERIALIZABLE on PostgreSQL) and draft writers (READ COMMITTED with
        // row locks): every writer links into the chain at once.
        std::vector<std::unique_ptr<QProcess>> writers;
        for (const qint64 call : calls)
            writers.push_back(testing::startCallqa(
                on(url, {QStringLiteral("draft"), QStringLiteral("open"),
                         QStringLiteral("#%1").arg(call), QStringLiteral("--checklist"),
                         QStringLiteral("support-call")})));
        for (int p = 0; p < kImporters; ++p)
            writers.push_back(testing::startCallqa(
                on(url, {QStringLiteral("import"), root + QStringLiteral("/p%1").arg(p),
                         QStringLiteral("--recordings-root"), root})));
        for (int a = 0; a < kAgentWriters; ++a)
            writers.push_back(testing::startCallqa(
                on(url, {QStringLiteral("agent"), QStringLiteral("add"),
                         QStringLiteral("a%1").arg(a), QStringLiteral("Agent %1").arg(a),
                         QStringLiteral("--team"), QStringLiteral("Berlin")})));
        for (const auto& writer : writers) {
            const testing::Run run = testing::finish(*writer);
            INFO(run.out.toStdString() << run.err.toStdString());
            CHECK(run.exitCode == 0);
        }
        REQUIRE(
            testing::queryValue(url, QStringLiteral("SELECT count(*) FROM calls")).toLongLong() ==
            kImporters * kFiles + kDraftWriters);
        REQUIRE(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                        "action = 'evaluation_draft.start'"))
                    .toLongLong() == kDraftWriters);

        const qint64 rows =
            testing::queryValue(url, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        CHECK(rows >= kImporters * kFiles + kAgentWriters + kDraftWriters);
        INFO("no two rows link to the same predecessor");
        CHECK(testing::queryValue(url,
                                  QStringLiteral("SELECT count(DISTINCT prev_hash) FROM audit_log"))
                  .toLongLong() == rows);
        const QJsonObject verdict = verifyJson(url, 0);
        CHECK(verdict.value(QStringLiteral("intact")).toBool());
        CHECK(verdict.value(QStringLiteral("rows_checked")).toInteger() == rows);
        CHECK(verdict.value(QStringLiteral("head")).toString() ==
              testing::queryValue(url, QStringLiteral("SELECT last_hash FROM audit_chain_head"))
                  .toString());
    }
}

TEST_CASE("team: callqa audit verify reports an intact chain, then the row psql/sqlite3 deleted",
          "[team][auditchain][cli]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        const QString url = location.url();
        REQUIRE(testing::runCallqa(on(url, {QStringLiteral("init")})).exitCode == 0);
        for (int a = 0; a < 4; ++a)
            REQUIRE(testing::runCallqa(
                        on(url, {QStringLiteral("agent"), QStringLiteral("add"),
                                 QStringLiteral("a%1").arg(a), QStringLiteral("Agent %1").arg(a)}))
                        .exitCode == 0);
        const qint64 rows =
            testing::queryValue(url, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        REQUIRE(rows >= 4);

        const testing::Run intact =
            testing::runCallqa(on(url, {QStringLiteral("audit"), QStringLiteral("verify")}));
        INFO(intact.out.toStdString() << intact.err.toStdString());
        CHECK(intact.exitCode == 0);
        CHECK(intact.out.contains(QStringLiteral("intact: %1 row").arg(rows)));
        CHECK(verifyJson(url, 0).value(QStringLiteral("rows_checked")).toInteger() == rows);

        const qint64 second =
            testing::queryValue(url, QStringLiteral("SELECT min(id) FROM audit_log WHERE id > "
                                                    "(SELECT min(id) FROM audit_log)"))
                .toLongLong();
        const qint64 third =
            testing::queryValue(url, QStringLiteral("SELECT min(id) FROM audit_log WHERE id > ?"),
                                {second})
                .toLongLong();
        const qint64 thirdAt =
            testing::queryValue(url, QStringLiteral("SELECT at_ms FROM audit_log WHERE id = ?"),
                                {third})
                .toLongLong();
        tamper(location, QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(second));

        const QJsonObject broken = verifyJson(url, 1);
        CHECK_FALSE(broken.value(QStringLiteral("intact")).toBool());
        CHECK(broken.value(QStringLiteral("rows_checked")).toInteger() == 1);
        const QJsonObject fault = broken.value(QStringLiteral("first_break")).toObject();
        CHECK(fault.value(QStringLiteral("fault")).toString() ==
              QStringLiteral("missing_predecessor"));
        CHECK(fault.value(QStringLiteral("row_id")).toInteger() == third);
        CHECK(fault.value(QStringLiteral("at")).toString().toStdString() ==
              QDateTime::fromMSecsSinceEpoch(thirdAt, Qt::UTC)
                  .toString(Qt::ISODateWithMs)
                  .toStdString());
        const testing::Run text =
            testing::runCallqa(on(url, {QStringLiteral("audit"), QStringLiteral("verify")}));
        CHECK(text.exitCode == 1);
        CHECK(text.out.contains(
            QStringLiteral("Audit row %1 links to a row that is not there").arg(third)));

        INFO("extra arguments are a usage error");
        CHECK(testing::runCallqa(
                  on(url, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("7")}))
                  .exitCode == 2);
    }
}
