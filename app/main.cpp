#include "app/cli/cli.h"
#include "app/gui/gui.h"
#include "app/translations.h"
#include "audio/core/ffmpeglogroute.h"
#include "audio/playback/processexit.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!callqa::app::isCliInvocation(args)) {
        // The window shows problems itself; FFmpeg's own lines go nowhere.
        const callqa::audio::FfmpegLogRoute quietFfmpeg;
        // The window may have played audio: see exitAfterAudio for why it ends this way.
        callqa::audio::exitAfterAudio(callqa::app::runGui(argc, argv));
    }

    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callqa"));
    callqa::app::installTranslations(application);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = callqa::app::runCli(args, out, err);
    out.flush();
    err.flush();
    return code;
}
