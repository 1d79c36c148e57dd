#include "review/calls/callimporter.h"

#include "review/agents/directory.h"
#include "review/audit/auditlog.h"
#include "review/calls/callsearchtext.h"
#include "review/calls/filenamepattern.h"
#include "review/calls/recordingpath.h"
#include "review/calls/recordingsroot.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::CallImporter", text);
}

const QString kRootSetting = QStringLiteral("recordings_root");

// A problem found while importing one file: rolls its transaction back and becomes a report line.
struct FileRejected {
    QString reason;
    QString unknownAgent;
};

// A root that exists is compared by its real path, as the imported folder is: a workstation may
// reach the share through a symbolic link.
QString normalisedRoot(const QString& root)
{
    const QFileInfo info(root);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

QString outsideRootReason(const QString& root)
{
    return tr("outside the recordings root %1, so no other workstation would find it; not "
              "imported. Import it from under the root, or tell this workstation where the "
              "shared folder is mounted (Workspace > Recordings folder… in the window, "
              "--recordings-root or CALLQA_RECORDINGS_ROOT)")
        .arg(root);
}

} // namespace

struct CallImporter::FileJob {
    QString absolutePath;
    QString relativeToFolder;
    const CallFacts* manifestFacts = nullptr;
};

QString sha256OfFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

CallImporter::CallImporter(Workspace& workspace, RecordingProber prober)
    : m_workspace(workspace), m_prober(std::move(prober))
{
}

ImportReport CallImporter::run(const ImportOptions& options,
                               const std::function<void(const ImportProgress&)>& progress)
{
    ImportReport report;
    if (const Status allowed = authorize(options.actor, Action::ImportCalls); !allowed) {
        report.problems << ImportProblem{options.folder, 0, allowed.error()};
        return report;
    }
    const QFileInfo folderInfo(options.folder);
    if (!folderInfo.isDir()) {
        report.problems << ImportProblem{options.folder, 0, tr("not a folder")};
        return report;
    }
    const QString folder = folderInfo.canonicalFilePath();
    m_actor = options.actor.login;
    m_createAgents = options.createAgents;
    const QString workspaceRoot = m_workspace.setting(kRootSetting);
    const RecordingsRoot decided =
        decideRecordingsRoot({options.recordingsRoot, {}, {}, workspaceRoot});
    m_root = decided.path.isEmpty() ? folder : decided.path;
    if (workspaceRoot.isEmpty()) {
        // First import: claim the root, unless another workstation claimed it a moment ago.
        const QString claim = QDir::cleanPath(QFileInfo(m_root).absoluteFilePath());
        Database& db = m_workspace.db();
        const Status saved = db.transact([&] {
            const bool claimed =
                db.exec(QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO NOTHING"),
                        {kRootSetting, claim})
                    .numRowsAffected() == 1;
            if (claimed)
                appendAudit(db, m_workspace.now(),
                            {m_actor, QStringLiteral("workspace.recordings_root"),
                             QStringLiteral("workspace_setting"), kRootSetting,
                             QJsonObject{{QStringLiteral("root"), claim}}});
        });
        if (!saved) {
            report.problems << ImportProblem{folder, 0, saved.error()};
            return report;
        }
        if (options.recordingsRoot.isEmpty())
            m_root = m_workspace.setting(kRootSetting, m_root);
    }
    m_root = normalisedRoot(m_root);
    report.recordingsRoot = m_root;

    Manifest manifest;
    QString manifestAbsolute;
    if (!options.manifestPath.isEmpty()) {
        manifest = readManifest(options.manifestPath);
        manifestAbsolute = QFileInfo(options.manifestPath).canonicalFilePath();
        for (const ManifestProblem& problem : std::as_const(manifest.problems))
            report.problems << ImportProblem{problem.file.isEmpty() ? options.manifestPath
                                                                    : problem.file,
                                             problem.row, problem.reason};
    }

    QList<FileJob> jobs;
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == manifestAbsolute || it.fileName().startsWith(QLatin1Char('.')))
            continue;
        FileJob job;
        job.absolutePath = path;
        job.relativeToFolder = QDir(folder).relativeFilePath(path);
        if (manifest.rejectedFiles.contains(job.relativeToFolder) ||
            manifest.rejectedFiles.contains(path))
            continue; // its row's problem is already in the report
        job.manifestFacts = manifest.find(job.relativeToFolder, path);
        jobs << job;
    }
    std::sort(jobs.begin(), jobs.end(), [](const FileJob& a, const FileJob& b) {
        return a.relativeToFolder < b.relativeToFolder;
    });
    for (const CallFacts& facts : std::as_const(manifest.rows)) {
        const bool present = std::any_of(jobs.begin(), jobs.end(), [&](const FileJob& job) {
            return job.manifestFacts == &facts;
        });
        if (!present)
            report.problems << ImportProblem{
                facts.file, facts.row,
                tr("listed in the manifest but not found in %1").arg(folder)};
    }

    ImportProgress state{0, int(jobs.size()), 0};
    for (const FileJob& job : std::as_const(jobs)) {
        ++report.scanned;
        const qsizetype problemsBefore = report.problems.size();
        try {
            importOne(job, report);
        } catch (const FileRejected& rejected) { // thrown inside a transaction, rolled back
            report.problems << ImportProblem{job.relativeToFolder,
                                             job.manifestFacts ? job.manifestFacts->row : 0,
                                             rejected.reason};
            if (!rejected.unknownAgent.isEmpty() &&
                !report.unknownAgents.contains(rejected.unknownAgent))
                report.unknownAgents << rejected.unknownAgent;
        } catch (const DbError& error) {
            report.problems << ImportProblem{job.relativeToFolder,
                                             job.manifestFacts ? job.manifestFacts->row : 0,
                                             error.message()};
        }
        if (report.problems.size() > problemsBefore && m_workspace.db().lastErrorLostConnection()) {
            // The server (or the file) is gone: every further file would fail the same way.
            report.problems.last().reason =
                tr("lost the connection to the workspace %1; this file was rolled back and the "
                   "import stopped after %2 of %3 files. Run the import again when the "
                   "workspace is reachable: it resumes where it stopped. (%4)")
                    .arg(m_workspace.db().location().displayName())
                    .arg(state.done)
                    .arg(state.total)
                    .arg(report.problems.last().reason.simplified());
            report.connectionLost = true;
            return report;
        }
        ++state.done;
        state.bytes += QFileInfo(job.absolutePath).size();
        if (progress)
            progress(state);
    }
    markMissing(m_root, folder, report);
    return report;
}

