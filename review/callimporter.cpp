#include "review/callimporter.h"

#include "review/auditlog.h"
#include "review/directory.h"
#include "review/filenamepattern.h"
#include "review/recordingpath.h"
#include "review/workspace.h"

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
};

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
    const QFileInfo folderInfo(options.folder);
    if (!folderInfo.isDir()) {
        report.problems << ImportProblem{options.folder, 0, tr("not a folder")};
        return report;
    }
    const QString folder = folderInfo.canonicalFilePath();
    m_actor = options.actor;
    const QString workspaceRoot = m_workspace.setting(kRootSetting);
    m_root = !options.recordingsRoot.isEmpty() ? options.recordingsRoot
             : !workspaceRoot.isEmpty()        ? workspaceRoot
                                               : folder;
    m_root = QDir::cleanPath(QFileInfo(m_root).absoluteFilePath());
    if (workspaceRoot.isEmpty()) {
        if (const Status saved = m_workspace.setSetting(kRootSetting, m_root); !saved) {
            report.problems << ImportProblem{folder, 0, saved.error()};
            return report;
        }
    }

    Manifest manifest;
    QString manifestAbsolute;
    if (!options.manifestPath.isEmpty()) {
        manifest = readManifest(options.manifestPath);
        manifestAbsolute = QFileInfo(options.manifestPath).canonicalFilePath();
        for (const ManifestProblem& problem : std::as_const(manifest.problems))
            report.problems << ImportProblem{problem.file, problem.row, problem.reason};
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
                facts.file, 0, tr("listed in the manifest but not found in %1").arg(folder)};
    }

    ImportProgress state{0, int(jobs.size()), 0};
    for (const FileJob& job : std::as_const(jobs)) {
        ++report.scanned;
        try {
            importOne(job, report);
        } catch (const FileRejected& rejected) { // thrown inside a transaction, rolled back
            report.problems << ImportProblem{job.relativeToFolder,
                                             job.manifestFacts ? job.manifestFacts->row : 0,
                                             rejected.reason};
        } catch (const DbError& error) {
            report.problems << ImportProblem{job.relativeToFolder, 0, error.message()};
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
                db.exec(QStringLiteral("UPDATE calls SET missing = ? WHERE id = ? AND missing"),
                        {false, callId});
            });
            if (!cleared)
                reject(cleared.error());
            return;
        }
        if (QFileInfo::exists(resolveRecordingPath(m_root, oldPath))) {
            ++report.duplicates;
            return;
        }
        const Status relinked = db.transact([&] {
            db.exec(QStringLiteral("UPDATE calls SET relative_path = ?, missing = ? WHERE id = ?"),
                    {storedPath, false, callId});
            QJsonObject detail;
            detail.insert(QStringLiteral("from"), oldPath);
            detail.insert(QStringLiteral("to"), storedPath);
            appendAudit(db, m_workspace.now(),
                        {m_actor, QStringLiteral("call.relink"), QStringLiteral("call"),
                         QString::number(callId), detail});
        });
        if (relinked)
            ++report.relinked;
        else
            reject(relinked.error());
        return;
    }

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
    const Status status = db.transact([&] {
        inserted = false;
        Directory directory(db);
        const qint64 now = m_workspace.now();
        QVariant agentId;
        QVariant teamId;
        if (!facts.agentId.isEmpty()) {
            const auto agent = directory.findAgent(facts.agentId);
            if (!agent && facts.agentName.isEmpty())
                throw FileRejected{tr("unknown agent \"%1\": give agent_name in the manifest or "
                                      "add the agent first (callqa agent add)")
                                       .arg(facts.agentId)};
            const qint64 id =
                agent ? agent->id : directory.ensureAgent(facts.agentId, facts.agentName, now);
            agentId = id;
            const qint64 at = facts.startedAtMs.value_or(now);
            if (!facts.team.isEmpty()) {
                const qint64 team = directory.ensureTeam(facts.team, now);
                teamId = team;
                if (!directory.teamAt(id, at))
                    directory.assignTeam(id, team, at);
            } else if (const auto team = directory.teamAt(id, at)) {
                teamId = *team;
            }
        } else if (!facts.team.isEmpty()) {
            teamId = directory.ensureTeam(facts.team, now);
        }
        if (!facts.callId.isEmpty()) {
            const QVariant other = db.scalar(
                QStringLiteral("SELECT id FROM calls WHERE external_id = ?"), {facts.callId});
            if (other.isValid())
                throw FileRejected{
                    tr("call_id \"%1\" already belongs to another recording").arg(facts.callId)};
        }
        const auto nullable = [](int channel) { return channel < 0 ? QVariant() : channel; };
        QSqlQuery q = db.exec(
            QStringLiteral(
                "INSERT INTO calls (external_id, content_sha256, relative_path, file_size, format, "
                "codec, sample_rate, channels, duration_ms, agent_channel, customer_channel, "
                "agent_id, team_id, started_at, direction, queue, metadata, missing, imported_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (content_sha256) DO NOTHING RETURNING id"),
            {facts.callId.isEmpty() ? QVariant() : facts.callId, hash, storedPath, info.size(),
             probe.format, probe.codec, probe.sampleRate, probe.channels, probe.durationMs,
             nullable(facts.channels.agentChannel), nullable(facts.channels.customerChannel),
             agentId, teamId, facts.startedAtMs ? QVariant(*facts.startedAtMs) : QVariant(),
             facts.direction.isEmpty() ? QVariant() : facts.direction,
             facts.queue.isEmpty() ? QVariant() : facts.queue,
             QString::fromUtf8(QJsonDocument(facts.metadata).toJson(QJsonDocument::Compact)), false,
             now});
        if (!q.next())
            return; // another workstation imported the same recording a moment ago
        const qint64 callId = q.value(0).toLongLong();
        q.finish();
        QJsonObject detail;
        detail.insert(QStringLiteral("path"), storedPath);
        detail.insert(QStringLiteral("sha256"), hash);
        appendAudit(db, now,
                    {m_actor, QStringLiteral("call.import"), QStringLiteral("call"),
                     QString::number(callId), detail});
        inserted = true;
    });
    if (!status)
        return reject(status.error());
    if (inserted)
        ++report.imported;
    else
        ++report.duplicates;
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
                db.exec(QStringLiteral("UPDATE calls SET missing = ? WHERE id = ?"), {true, id});
            });
            if (!marked)
                report.problems << ImportProblem{path, 0, marked.error()};
        }
    } catch (const DbError& error) {
        report.problems << ImportProblem{folder, 0, error.message()};
    }
}

} // namespace callqa::review
