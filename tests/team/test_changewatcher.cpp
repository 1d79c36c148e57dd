#include "review/storage/changewatcher.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"
#include "tests/team/teamsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace callqa;

TEST_CASE("team: a change watcher sees another process import calls", "[team][watcher]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        review::ChangeWatcher watcher(workspace->db(), nullptr, 100);
        INFO(watcher.error().toStdString());
        REQUIRE(watcher.isActive());
        QStringList topics;
        QObject::connect(&watcher, &review::ChangeWatcher::changed,
                         [&](const QString& topic) { topics << topic; });

        INFO("nothing changed yet: no signal");
        QElapsedTimer quiet;
        quiet.start();
        while (quiet.elapsed() < 400)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        CHECK(topics.isEmpty());

        testing::writeTinyWav(dir.filePath(QStringLiteral("calls/one.wav")), 1);
        auto import =
            testing::startCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("import"),
                                  dir.filePath(QStringLiteral("calls"))});
        QElapsedTimer timer;
        timer.start();
        const auto seen = [&] {
            return std::any_of(topics.begin(), topics.end(), [](const QString& topic) {
                return review::ChangeWatcher::concerns(topic, QStringLiteral("calls"));
            });
        };
        while (!seen() && timer.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const testing::Run run = testing::finish(*import);
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 0);
        REQUIRE(seen());
        if (backend == review::Backend::Postgres)
            CHECK(topics.contains(QStringLiteral("calls"))); // the importer's NOTIFY payload
    }
}
