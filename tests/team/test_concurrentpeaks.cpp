#include "review/calls/callanalysisstore.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <barrier>
#include <thread>

using namespace callqa;
using namespace callqa::review;

// Two workstations (two connections, each on its own thread) store the analysis of the same
// recordings at the same moment, again and again: every save succeeds, and one row per
// recording is left.
TEST_CASE("team: two workstations storing peaks and talk metrics of one call at once both "
          "succeed",
          "[team][analysis]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        constexpr int kRounds = 25;
        QList<qint64> calls;
        for (int i = 0; i < kRounds; ++i)
            calls << testing::addTestCall(*workspace, QStringLiteral("a%1").arg(i));

        std::barrier startTogether(2);
        QStringList failures[2];
        auto workstation = [&](int which) {
            auto opened = Workspace::open(location.url(), OpenMode::Existing);
            if (!opened) {
                failures[which] << opened.error();
                startTogether.arrive_and_drop();
                return;
            }
            CallAnalysisStore store(*opened.value(), Actor::owner());
            for (int i = 0; i < kRounds; ++i) {
                // A hash seen for the first time: both insert it at once.
                const QString hash = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
                startTogether.arrive_and_wait();
                if (const Status saved = store.savePeaks(hash, QByteArray(64, char('a' + which)));
                    !saved)
                    failures[which] << QStringLiteral("peaks %1: %2").arg(i).arg(saved.error());
                CallTalkMetrics metrics;
                metrics.callId = calls.at(i);
                metrics.durationMs = 1000 + which;
                metrics.analyzedAt = 1;
                if (const Status saved = store.saveTalk(metrics); !saved)
                    failures[which] << QStringLiteral("talk %1: %2").arg(i).arg(saved.error());
            }
        };
        std::thread first(workstation, 0);
        std::thread second(workstation, 1);
        first.join();
        second.join();
        INFO(failures[0].join(QLatin1Char('\n')).toStdString());
        INFO(failures[1].join(QLatin1Char('\n')).toStdString());
        CHECK(failures[0].isEmpty());
        CHECK(failures[1].isEmpty());
        Database& db = workspace->db();
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM recording_peaks")).toLongLong() ==
              kRounds);
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM call_analysis")).toLongLong() ==
              kRounds);
        INFO("every save left its audit row");
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'recording.peaks'"))
                  .toLongLong() == 2 * kRounds);
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'call.analysis'"))
                  .toLongLong() == 2 * kRounds);
    }
}
