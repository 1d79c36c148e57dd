// Catch2 runner for the review screen: a QApplication (offscreen without a display), the
// throwaway PulseAudio session of ctest's `pulse` fixture as the sound server, and the exit every
// process that played audio needs (audio/playback/processexit.h).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "audio/playback/processexit.h"

#include <QApplication>
#include <QFile>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QByteArray state = qgetenv("CALLQA_TEST_PULSE_STATE");
    if (!state.isEmpty()) {
        QFile file(QString::fromLocal8Bit(state));
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.readAll().split('\n');
            if (lines.size() >= 5)
                qputenv("PULSE_SERVER", lines[2]);
        }
    }
    int result = 0;
    {
        QApplication app(argc, argv);
        result = Catch::Session().run(argc, argv);
    }
    callqa::audio::exitAfterAudio(result);
}
