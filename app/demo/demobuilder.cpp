#include "app/demo/demobuilder.h"

#include "app/audioprober.h"
#include "app/demo/callmixer.h"
#include "app/demo/demoscript.h"
#include "app/demo/speechsynth.h"
#include "app/demo/wavfile.h"
#include "review/auditlog.h"
#include "review/callimporter.h"
#include "review/directory.h"
#include "review/textfold.h"
#include "review/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <random>

namespace callqa::app {

namespace {

using review::Result;

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Demo", text);
}

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Each demo call is stored in one of the formats call recorders produce.
struct Encoding {
    const char* suffix;
    QStringList ffmpegArgs;
};

const QList<Encoding>& encodings()
{
    static const QList<Encoding> list = {
        {"wav", {}},
        {"opus",
         {QStringLiteral("-c:a"), QStringLiteral("libopus"), QStringLiteral("-b:a"),
          QStringLiteral("24k")}},
        {"mp3",
         {QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-b:a"),
          QStringLiteral("32k")}},
        {"wav", {QStringLiteral("-c:a"), QStringLiteral("pcm_mulaw")}},
    };
    return list;
}

// How one call departs from the script.
struct Variation {
    bool skipVerification = false;
    bool skipThanks = false;
    bool deadAir = false;
    bool overtalk = false;
};

QList<Turn> turnsFor(const DemoLanguage& language, const DemoAgent& agent, const Variation& v,
                     std::mt19937& random, SpeechSynth& synth, QString* error)
{
    QList<Turn> turns;
    const QString firstName = agent.name.section(QLatin1Char(' '), 0, 0);
    int index = 0;
    for (const ScriptLine& line : language.lines) {
        ++index;
        if ((v.skipVerification && line.role == ScriptLine::Verification) ||
            (v.skipThanks && line.role == ScriptLine::Thanks))
            continue;
        QString text = line.text;
        text.replace(QStringLiteral("{agent}"), firstName);
        const QString voice =
            line.speaker == Speaker::Agent ? language.agentVoice : language.customerVoice;
        const auto samples = synth.speak(text, voice);
        if (!samples) {
            *error = synth.lastError();
            return {};
        }
        // Pauses differ call by call, so no two calls are the same recording.
        int gap = 250 + int(random() % 700);
        if (v.deadAir && index == 5)
            gap = 6500; // "let me check that for you" - and silence
        if (v.overtalk && line.speaker == Speaker::Customer && index == 4)
            gap = -900; // the customer starts before the agent has finished
        turns << Turn{line.speaker, *samples, gap};
    }
    return turns;
}

const DemoLanguage* languageFor(const QString& code)
{
    for (const DemoLanguage& language : demoLanguages()) {
        if (language.code == code)
            return &language;
    }
    return nullptr;
}

review::Status saveDirectory(review::Workspace& workspace, DemoSummary& summary)
{
    review::Database& db = workspace.db();
    return db.transact([&] {
        review::Directory directory(db);
        const qint64 now = workspace.now();
        const qint64 since = now - 120 * kDayMs;
        QSet<QString> teams;
        for (const DemoAgent& agent : demoAgents()) {
            const qint64 teamId = directory.ensureTeam(agent.team, now);
            teams.insert(agent.team);
            const qint64 agentId = directory.ensureAgent(agent.id, agent.name, now);
            if (!directory.teamAt(agentId, now))
                directory.assignTeam(agentId, teamId, since);
        }
        summary.teams = int(teams.size());
        summary.agents = int(demoAgents().size());
        for (const DemoUser& user : demoUsers()) {
            QVariant agentId;
            if (!user.agentId.isEmpty())
                agentId = directory.findAgent(user.agentId)->id;
            QSqlQuery q = db.exec(
                QStringLiteral("INSERT INTO users (login, login_folded, display_name, agent_id, "
                               "active, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (login_folded) DO NOTHING RETURNING id"),
                {user.login, review::foldForSearch(user.login), user.name, agentId, true, now});
            if (!q.next())
                continue;
            const qint64 userId = q.value(0).toLongLong();
            q.finish();
            db.exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"),
                    {userId, user.role});
            review::appendAudit(db, now,
                                {QStringLiteral("demo"),
                                 QStringLiteral("user.create"),
                                 QStringLiteral("user"),
                                 user.login,
                                 {}});
        }
        summary.users = int(demoUsers().size());
    });
}

} // namespace

