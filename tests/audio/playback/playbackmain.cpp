// Catch2 runner for the playback tests: a QCoreApplication, and the throwaway PulseAudio session
// that ctest's `pulse` fixture started (CALLQA_TEST_PULSE_STATE) as the sound server. It ends
// the way every process that played audio must (audio/playback/processexit.h).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "audio/playback/processexit.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char** argv)
{
    const QByteArray state = qgetenv("CALLQA_TEST_PULSE_STATE");
    if (!state.isEmpty()) {
        QFile file(QString::fromLocal8Bit(state));
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.readAll().split('\n');
            if (lines.size() >= 5) {
                qputenv("PULSE_SERVER", lines[2]);
                qputenv("CALLQA_TEST_PULSE_SINK", lines[3]);
                qputenv("CALLQA_TEST_PULSE_CLI", lines[4]);
            }
        }
    }
    int result = 0;
    {
        QCoreApplication app(argc, argv);
        result = Catch::Session().run(argc, argv);
    }
    callqa::audio::exitAfterAudio(result);
}
