// The review screen on one-hour stereo calls with cached peaks, through a PulseAudio null sink:
//  - open: openCall() to the waveform painted; reference, in the same run: the least any open
//    must do, the peaks read with one hand-written SQL SELECT and decoded (ratio printed);
//  - first sound: play() to the first sample handed to the sink;
//  - autosave: one changed answer written (it runs on the GUI thread, so it must stay short);
//  - read ahead: preparing the next item (read, decoder opened) while this one is scored;
//  - submit and next: Ctrl+Enter's work to the next call's waveform painted, and its first sound;
//  - memory: resident size with a one-hour call open, above the empty screen.
// Targets: open < 300 ms, first sound < 100 ms, submit-and-next < 300 ms, memory < 64 MiB,
// autosave and read-ahead < 16 ms each (one frame of the GUI thread).
// Exit status 1 when one is missed.
//
//   bench_reviewscreen [--dir DIR] [--rounds N] [--system-audio]

#include "app/callanalysis.h"
#include "app/gui/review/reviewdraft.h"
#include "app/gui/review/reviewform.h"
#include "app/gui/review/reviewformmodel.h"
#include "app/gui/review/reviewscreen.h"
#include "app/gui/review/waveformview.h"
#include "app/workstationimport.h"
#include "audio/playback/playbackengine.h"
#include "audio/playback/processexit.h"
#include "bench/support/benchserver.h"
#include "checklists/defaultchecklist.h"
#include "checklists/sampleanswers.h"
#include "review/auth/signin.h"
#include "review/auth/userstore.h"
#include "review/checklists/checkliststore.h"
#include "review/queues/queuestore.h"
#include "review/storage/workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace callqa;

namespace {

constexpr double kOpenTargetMs = 300;
constexpr double kSoundTargetMs = 100;
constexpr double kNextTargetMs = 300;
constexpr double kMemoryTargetMiB = 64;
// Autosave and read-ahead run on the GUI thread: each must fit in one frame, no stall to see.
constexpr double kStallTargetMs = 16;

double residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
}

bool run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(program, args);
    return process.waitForFinished(-1) && process.exitCode() == 0;
}

bool makeHour(const QString& path, int hz)
{
    if (QFile::exists(path))
        return true;
    return run(QStringLiteral("ffmpeg"),
               {QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
                QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                QStringLiteral("-i"),
                QStringLiteral("sine=frequency=%1:sample_rate=8000:duration=3600").arg(hz),
                QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("anoisesrc=r=8000:d=3600:a=0.1"), QStringLiteral("-filter_complex"),
                QStringLiteral("amerge"), QStringLiteral("-c:a"), QStringLiteral("libmp3lame"),
                QStringLiteral("-b:a"), QStringLiteral("32k"), path});
}

