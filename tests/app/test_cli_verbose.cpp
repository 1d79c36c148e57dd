// FFmpeg's own log lines reach the terminal only with --verbose, in the command line's error
// stream; the project's problem lines and exit code are the same either way.
#include "tests/app/clirunner.h"
#include "tests/support/mediafiles.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace callqa;

namespace {

// FFmpeg's prefix, e.g. "[mp3float @ 0x55d0c1a2b3c0] Header missing".
const QRegularExpression kFfmpegLine(QStringLiteral(R"(\[[^\]\s]+ @ 0x[0-9a-f]+\])"));

void damage(const QString& path, qsizetype from, qsizetype step)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.size() > from);
    for (qsizetype i = from; i < bytes.size(); i += step)
        bytes[i] = static_cast<char>(~bytes.at(i));
    REQUIRE(file.seek(0));
    REQUIRE(file.write(bytes) == bytes.size());
}

// An MP3 with damaged frames (it imports; FFmpeg logs each frame it drops) and a WAV whose header
// claims no channels (refused, as a value; FFmpeg logs why).
QString damagedFolder(const QTemporaryDir& dir)
{
    const QString calls = dir.filePath(QStringLiteral("calls"));
    testing::makeRecording(calls + QStringLiteral("/damaged.mp3"), 3.0,
                           {QStringLiteral("-c:a"), QStringLiteral("libmp3lame")});
    damage(calls + QStringLiteral("/damaged.mp3"), 2000, 97);
    testing::makeRecording(calls + QStringLiteral("/nochannels.wav"), 1.0);
    QFile wav(calls + QStringLiteral("/nochannels.wav"));
    REQUIRE(wav.open(QIODevice::ReadWrite));
    REQUIRE(wav.seek(22));
    REQUIRE(wav.write(QByteArray(2, '\0')) == 2); // NumChannels 0
    return calls;
}

} // namespace

TEST_CASE("cli: FFmpeg's own lines only with --verbose, the import's problems either way",
          "[app][cli]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString calls = damagedFolder(dir);
        for (const bool verbose : {false, true}) {
            INFO((verbose ? "with --verbose" : "without --verbose"));
            testing::TestLocation location(backend); // fresh: every file is read again
            REQUIRE(
                testing::runCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("init")})
                    .exitCode == 0);
            QStringList args{QStringLiteral("--db"), location.url()};
            if (verbose)
                args << QStringLiteral("--verbose");
            args << QStringLiteral("import") << calls;
            const testing::CliRun run = testing::runCallqa(args);
            INFO("stdout:\n" << run.out.toStdString() << "\nstderr:\n" << run.err.toStdString());
            CHECK(run.exitCode == 1);
            CHECK(run.out.contains(QStringLiteral("1 imported")));
            CHECK(run.out.contains(QStringLiteral("nochannels.wav: not a readable recording: no "
                                                  "audio stream")));
            CHECK_FALSE(run.out.contains(kFfmpegLine));
            CHECK(run.err.contains(kFfmpegLine) == verbose);
        }
    }
}