void CallImporter::importOne(const FileJob& job, ImportReport& report)
{
    const QFileInfo info(job.absolutePath);
    auto reject = [&](const QString& reason) {
        report.problems << ImportProblem{job.relativeToFolder,
                                         job.manifestFacts ? job.manifestFacts->row : 0, reason};
    };
    if (info.size() == 0)
        return reject(tr("empty file (0 bytes)"));
    QString readError;
    const QString hash = sha256OfFile(job.absolutePath, &readError);
    if (hash.isEmpty())
        return reject(tr("cannot read: %1").arg(readError));

    const QString storedPath = storedRecordingPath(m_root, job.absolutePath);
    Database& db = m_workspace.db();

    // Known content: the same recording again, or one that moved.
    QSqlQuery known = db.exec(
        QStringLiteral("SELECT id, relative_path FROM calls WHERE content_sha256 = ?"), {hash});
    if (known.next()) {
        const qint64 callId = known.value(0).toLongLong();
        const QString oldPath = known.value(1).toString();
        known.finish();
        if (oldPath == storedPath) {
            ++report.duplicates;
            const Status cleared = db.transact([&] {
                const bool found =
                    db.exec(QStringLiteral("UPDATE calls SET missing = ? WHERE id = ? AND missing"),
                            {false, callId})
                        .numRowsAffected() == 1;
                if (!found)
                    return;
                appendAudit(db, m_workspace.now(),
                            {m_actor, QStringLiteral("call.found"), QStringLiteral("call"),
                             QString::number(callId),
                             QJsonObject{{QStringLiteral("path"), storedPath}}});
                announceChange(db, QStringLiteral("calls"));
            });
            if (!cleared)
                reject(cleared.error());
            return;
        }
        if (QFileInfo::exists(resolveRecordingPath(m_root, oldPath))) {
            ++report.duplicates;
            return;
        }
        if (QDir::isAbsolutePath(storedPath))
            return reject(outsideRootReason(m_root));
        bool moved = false;
        const Status relinked = db.transact([&] {
            // Only from the path we saw: a workstation that re-linked it a moment ago wins.
            moved = db.exec(QStringLiteral("UPDATE calls SET relative_path = ?, missing = ? "
                                           "WHERE id = ? AND relative_path = ?"),
                            {storedPath, false, callId, oldPath})
                        .numRowsAffected() == 1;
            if (!moved)
                return;
            announceChange(db, QStringLiteral("calls"));
            QJsonObject detail;
            detail.insert(QStringLiteral("from"), oldPath);
            detail.insert(QStringLiteral("to"), storedPath);
            appendAudit(db, m_workspace.now(),
                        {m_actor, QStringLiteral("call.relink"), QStringLiteral("call"),
                         QString::number(callId), detail});
        });
        if (!relinked)
            reject(relinked.error());
        else if (moved)
            ++report.relinked;
        else
            ++report.duplicates;
        return;
    }

    if (QDir::isAbsolutePath(storedPath))
        return reject(outsideRootReason(m_root));
    const CallFacts facts =
        job.manifestFacts ? *job.manifestFacts : factsFromFileName(job.relativeToFolder);
    const RecordingProbe probe = m_prober(job.absolutePath);
    if (!probe.ok)
        return reject(tr("not a readable recording: %1").arg(probe.error));
    if (facts.channels.agentChannel >= probe.channels ||
        facts.channels.customerChannel >= probe.channels)
        return reject(
            tr("the manifest puts a speaker on channel %1, but the recording has only "
               "%2 channel(s)")
                .arg(std::max(facts.channels.agentChannel, facts.channels.customerChannel) + 1)
                .arg(probe.channels));

    bool inserted = false;
    QString createdAgent;
    const Status status = db.transact(
        [&] {
            inserted = false;
            createdAgent.clear();
            Directory directory(db);
            const qint64 now = m_workspace.now();
            QVariant agentId;
            QVariant teamId;
            const auto team = [&](const QString& name) {
                if (!directory.findTeam(name))
                    appendAudit(db, now,
                                {m_actor,
                                 QStringLiteral("team.create"),
                                 QStringLiteral("team"),
                                 name.trimmed(),
                                 {}});
                return directory.ensureTeam(name, now);
            };
            if (!facts.agentId.isEmpty()) {
                const auto agent = directory.findAgent(facts.agentId);
                if (!agent && facts.agentName.isEmpty() && !m_createAgents)
                    throw FileRejected{
                        tr("unknown agent \"%1\": give agent_name in the manifest, add the agent "
                           "first (callqa agent add), or import with --create-agents to create "
                           "it \"to be named\"")
                            .arg(facts.agentId),
                        facts.agentId};
                qint64 id = 0;
                if (agent) {
                    id = agent->id;
                } else {
                    const bool unnamed = facts.agentName.isEmpty();
                    id = unnamed ? directory.createUnnamedAgent(facts.agentId, now)
                                 : directory.ensureAgent(facts.agentId, facts.agentName, now);
                    appendAudit(db, now,
                                {m_actor, QStringLiteral("agent.create"), QStringLiteral("agent"),
                                 facts.agentId.trimmed(),
                                 QJsonObject{{QStringLiteral("name"),
                                              unnamed ? facts.agentId : facts.agentName},
                                             {QStringLiteral("to_be_named"), unnamed},
                                             {QStringLiteral("file"), job.relativeToFolder}}});
                    if (unnamed)
                        createdAgent = facts.agentId.trimmed();
                }
                agentId = id;
                const qint64 at = facts.startedAtMs.value_or(now);
                if (!facts.team.isEmpty()) {
                    const qint64 teamRow = team(facts.team);
                    teamId = teamRow;
                    if (!directory.teamAt(id, at))
                        directory.assignTeam(id, teamRow, at);
                } else if (const auto current = directory.teamAt(id, at)) {
                    teamId = *current;
                }
            } else if (!facts.team.isEmpty()) {
                teamId = team(facts.team);
            }
            if (!facts.callId.isEmpty()) {
                const QVariant other = db.scalar(
                    QStringLiteral("SELECT id FROM calls WHERE external_id = ?"), {facts.callId});
                if (other.isValid())
                    throw FileRejected{
                        tr("call_id \"%1\" already belongs to another recording").arg(facts.callId),
                        {}};
            }
            const QString metadataJson =
                QString::fromUtf8(QJsonDocument(facts.metadata).toJson(QJsonDocument::Compact));
            const auto nullable = [](int channel) { return channel < 0 ? QVariant() : channel; };
            QSqlQuery q = db.exec(
                QStringLiteral(
                    "INSERT INTO calls (external_id, content_sha256, relative_path, file_size, "
                    "format, "
                    "codec, sample_rate, channels, duration_ms, agent_channel, customer_channel, "
                    "agent_id, team_id, started_at, direction, queue, metadata, missing, "
                    "imported_at, search_folded) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (content_sha256) DO NOTHING RETURNING id"),
                {facts.callId.isEmpty() ? QVariant() : facts.callId,
                 hash,
                 storedPath,
                 info.size(),
                 probe.format,
                 probe.codec,
                 probe.sampleRate,
                 probe.channels,
                 probe.durationMs,
                 nullable(facts.channels.agentChannel),
                 nullable(facts.channels.customerChannel),
                 agentId,
                 teamId,
                 facts.startedAtMs ? QVariant(*facts.startedAtMs) : QVariant(),
                 facts.direction.isEmpty() ? QVariant() : facts.direction,
                 facts.queue.isEmpty() ? QVariant() : facts.queue,
                 metadataJson,
                 false,
                 now,
                 callSearchText(facts.callId, facts.queue, metadataJson)});
            if (!q.next())
                return; // another workstation imported the same recording a moment ago
            const qint64 callId = q.value(0).toLongLong();
            q.finish();
            QJsonObject detail;
            detail.insert(QStringLiteral("path"), storedPath);
            detail.insert(QStringLiteral("sha256"), hash);
            if (!facts.agentId.isEmpty())
                detail.insert(QStringLiteral("agent"), facts.agentId.trimmed());
            if (!facts.team.isEmpty())
                detail.insert(QStringLiteral("team"), facts.team.trimmed());
            appendAudit(db, now,
                        {m_actor, QStringLiteral("call.import"), QStringLiteral("call"),
                         QString::number(callId), detail});
            announceChange(db, QStringLiteral("calls"));
            inserted = true;
        },
        TransactOptions{.retryUniqueViolation = true});
    if (!status) {
        // Another workstation may have committed the same recording while this one tried.
        bool committedElsewhere = false;
        if (!db.lastErrorLostConnection()) {
            try {
                committedElsewhere =
                    db.scalar(QStringLiteral("SELECT id FROM calls WHERE content_sha256 = ?"),
                              {hash})
                        .isValid();
            } catch (const DbError&) {
                // report the original error
            }
        }
        if (!committedElsewhere)
            return reject(status.error());
        inserted = false;
    }
    if (inserted)
        ++report.imported;
    else
        ++report.duplicates;
    if (!createdAgent.isEmpty() && !report.createdAgents.contains(createdAgent))
        report.createdAgents << createdAgent;
}

