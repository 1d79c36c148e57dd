// CallImporter::importOne: one call (a file, or two legs) in one transaction.
#include "review/calls/callimportjob.h"

#include "review/agents/directory.h"
#include "review/audit/auditlog.h"
#include "review/calls/calllegs.h"
#include "review/calls/callsearchtext.h"
#include "review/calls/filenamepattern.h"
#include "review/calls/recordingpath.h"
#include "review/metrics/metricsimporter.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace callqa::review {

using importing::FileRejected;
using importing::outsideRootReason;
using importing::tr;

namespace {

// Legs whose lengths differ by more than this get a note (phone systems stop the two files a
// few milliseconds apart).
constexpr qint64 kLegLengthToleranceMs = 1000;

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// What the calls row says about the recording, from one probe or the probes of two legs.
struct RecordingShape {
    QString format;
    QString codec;
    int sampleRate = 0;
    int channels = 0;
    qint64 durationMs = 0;
    qint64 fileSize = 0;
    int agentChannel = -1;
    int customerChannel = -1;
};

QString joinedName(const QString& agent, const QString& customer)
{
    return agent == customer ? agent : agent + QLatin1Char('+') + customer;
}

// Two legs play as one stereo stream at the agent's leg's rate: agent left, customer right.
RecordingShape legsShape(const RecordingProbe& agent, const RecordingProbe& customer,
                         qint64 fileSize)
{
    return {joinedName(agent.format, customer.format),
            joinedName(agent.codec, customer.codec),
            agent.sampleRate,
            2,
            std::max(agent.durationMs, customer.durationMs),
            fileSize,
            0,
            1};
}

} // namespace

