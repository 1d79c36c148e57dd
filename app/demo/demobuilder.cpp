#include "app/demo/demobuilder.h"

#include "app/audioprober.h"
#include "app/demo/callmixer.h"
#include "app/demo/demoagentloop.h"
#include "app/demo/democalibration.h"
#include "app/demo/demogoals.h"
#include "app/demo/demoqueues.h"
#include "app/demo/demoscript.h"
#include "app/demo/speechsynth.h"
#include "app/demo/wavfile.h"
#include "checklists/defaultchecklist.h"
#include "checklists/sampleanswers.h"
#include "review/agents/directory.h"
#include "review/audit/auditlog.h"
#include "review/auth/userstore.h"
#include "review/calls/callimporter.h"
#include "review/checklists/checkliststore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/workspace.h"
#include "review/textfold.h"

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
    });
}

// The demo acts as the workspace owner, under its own name in the audit log.
review::Actor demoActor()
{
    review::Actor actor = review::Actor::owner();
    actor.login = QStringLiteral("demo");
    return actor;
}

// Two users per role, each with the password kDemoPassword (README); existing logins are kept.
review::Status saveUsers(review::Workspace& workspace, DemoSummary& summary)
{
    review::UserStore store(workspace, demoActor());
    const auto existing = store.list();
    if (!existing)
        return review::Status::failure(existing.error());
    QHash<QString, bool> logins; // folded login: has a password
    for (const review::UserInfo& user : existing.value())
        logins.insert(review::foldForSearch(user.login), user.hasPassword);
    for (const DemoUser& user : demoUsers()) {
        const QString folded = review::foldForSearch(user.login);
        if (logins.contains(folded)) {
            // Demo workspaces made before sign-in existed have users without a password.
            if (logins.value(folded))
                continue;
            const review::Status set =
                store.setPassword(user.login, QString::fromLatin1(kDemoPassword));
            if (!set)
                return set;
            continue;
        }
        const auto role = review::roleFromName(user.role);
        if (!role)
            return review::Status::failure(tr("Unknown demo role %1.").arg(user.role));
        const auto created = store.createUser(
            {user.login, user.name, {*role}, QString::fromLatin1(kDemoPassword), user.agentId});
        if (!created)
            return review::Status::failure(
                tr("Cannot create the demo user %1: %2").arg(user.login, created.error()));
    }
    summary.users = int(demoUsers().size());
    return {};
}

// What a reviewer would answer on the default checklist for a call made with `v`.
checklists::AnswerSet answersFor(const checklists::Checklist& checklist, const Variation& v,
                                 std::mt19937& random)
{
    checklists::AnswerSet answers = checklists::fullMarksAnswers(checklist);
    if (v.skipVerification)
        answers.set(QStringLiteral("verified-identity"), checklists::Answer::no());
    if (v.skipThanks)
        answers.set(QStringLiteral("thanked-customer"), checklists::Answer::no());
    if (v.overtalk)
        answers.set(QStringLiteral("did-not-interrupt"), checklists::Answer::no());
    if (v.deadAir)
        answers.set(QStringLiteral("explained-next-steps"), checklists::Answer::no());
    answers.set(QStringLiteral("showed-empathy"), checklists::Answer::scale(2 + int(random() % 4)));
    if (random() % 4 == 0)
        answers.set(QStringLiteral("offered-solutions"),
                    checklists::Answer::choice(QStringLiteral("partly")));
    return answers;
}

// Publishes the default checklist once, then scores two calls in three (those not yet scored)
// as one of the demo reviewers would.
review::Status saveEvaluations(review::Workspace& workspace,
                               const QList<std::pair<QString, Variation>>& calls, quint32 seed,
                               DemoSummary& summary)
{
    review::ChecklistStore store(workspace, demoActor());
    auto version = store.version(checklists::defaultChecklist().key);
    if (!version) {
        const auto saved = store.saveDraft(checklists::defaultChecklist());
        if (!saved)
            return review::Status::failure(saved.error());
        version = store.publish(checklists::defaultChecklist().key, saved.value());
        if (!version)
            return review::Status::failure(version.error());
    }
    std::mt19937 random(seed);
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const checklists::AnswerSet answers =
            answersFor(version->checklist, calls[i].second, random);
        if (i % 3 == 2)
            continue;
        const qint64 callId = review::findCallId(workspace, calls[i].first);
        review::Actor reviewer = review::Actor::owner();
        reviewer.login = i % 2 == 0 ? QStringLiteral("rita") : QStringLiteral("dmitri");
        review::EvaluationStore evaluations(workspace, reviewer);
        review::EvaluationFilter filter;
        filter.callId = callId;
        const auto existing = evaluations.list(filter);
        if (!existing)
            return review::Status::failure(existing.error());
        if (callId == 0 || !existing->isEmpty())
            continue;
        const auto submitted = evaluations.submit(callId, version->id, answers);
        if (!submitted)
            return review::Status::failure(submitted.error());
        ++summary.evaluations;
    }
    return {};
}

} // namespace

Result<DemoSummary> buildDemo(review::Workspace& workspace, const DemoOptions& options,
                              const std::function<void(int, int)>& progress)
{
    using R = Result<DemoSummary>;
    DemoSummary summary;
    if (const review::Status saved = saveDirectory(workspace, summary); !saved)
        return R::failure(saved.error());
    if (const review::Status saved = saveUsers(workspace, summary); !saved)
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
    QList<std::pair<QString, Variation>> made;
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
        made.append({callId, variation});
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
    importOptions.actor = demoActor();
    const review::ImportReport report = importer.run(importOptions);
    if (!report.ok()) {
        const review::ImportProblem& first = report.problems.first();
        return R::failure(
            tr("Importing the demo calls failed: %1: %2").arg(first.file, first.reason));
    }
    summary.callsImported = report.imported;
    summary.callsAlreadyThere = report.duplicates + report.relinked;
    try {
        if (const review::Status scored = saveEvaluations(workspace, made, options.seed, summary);
            !scored)
            return R::failure(tr("Scoring the demo calls failed: %1").arg(scored.error()));
        if (const review::Status queued = saveDemoQueues(workspace, options.seed, summary); !queued)
            return R::failure(tr("Drawing the demo queues failed: %1").arg(queued.error()));
        QStringList callIds;
        for (const auto& call : made)
            callIds << call.first;
        if (const review::Status calibrated =
                saveDemoCalibration(workspace, callIds, options.seed, summary);
            !calibrated)
            return R::failure(
                tr("Making the demo calibration sessions failed: %1").arg(calibrated.error()));
        if (const review::Status looped = saveDemoAgentLoop(workspace, summary); !looped)
            return R::failure(tr("Making the demo disputes and coaching sessions failed: %1")
                                  .arg(looped.error()));
        if (const review::Status goals = saveDemoGoals(workspace, callIds, options.seed, summary);
            !goals)
            return R::failure(tr("Setting the demo goals failed: %1").arg(goals.error()));
    } catch (const review::DbError& error) {
        return R::failure(tr("Scoring the demo calls failed: %1").arg(error.message()));
    }
    return summary;
}

} // namespace callqa::app
