// Catch2 runner for the playback tests: a QCoreApplication, and the throwaway PulseAudio session
// that ctest's `pulse` fixture started (CALLQA_TEST_PULSE_STATE) as the sound server.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>

int main(int argc, char** argv)
{
    const QByteArray state = qgetenv("CALLQA_TEST_PULSE_STATE");
    if (!state.isEmpty()) {
        QFile file(QString::fromLocal8Bit(state));
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.readAll().split('\n');
            if (lines.size() >= 4) {
                qputenv("PULSE_SERVER", lines[2]);
                qputenv("CALLQA_TEST_PULSE_SINK", lines[3]);
            }
        }
    }
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