void CallImporter::markMissing(const QString& root, const QString& folder, ImportReport& report)
{
    Database& db = m_workspace.db();
    try {
        QList<QPair<qint64, QString>> gone;
        QSqlQuery q = db.exec(QStringLiteral("SELECT id, relative_path FROM calls"));
        while (q.next()) {
            const QString path = resolveRecordingPath(root, q.value(1).toString());
            if (path.startsWith(folder + QLatin1Char('/')) && !QFileInfo::exists(path))
                gone << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
        }
        q.finish();
        for (const auto& [id, path] : std::as_const(gone)) {
            report.missing << path;
            const Status marked = db.transact([&] {
                const bool changed =
                    db.exec(QStringLiteral("UPDATE calls SET missing = ? WHERE id = ? AND NOT "
                                           "missing"),
                            {true, id})
                        .numRowsAffected() == 1;
                if (!changed)
                    return; // already marked by an earlier import
                appendAudit(db, m_workspace.now(),
                            {m_actor, QStringLiteral("call.missing"), QStringLiteral("call"),
                             QString::number(id), QJsonObject{{QStringLiteral("path"), path}}});
                announceChange(db, QStringLiteral("calls"));
            });
            if (!marked)
                report.problems << ImportProblem{path, 0, marked.error()};
        }
    } catch (const DbError& error) {
        report.problems << ImportProblem{folder, 0, error.message()};
    }
}

} // namespace callqa::review