struct Stats {
    std::vector<double> values;
    double p50() const { return at(0.5); }
    double max() const
    {
        return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    }
    double at(double q) const
    {
        if (values.empty())
            return 0;
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        return sorted[size_t(q * double(sorted.size() - 1))];
    }
};

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// play() to the first sample handed to the sink; -1 when no sound came within 5 s.
double firstSound(audio::PlaybackEngine* player)
{
    if (!player)
        return -1;
    player->seek(player->position());
    player->play();
    QElapsedTimer waited;
    waited.start();
    while (!player->firstSampleLatency() && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    const auto latency = player->firstSampleLatency();
    player->pause();
    return latency ? double(latency->count()) / 1000.0 : -1;
}

void report(const char* what, const Stats& stats, double target, bool& missed)
{
    const bool ok = !stats.values.empty() && stats.max() < target && stats.at(0) >= 0;
    missed = missed || !ok;
    std::printf("%-28s p50 %7.1f ms  max %7.1f ms  (target < %.0f ms) %s\n", what, stats.p50(),
                stats.max(), target, ok ? "ok" : "MISSED");
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir scratch;
    const QString dir = bench::argument(args, QStringLiteral("--dir"), scratch.path());
    const int rounds =
        bench::argument(args, QStringLiteral("--rounds"), QStringLiteral("5")).toInt();
    QDir().mkpath(dir + QStringLiteral("/calls"));
    const QString pulseState = dir + QStringLiteral("/pulse-session.state");
    const QString pulseScript = QStringLiteral(CALLQA_SOURCE_DIR "/scripts/pulse-session.sh");
    if (!args.contains(QStringLiteral("--system-audio"))) {
        if (!run(pulseScript, {QStringLiteral("start"), pulseState})) {
            std::fprintf(stderr, "could not start a PulseAudio session\n");
            return 2;
        }
        QFile state(pulseState);
        state.open(QIODevice::ReadOnly);
        const QList<QByteArray> lines = state.readAll().split('\n');
        if (lines.size() > 2)
            qputenv("PULSE_SERVER", lines[2]);
    }
    const int calls = rounds + 1;
    for (int i = 0; i < calls; ++i) {
        const QString name = QStringLiteral("%1/calls/20260305-%2_a01_in_H-%3.mp3")
                                 .arg(dir)
                                 .arg(100000 + i * 10000)
                                 .arg(i + 1);
        if (!makeHour(name, 200 + 40 * i)) {
            std::fprintf(stderr, "could not write %s with ffmpeg\n", qPrintable(name));
            return 2;
        }
    }

    int status = 0;
    {
        QApplication app(argc, argv);
        QFile::remove(dir + QStringLiteral("/workspace.db"));
        auto opened = review::Workspace::open(dir + QStringLiteral("/workspace.db"),
                                              review::OpenMode::Create);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            return 2;
        }
        review::Workspace& workspace = *opened.value();
        review::UserStore users(workspace, review::Actor::owner());
        users.createFirstUser({QStringLiteral("ada"),
                               QStringLiteral("Ada"),
                               {review::Role::Admin},
                               QStringLiteral("password-ada"),
                               {}});
        for (const auto& [login, role] :
             {std::pair{QStringLiteral("rita"), review::Role::Reviewer},
              std::pair{QStringLiteral("sara"), review::Role::Supervisor}}) {
            const auto created =
                users.createUser({login, login, {role}, QStringLiteral("password-") + login, {}});
            if (!created) {
                std::fprintf(stderr, "%s\n", qPrintable(created.error()));
                return 2;
            }
        }
        review::ChecklistStore checklists(workspace, review::Actor::owner());
        checklists.saveDraft(checklists::defaultChecklist());
        checklists.publish(checklists::defaultChecklist().key);
        const auto signedIn = [&workspace](const QString& login) {
            return review::signIn(workspace, login, QStringLiteral("password-") + login);
        };
        const auto adminIn = signedIn(QStringLiteral("ada"));
        const auto ritaIn = signedIn(QStringLiteral("rita"));
        const auto saraIn = signedIn(QStringLiteral("sara"));
        if (!adminIn || !ritaIn || !saraIn) {
            std::fprintf(stderr, "sign-in failed\n");
            return 2;
        }
        const review::Actor& admin = adminIn.value();
        const review::Actor& rita = ritaIn.value();
        const review::Actor& sara = saraIn.value();
        app::WorkstationImport request;
        request.folder = dir + QStringLiteral("/calls");
        request.recordingsRootOption = dir + QStringLiteral("/calls");
        request.createAgents = true;
        qputenv("CALLQA_RECORDINGS_ROOT", request.recordingsRootOption.toLocal8Bit());
        const review::ImportReport imported = app::importOnWorkstation(workspace, admin, request);
        QList<qint64> ids;
        QSqlQuery q = workspace.db().exec(QStringLiteral("SELECT id FROM calls ORDER BY id"));
        while (q.next())
            ids << q.value(0).toLongLong();
        if (ids.size() != calls) {
            std::fprintf(stderr, "imported %d of %d calls\n", int(ids.size()), calls);
            return 2;
        }
        for (const qint64 id : ids)
            app::analyzeCall(workspace, admin, id); // the peaks are cached, as after an import
        review::QueueRequest queue;
        queue.name = QStringLiteral("bench");
        queue.checklistKey = checklists::defaultChecklist().key;
        queue.population.fromMs =
            QDateTime::fromString(QStringLiteral("2026-03-01T00:00:00Z"), Qt::ISODate)
                .toMSecsSinceEpoch();
        queue.population.toMs = queue.population.fromMs + 31LL * 86'400'000;
        queue.rule.quota = calls;
        queue.rule.seed = 1;
        queue.reviewers = {QStringLiteral("rita")};
        const auto drawn = review::QueueStore(workspace, sara).create(queue);
        if (!drawn) {
            std::fprintf(stderr, "%s\n", qPrintable(drawn.error()));
            return 2;
        }
        std::printf("%d one-hour stereo calls, %d imported\n", calls, int(imported.imported));

        app::ReviewScreen screen(workspace, rita);
        screen.resize(1600, 900);
        screen.show();
        QCoreApplication::processEvents();
        const double emptyMiB = residentMiB();

        Stats reference, open, sound, save, ahead, next, nextSound;
        double openMiB = 0;
        const auto first = review::QueueStore(workspace, rita).next();
        qint64 call = first.value()->callId;
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            QSqlQuery peaks = workspace.db().exec(
                QStringLiteral(
                    "SELECT p.data FROM recording_peaks p JOIN calls c ON c.content_sha256 "
                    "= p.content_sha256 WHERE c.id = ?"),
                {call});
            if (peaks.next()) {
                const QByteArray bytes = peaks.value(0).toByteArray();
                const auto decoded = audio::Peaks::deserialize(
                    {reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                     size_t(bytes.size())});
                (void)decoded;
            }
            reference.values.push_back(ms(timer));

            if (round == 0) {
                timer.restart();
                screen.openCall(call);
                screen.waveform()->repaint();
                open.values.push_back(ms(timer));
            }
            openMiB = std::max(openMiB, residentMiB() - emptyMiB);
            sound.values.push_back(firstSound(screen.player()));

            timer.restart();
            screen.prepareNext(); // as the screen does on the event loop's next turn
            ahead.values.push_back(ms(timer));

            const checklists::AnswerSet answers =
                checklists::fullMarksAnswers(screen.form()->model().checklist());
            for (const QString& key : answers.itemKeys())
                screen.form()->model().setAnswer(key, answers.answer(key));
            timer.restart();
            screen.draft()->flush();
            save.values.push_back(ms(timer));

            timer.restart();
            if (!screen.submitAndNext()) {
                std::fprintf(stderr, "submit failed: %s\n", qPrintable(screen.bannerText()));
                status = 1;
                break;
            }
            screen.waveform()->repaint();
            next.values.push_back(ms(timer));
            nextSound.values.push_back(firstSound(screen.player()));
            call = screen.callId();
            open.values.push_back(next.values.back());
        }
        std::printf("reference (SQL + decode)     p50 %7.1f ms\n", reference.p50());
        bool missed = false;
        report("open, waveform painted", open, kOpenTargetMs, missed);
        std::printf("  ratio open / reference: %.1f\n",
                    open.p50() / std::max(reference.p50(), 0.01));
        report("first sound after play", sound, kSoundTargetMs, missed);
        report("autosave of the answers", save, kStallTargetMs, missed);
        report("read ahead of the next item", ahead, kStallTargetMs, missed);
        report("submit and next, painted", next, kNextTargetMs, missed);
        report("first sound of the next", nextSound, kSoundTargetMs, missed);
        const bool memoryOk = openMiB < kMemoryTargetMiB;
        missed = missed || !memoryOk;
        std::printf("%-28s %7.1f MiB above the empty screen (target < %.0f MiB) %s\n",
                    "memory, one-hour call open", openMiB, kMemoryTargetMiB,
                    memoryOk ? "ok" : "MISSED");
        status = status != 0 ? status : (missed ? 1 : 0);
        screen.closeCall();
    }
    if (!args.contains(QStringLiteral("--system-audio")))
        run(pulseScript, {QStringLiteral("stop"), pulseState});
    audio::exitAfterAudio(status);
}
