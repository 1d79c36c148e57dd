#include "review/calls/callimporter.h"

#include "review/calls/callimportjob.h"

#include "review/audit/auditlog.h"
#include "review/calls/calllegs.h"
#include "review/calls/recordingpath.h"
#include "review/calls/recordingsroot.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace callqa::review {

using importing::FileRejected;
using importing::tr;

namespace {

const QString kRootSetting = QStringLiteral("recordings_root");

// A root that exists is compared by its real path, as the imported folder is: a workstation may
// reach the share through a symbolic link.
QString normalisedRoot(const QString& root)
{
    const QFileInfo info(root);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

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
        m_manifestName = QFileInfo(options.manifestPath).fileName();
        for (const ManifestProblem& problem : std::as_const(manifest.problems))
            report.problems << ImportProblem{problem.file.isEmpty() ? options.manifestPath
                                                                    : problem.file,
                                             problem.row, problem.reason};
    }

    const QList<FileJob> jobs =
        collectJobs(folder, manifestAbsolute, manifest, options.inLegIsCustomer);
    for (const CallFacts& facts : std::as_const(manifest.rows)) {
        const bool present = std::any_of(jobs.begin(), jobs.end(), [&](const FileJob& job) {
            return job.manifestFacts == &facts;
        });
        // A row of two legs whose legs are both gone; one gone is the job's note.
        if (!present)
            report.problems << ImportProblem{
                facts.file, facts.row,
                tr("listed in the manifest but not found in %1").arg(folder)};
    }

    ImportProgress state{0, int(jobs.size()), 0};
    for (const FileJob& job : std::as_const(jobs)) {
        ++report.scanned;
        if (!job.note.isEmpty())
            report.notes << ImportProblem{job.relativeToFolder,
                                          job.manifestFacts ? job.manifestFacts->row : 0, job.note};
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
        state.bytes += QFileInfo(job.absolutePath).size() +
                       (job.legs() ? QFileInfo(job.customerAbsolute).size() : 0);
        if (progress)
            progress(state);
    }
    markMissing(m_root, folder, report);
    return report;
}

QList<CallImporter::FileJob> CallImporter::collectJobs(const QString& folder,
                                                       const QString& manifestAbsolute,
                                                       const Manifest& manifest,
                                                       bool inLegIsCustomer) const
{
    QList<FileJob> jobs;
    QStringList loose; // files no manifest row names: paired by the naming rule
    QHash<QString, QString> absoluteOf;
    QHash<const CallFacts*, QStringList> legRows; // rows of two legs: their files found
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == manifestAbsolute || it.fileName().startsWith(QLatin1Char('.')))
            continue;
        const QString relative = QDir(folder).relativeFilePath(path);
        if (manifest.rejectedFiles.contains(relative) || manifest.rejectedFiles.contains(path))
            continue; // its row's problem is already in the report
        absoluteOf.insert(relative, path);
        const CallFacts* facts = manifest.find(relative, path);
        if (facts && !facts->customerFile.isEmpty())
            legRows[facts] << relative;
        else if (facts)
            jobs << FileJob{path, relative, {}, {}, relative, facts, {}};
        else
            loose << relative;
    }
    for (auto row = legRows.cbegin(); row != legRows.cend(); ++row) {
        const CallFacts* facts = row.key();
        QString agent;
        QString customer;
        for (const QString& relative : row.value()) {
            const bool isCustomer = facts->customerFile == relative ||
                                    facts->customerFile == absoluteOf.value(relative);
            (isCustomer ? customer : agent) = relative;
        }
        if (!agent.isEmpty() && !customer.isEmpty()) {
            jobs << FileJob{absoluteOf.value(agent),
                            agent,
                            absoluteOf.value(customer),
                            customer,
                            agent,
                            facts,
                            {}};
            continue;
        }
        const QString present = agent.isEmpty() ? customer : agent;
        jobs << FileJob{absoluteOf.value(present),
                        present,
                        {},
                        {},
                        present,
                        facts,
                        tr("the other leg, %1, is not in the folder; this leg is imported as a "
                           "call of its own, and joins its partner when a later import finds it")
                            .arg(agent.isEmpty() ? facts->file : facts->customerFile)};
    }
    for (const ImportUnit& unit : groupLegs(loose, inLegIsCustomer))
        jobs << FileJob{absoluteOf.value(unit.file),
                        unit.file,
                        unit.customerFile.isEmpty() ? QString()
                                                    : absoluteOf.value(unit.customerFile),
                        unit.customerFile,
                        unit.factsName,
                        nullptr,
                        unit.note};
    std::sort(jobs.begin(), jobs.end(), [](const FileJob& a, const FileJob& b) {
        return a.relativeToFolder < b.relativeToFolder;
    });
    return jobs;
}

void CallImporter::markMissing(const QString& root, const QString& folder, ImportReport& report)
{
    Database& db = m_workspace.db();
    try {
        QList<QPair<qint64, QString>> gone;
        QSqlQuery q =
            db.exec(QStringLiteral("SELECT id, relative_path, second_leg_path FROM calls"));
        while (q.next()) {
            // A call in two legs is missing when either leg is.
            for (const int column : {1, 2}) {
                const QString stored = q.value(column).toString();
                if (stored.isEmpty())
                    continue;
                const QString path = resolveRecordingPath(root, stored);
                if (path.startsWith(folder + QLatin1Char('/')) && !QFileInfo::exists(path)) {
                    gone << qMakePair(q.value(0).toLongLong(), stored);
                    break;
                }
            }
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