void CallImporter::importOne(const FileJob& job, ImportReport& report)
{
    const int row = job.manifestFacts ? job.manifestFacts->row : 0;
    auto reject = [&](const QString& reason) {
        report.problems << ImportProblem{job.relativeToFolder, row, reason};
    };
    const QFileInfo info(job.absolutePath);
    const QFileInfo customerInfo(job.customerAbsolute);
    if (info.size() == 0)
        return reject(tr("empty file (0 bytes)"));
    if (job.legs() && customerInfo.size() == 0)
        return reject(
            tr("the customer's leg %1 is an empty file (0 bytes)").arg(job.customerRelative));
    QString readError;
    const QString fileHash = sha256OfFile(job.absolutePath, &readError);
    if (fileHash.isEmpty())
        return reject(tr("cannot read: %1").arg(readError));
    QString customerHash;
    if (job.legs()) {
        customerHash = sha256OfFile(job.customerAbsolute, &readError);
        if (customerHash.isEmpty())
            return reject(
                tr("cannot read the customer's leg %1: %2").arg(job.customerRelative, readError));
    }
    const QString hash = job.legs() ? legsContentSha256(fileHash, customerHash) : fileHash;
    const QString storedPath = storedRecordingPath(m_root, job.absolutePath);
    const QString storedSecond =
        job.legs() ? storedRecordingPath(m_root, job.customerAbsolute) : QString();
    if (handleKnownContent(hash, storedPath, storedSecond, report, reject)) {
        if (job.manifestFacts && !job.manifestFacts->metrics.given.isEmpty())
            updateManifestMetrics(hash, *job.manifestFacts, reject);
        return;
    }

    if (QDir::isAbsolutePath(storedPath) || QDir::isAbsolutePath(storedSecond))
        return reject(outsideRootReason(m_root));
    const CallFacts facts =
        job.manifestFacts ? *job.manifestFacts : factsFromFileName(job.factsName);
    const RecordingProbe probe = m_prober(job.absolutePath);
    if (!probe.ok)
        return reject(tr("not a readable recording: %1").arg(probe.error));
    RecordingShape shape{probe.format,
                         probe.codec,
                         probe.sampleRate,
                         probe.channels,
                         probe.durationMs,
                         info.size(),
                         facts.channels.agentChannel,
                         facts.channels.customerChannel};
    if (job.legs()) {
        const RecordingProbe customer = m_prober(job.customerAbsolute);
        if (!customer.ok)
            return reject(tr("the customer's leg %1 is not a readable recording: %2")
                              .arg(job.customerRelative, customer.error));
        shape = legsShape(probe, customer, info.size() + customerInfo.size());
        if (std::abs(probe.durationMs - customer.durationMs) > kLegLengthToleranceMs)
            report.notes << ImportProblem{
                job.relativeToFolder, row,
                tr("the legs differ in length: %1 s (agent) and %2 s (customer, %3); the "
                   "shorter goes on as silence")
                    .arg(QString::number(double(probe.durationMs) / 1000, 'f', 1),
                         QString::number(double(customer.durationMs) / 1000, 'f', 1),
                         job.customerRelative)};
    } else if (facts.channels.agentChannel >= probe.channels ||
               facts.channels.customerChannel >= probe.channels) {
        return reject(
            tr("the manifest puts a speaker on channel %1, but the recording has only "
               "%2 channel(s)")
                .arg(std::max(facts.channels.agentChannel, facts.channels.customerChannel) + 1)
                .arg(probe.channels));
    }

    Database& db = m_workspace.db();
    enum class Outcome { Duplicate, Imported, Joined };
    Outcome outcome = Outcome::Duplicate;
    QString createdAgent;
    const auto nullable = [](int channel) { return channel < 0 ? QVariant() : channel; };
    const Status status = db.transact(
        [&] {
            outcome = Outcome::Duplicate;
            createdAgent.clear();
            const qint64 now = m_workspace.now();
            if (job.legs()) {
                // A leg imported on its own before: the call it made becomes the pair.
                QSqlQuery lone =
                    db.exec(QStringLiteral("SELECT id, relative_path FROM calls WHERE "
                                           "second_leg_path IS NULL AND content_sha256 IN (?, ?)"),
                            {fileHash, customerHash});
                if (lone.next()) {
                    const qint64 callId = lone.value(0).toLongLong();
                    const QString was = lone.value(1).toString();
                    lone.finish();
                    db.exec(
                        QStringLiteral("UPDATE calls SET content_sha256 = ?, relative_path = ?, "
                                       "second_leg_path = ?, file_size = ?, format = ?, codec = ?, "
                                       "sample_rate = ?, channels = ?, duration_ms = ?, "
                                       "agent_channel = ?, customer_channel = ?, missing = ? "
                                       "WHERE id = ?"),
                        {hash, storedPath, storedSecond, shape.fileSize, shape.format, shape.codec,
                         shape.sampleRate, shape.channels, shape.durationMs, shape.agentChannel,
                         shape.customerChannel, false, callId});
                    // Talk analysis of one leg says nothing about the pair: analysed afresh.
                    db.exec(QStringLiteral("DELETE FROM call_analysis WHERE call_id = ?"),
                            {callId});
                    QJsonObject detail;
                    detail.insert(QStringLiteral("was"), was);
                    detail.insert(QStringLiteral("agent_leg"), storedPath);
                    detail.insert(QStringLiteral("customer_leg"), storedSecond);
                    detail.insert(QStringLiteral("sha256"), hash);
                    writeManifestMetrics(db, callId, facts, now, detail);
                    appendAudit(db, now,
                                {m_actor, QStringLiteral("call.legs_joined"),
                                 QStringLiteral("call"), QString::number(callId), detail});
                    announceChange(db, QStringLiteral("calls"));
                    outcome = Outcome::Joined;
                    return;
                }
            }
            const CallParties parties = resolveParties(db, facts, job, now, createdAgent);
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
            QSqlQuery q = db.exec(
                QStringLiteral(
                    "INSERT INTO calls (external_id, content_sha256, relative_path, "
                    "second_leg_path, file_size, format, codec, sample_rate, channels, "
                    "duration_ms, agent_channel, customer_channel, agent_id, team_id, "
                    "started_at, direction, queue, metadata, missing, imported_at, "
                    "search_folded) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (content_sha256) DO NOTHING RETURNING id"),
                {nullIfEmpty(facts.callId),
                 hash,
                 storedPath,
                 nullIfEmpty(storedSecond),
                 shape.fileSize,
                 shape.format,
                 shape.codec,
                 shape.sampleRate,
                 shape.channels,
                 shape.durationMs,
                 nullable(shape.agentChannel),
                 nullable(shape.customerChannel),
                 parties.agentId,
                 parties.teamId,
                 facts.startedAtMs ? QVariant(*facts.startedAtMs) : QVariant(),
                 nullIfEmpty(facts.direction),
                 nullIfEmpty(facts.queue),
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
            if (job.legs())
                detail.insert(QStringLiteral("customer_leg"), storedSecond);
            detail.insert(QStringLiteral("sha256"), hash);
            writeManifestMetrics(db, callId, facts, now, detail);
            if (!facts.agentId.isEmpty())
                detail.insert(QStringLiteral("agent"), facts.agentId.trimmed());
            if (!facts.team.isEmpty())
                detail.insert(QStringLiteral("team"), facts.team.trimmed());
            appendAudit(db, now,
                        {m_actor, QStringLiteral("call.import"), QStringLiteral("call"),
                         QString::number(callId), detail});
            announceChange(db, QStringLiteral("calls"));
            outcome = Outcome::Imported;
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
        outcome = Outcome::Duplicate;
    }
    if (outcome == Outcome::Imported)
        ++report.imported;
    else if (outcome == Outcome::Joined)
        ++report.legsJoined;
    else
        ++report.duplicates;
    if (!createdAgent.isEmpty() && !report.createdAgents.contains(createdAgent))
        report.createdAgents << createdAgent;
}

void CallImporter::writeManifestMetrics(Database& db, qint64 callId, const CallFacts& facts,
                                        qint64 now, QJsonObject& detail)
{
    if (facts.metrics.given.isEmpty())
        return;
    writeCallRow(db, callId, facts.metrics, m_manifestName, now);
    QStringList columns(facts.metrics.given.begin(), facts.metrics.given.end());
    columns.sort();
    detail.insert(QStringLiteral("metrics"), QJsonArray::fromStringList(columns));
    announceChange(db, QStringLiteral("metrics"));
}

void CallImporter::updateManifestMetrics(const QString& hash, const CallFacts& facts,
                                         const std::function<void(const QString&)>& reject)
{
    Database& db = m_workspace.db();
    const Status written = db.transact([&] {
        const QVariant callId =
            db.scalar(QStringLiteral("SELECT id FROM calls WHERE content_sha256 = ?"), {hash});
        if (!callId.isValid() || callMetricsStored(db, callId.toLongLong(), facts.metrics))
            return; // re-importing the same figures changes nothing
        QJsonObject detail;
        writeManifestMetrics(db, callId.toLongLong(), facts, m_workspace.now(), detail);
        appendAudit(db, m_workspace.now(),
                    {m_actor, QStringLiteral("call.metrics"), QStringLiteral("call"),
                     QString::number(callId.toLongLong()), detail});
    });
    if (!written)
        reject(written.error());
}

} // namespace callqa::review
