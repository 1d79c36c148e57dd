// Import speed: `callqa import` (probe + hash + insert, in process) against running `ffprobe`
// once per file on the same set. Target: at least 3x faster.
//   bench_import [--files N] [--seconds S] [--dir DIR]
// Makes N distinct u-law WAV recordings of S seconds (default 2,000 x 120 s) unless DIR holds them.
#include "app/audioprober.h"
#include "app/demo/wavfile.h"
#include "review/calls/callimporter.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

namespace {

void writeUlawWav(const QString& path, int seconds, quint32 seed)
{
    const quint32 rate = 8000;
    const quint32 bytes = rate * quint32(seconds);
    QByteArray data(int(bytes), '\0');
    std::mt19937 random(seed);
    for (char& c : data)
        c = char(0x70 + random() % 32); // quiet noise: distinct content per file
    if (!callqa::app::writeWavFile(path, data, 7, 1, int(rate), 8)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int files = 2000;
    int seconds = 120;
    QString folder;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--files"))
            files = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--seconds"))
            seconds = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--dir"))
            folder = args.at(i + 1);
    }
    QTemporaryDir scratch;
    if (folder.isEmpty())
        folder = scratch.filePath(QStringLiteral("calls"));
    QDir().mkpath(folder);
    QStringList paths;
    for (int i = 0; i < files; ++i) {
        const QString path = QStringLiteral("%1/%2/call-%3.wav").arg(folder).arg(i / 100).arg(i);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!QFileInfo::exists(path))
            writeUlawWav(path, seconds, quint32(i));
        paths << path;
    }
    std::printf("files: %d recordings of %d s (u-law WAV) in %s\n", files, seconds,
                qPrintable(folder));

    QElapsedTimer timer;
    timer.start();
    for (const QString& path : std::as_const(paths)) {
        QProcess ffprobe;
        ffprobe.start(QStringLiteral("ffprobe"),
                      {QStringLiteral("-v"), QStringLiteral("error"),
                       QStringLiteral("-show_format"), QStringLiteral("-show_streams"), path});
        if (!ffprobe.waitForFinished(60000) || ffprobe.exitCode() != 0) {
            std::fprintf(stderr, "ffprobe failed on %s\n", qPrintable(path));
            return 1;
        }
    }
    const double ffprobeSeconds = double(timer.nsecsElapsed()) / 1e9;

    auto workspace = callqa::review::Workspace::open(scratch.filePath(QStringLiteral("bench.db")),
                                                     callqa::review::OpenMode::Create);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error()));
        return 1;
    }
    callqa::review::CallImporter importer(*workspace.value(), callqa::app::probeRecording);
    callqa::review::ImportOptions options;
    options.folder = folder;
    options.actor = callqa::review::Actor::owner(); // a fresh workspace has no users
    timer.restart();
    const callqa::review::ImportReport report = importer.run(options);
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (report.imported != files) {
        std::fprintf(stderr, "imported %d of %d files\n", report.imported, files);
        return 1;
    }
    std::printf("ffprobe once per file: %.2f s\n", ffprobeSeconds);
    std::printf("callqa import (probe + SHA-256 + insert): %.2f s\n", importSeconds);
    std::printf("ratio: import is %.1fx faster than ffprobe (target >= 3x)\n",
                ffprobeSeconds / importSeconds);
    return ffprobeSeconds / importSeconds >= 3.0 ? 0 : 1;
}