Result<DemoSummary> buildDemo(review::Workspace& workspace, const DemoOptions& options,
                              const std::function<void(int, int)>& progress)
{
    using R = Result<DemoSummary>;
    DemoSummary summary;
    if (const review::Status saved = saveDirectory(workspace, summary); !saved)
        return R::failure(saved.error());

    const QDir folder(options.recordingsFolder);
    if (!folder.mkpath(QStringLiteral(".")))
        return R::failure(tr("Cannot create %1.").arg(options.recordingsFolder));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return R::failure(tr("Cannot create a temporary folder."));
    SpeechSynth synth(scratch.path());

    std::mt19937 random(options.seed);
    const qint64 today = workspace.now() / kDayMs * kDayMs;
    QJsonArray manifest;
    for (int i = 0; i < options.calls; ++i) {
        const DemoAgent& agent = demoAgents().at(i % demoAgents().size());
        const DemoLanguage* language = languageFor(agent.language);
        Variation variation;
        variation.skipVerification = random() % 7 == 0;
        variation.skipThanks = random() % 4 == 0;
        variation.deadAir = random() % 5 == 0;
        variation.overtalk = random() % 3 == 0;
        const qint64 startedAt = today - qint64(1 + random() % 60) * kDayMs +
                                 qint64(8 * 3600 + random() % (9 * 3600)) * 1000;
        const Encoding& encoding = encodings().at(i % encodings().size());
        const QString callId = QStringLiteral("DEMO-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        const QString fileName =
            QStringLiteral("%1/%2.%3").arg(agent.id, callId, QString::fromLatin1(encoding.suffix));
        const QString path = folder.filePath(fileName);

        if (!QFileInfo::exists(path)) {
            QString error;
            std::mt19937 callRandom(options.seed + quint32(i)); // same call, same audio, every run
            const QList<Turn> turns =
                turnsFor(*language, agent, variation, callRandom, synth, &error);
            if (turns.isEmpty())
                return R::failure(tr("Cannot synthesise speech for the demo: %1").arg(error));
            const MixedCall call = mixCall(turns, SpeechSynth::kSampleRate);
            folder.mkpath(agent.id);
            const QString wav = scratch.filePath(callId + QStringLiteral(".wav"));
            const QByteArray pcm(reinterpret_cast<const char*>(call.interleaved.constData()),
                                 call.interleaved.size() * 2);
            if (!writeWavFile(wav, pcm, 1, 2, SpeechSynth::kSampleRate, 16))
                return R::failure(tr("Cannot write %1.").arg(wav));
            QStringList args = {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                                QStringLiteral("-i"), wav};
            args << encoding.ffmpegArgs << path;
            if (const QString failed = runTool(QStringLiteral("ffmpeg"), args); !failed.isEmpty())
                return R::failure(tr("Cannot encode a demo call: %1").arg(failed));
        }
        QJsonObject row;
        row.insert(QStringLiteral("file"), fileName);
        row.insert(QStringLiteral("call_id"), callId);
        row.insert(QStringLiteral("agent_id"), agent.id);
        row.insert(QStringLiteral("agent_name"), agent.name);
        row.insert(QStringLiteral("team"), agent.team);
        row.insert(QStringLiteral("started_at"),
                   QDateTime::fromMSecsSinceEpoch(startedAt, Qt::UTC).toString(Qt::ISODate));
        row.insert(QStringLiteral("direction"),
                   i % 5 == 4 ? QStringLiteral("outbound") : QStringLiteral("inbound"));
        row.insert(QStringLiteral("queue"),
                   i % 3 == 0 ? QStringLiteral("billing") : QStringLiteral("technical"));
        row.insert(QStringLiteral("agent_channel"), QStringLiteral("left"));
        row.insert(QStringLiteral("customer_channel"), QStringLiteral("right"));
        row.insert(QStringLiteral("meta.language"), language->code);
        manifest.append(row);
        if (progress)
            progress(i + 1, options.calls);
    }
    const QString manifestPath = folder.filePath(QStringLiteral("manifest.json"));
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::WriteOnly) ||
        manifestFile.write(QJsonDocument(manifest).toJson()) < 0)
        return R::failure(tr("Cannot write %1.").arg(manifestPath));
    manifestFile.close();

    review::CallImporter importer(workspace, probeRecording);
    review::ImportOptions importOptions;
    importOptions.folder = folder.absolutePath();
    importOptions.manifestPath = manifestPath;
    importOptions.recordingsRoot = folder.absolutePath();
    importOptions.actor = QStringLiteral("demo");
    const review::ImportReport report = importer.run(importOptions);
    if (!report.ok()) {
        const review::ImportProblem& first = report.problems.first();
        return R::failure(
            tr("Importing the demo calls failed: %1: %2").arg(first.file, first.reason));
    }
    summary.callsImported = report.imported;
    summary.callsAlreadyThere = report.duplicates + report.relinked;
    return summary;
}

} // namespace callqa::app
