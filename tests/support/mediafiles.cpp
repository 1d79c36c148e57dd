#include "tests/support/mediafiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace callqa::testing {

void runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    INFO(program.toStdString() << " must be installed (scripts/install-deps.sh)");
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(process.readAll()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

QString makeRecording(const QString& path, double seconds, const QStringList& codecArgs,
                      int channels, int rate, int hz)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QStringList args = {QStringLiteral("-v"),
                        QStringLiteral("error"),
                        QStringLiteral("-y"),
                        QStringLiteral("-f"),
                        QStringLiteral("lavfi"),
                        QStringLiteral("-i"),
                        QStringLiteral("sine=frequency=%1:sample_rate=%2:duration=%3")
                            .arg(hz)
                            .arg(rate)
                            .arg(seconds),
                        QStringLiteral("-ac"),
                        QString::number(channels)};
    args << codecArgs << path;
    runTool(QStringLiteral("ffmpeg"), args);
    return path;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace callqa::testing
