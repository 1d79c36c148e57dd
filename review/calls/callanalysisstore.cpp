#include "review/calls/callanalysisstore.h"

#include "review/audit/auditlog.h"
#include "review/storage/database.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::CallAnalysisStore", text);
}

template <typename T> std::optional<T> optionalOf(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

QVariant nullable(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullable(const std::optional<int>& value)
{
    return value ? QVariant(qint64(*value)) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullable(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

} // namespace

CallAnalysisStore::CallAnalysisStore(Workspace& workspace, Actor actor)
    : m_workspace(workspace), m_actor(std::move(actor))
{
}

std::optional<CallRecording> readCallRecording(Database& db, qint64 callId)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT content_sha256, relative_path, channels, "
                                         "agent_channel, customer_channel, second_leg_path FROM "
                                         "calls WHERE id = ?"),
                          {callId});
    if (!q.next())
        return std::nullopt;
    CallRecording recording;
    recording.callId = callId;
    recording.contentSha256 = q.value(0).toString();
    recording.storedPath = q.value(1).toString();
    recording.channels = q.value(2).toInt();
    recording.agentChannel = optionalOf<int>(q.value(3));
    recording.customerChannel = optionalOf<int>(q.value(4));
    recording.secondLegStoredPath = q.value(5).toString();
    return recording;
}

Result<CallRecording> CallAnalysisStore::recording(qint64 callId)
{
    if (const Status allowed = authorize(m_actor, Action::ReadCalls); !allowed)
        return Result<CallRecording>::failure(allowed.error());
    try {
        const auto recording = readCallRecording(m_workspace.db(), callId);
        if (!recording)
            return Result<CallRecording>::failure(tr("There is no call with id %1.").arg(callId));
        return *recording;
    } catch (const DbError& error) {
        return Result<CallRecording>::failure(error.message());
    }
}

Result<std::optional<QByteArray>> CallAnalysisStore::peaks(const QString& contentSha256)
{
    using R = Result<std::optional<QByteArray>>;
    if (const Status allowed = authorize(m_actor, Action::ReadCalls); !allowed)
        return R::failure(allowed.error());
    try {
        const QVariant data = m_workspace.db().scalar(
            QStringLiteral("SELECT data FROM recording_peaks WHERE content_sha256 = ?"),
            {contentSha256});
        return data.isValid() ? std::optional<QByteArray>(data.toByteArray()) : std::nullopt;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Status CallAnalysisStore::savePeaks(const QString& contentSha256, const QByteArray& data)
{
    if (const Status allowed = authorize(m_actor, Action::ReadCalls); !allowed)
        return allowed;
    Database& db = m_workspace.db();
    // An upsert, not DELETE + INSERT: two workstations storing the peaks of one recording at once
    // both succeed (the later one wins) instead of one failing on the primary key.
    return db.transact(
        [&] {
            const qint64 now = m_workspace.now();
            db.exec(QStringLiteral("INSERT INTO recording_peaks (content_sha256, data, created_at) "
                                   "VALUES (?, ?, ?) ON CONFLICT (content_sha256) DO UPDATE SET "
                                   "data = excluded.data, created_at = excluded.created_at"),
                    {contentSha256, data, now});
            appendAudit(db, now,
                        {m_actor.login, QStringLiteral("recording.peaks"),
                         QStringLiteral("recording"), contentSha256,
                         QJsonObject{{QStringLiteral("bytes"), data.size()}}});
        },
        TransactOptions{.retryUniqueViolation = true});
}

Result<std::optional<CallTalkMetrics>> CallAnalysisStore::talk(qint64 callId)
{
    using R = Result<std::optional<CallTalkMetrics>>;
    if (const Status allowed = authorize(m_actor, Action::ReadCalls); !allowed)
        return R::failure(allowed.error());
    try {
        QSqlQuery q = m_workspace.db().exec(
            QStringLiteral("SELECT duration_ms, agent_talk_ms, customer_talk_ms, agent_share, "
                           "customer_share, dead_air_ms, dead_air_count, overtalk_ms, "
                           "overtalk_count, longest_agent_monologue_ms, "
                           "longest_customer_monologue_ms, detail, analyzed_at, talk_ms, sides, "
                           "detector_version FROM call_analysis WHERE call_id = ?"),
            {callId});
        if (!q.next())
            return std::optional<CallTalkMetrics>();
        CallTalkMetrics m;
        m.callId = callId;
        m.durationMs = q.value(0).toLongLong();
        m.agentTalkMs = optionalOf<qint64>(q.value(1));
        m.customerTalkMs = optionalOf<qint64>(q.value(2));
        m.agentShare = optionalOf<double>(q.value(3));
        m.customerShare = optionalOf<double>(q.value(4));
        m.deadAirMs = q.value(5).toLongLong();
        m.deadAirCount = q.value(6).toInt();
        m.overtalkMs = optionalOf<qint64>(q.value(7));
        m.overtalkCount = optionalOf<int>(q.value(8));
        m.longestAgentMonologueMs = optionalOf<qint64>(q.value(9));
        m.longestCustomerMonologueMs = optionalOf<qint64>(q.value(10));
        m.detail = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
        m.analyzedAt = q.value(12).toLongLong();
        m.talkMs = optionalOf<qint64>(q.value(13));
        m.sides = q.value(14).toInt();
        m.detectorVersion = q.value(15).toInt();
        return std::optional<CallTalkMetrics>(m);
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Status CallAnalysisStore::saveTalk(const CallTalkMetrics& m)
{
    if (const Status allowed = authorize(m_actor, Action::ReadCalls); !allowed)
        return allowed;
    Database& db = m_workspace.db();
    return db.transact(
        [&] {
            db.exec(
                QStringLiteral(
                    "INSERT INTO call_analysis (call_id, duration_ms, agent_talk_ms, "
                    "customer_talk_ms, agent_share, customer_share, dead_air_ms, dead_air_count, "
                    "overtalk_ms, overtalk_count, longest_agent_monologue_ms, "
                    "longest_customer_monologue_ms, detail, analyzed_at, talk_ms, sides, "
                    "detector_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?) ON CONFLICT (call_id) DO UPDATE SET "
                    "duration_ms = excluded.duration_ms, agent_talk_ms = excluded.agent_talk_ms, "
                    "customer_talk_ms = excluded.customer_talk_ms, "
                    "agent_share = excluded.agent_share, "
                    "customer_share = excluded.customer_share, "
                    "dead_air_ms = excluded.dead_air_ms, "
                    "dead_air_count = excluded.dead_air_count, "
                    "overtalk_ms = excluded.overtalk_ms, "
                    "overtalk_count = excluded.overtalk_count, "
                    "longest_agent_monologue_ms = excluded.longest_agent_monologue_ms, "
                    "longest_customer_monologue_ms = excluded.longest_customer_monologue_ms, "
                    "detail = excluded.detail, analyzed_at = excluded.analyzed_at, "
                    "talk_ms = excluded.talk_ms, sides = excluded.sides, "
                    "detector_version = excluded.detector_version"),
                {m.callId, m.durationMs, nullable(m.agentTalkMs), nullable(m.customerTalkMs),
                 nullable(m.agentShare), nullable(m.customerShare), m.deadAirMs, m.deadAirCount,
                 nullable(m.overtalkMs), nullable(m.overtalkCount),
                 nullable(m.longestAgentMonologueMs), nullable(m.longestCustomerMonologueMs),
                 QString::fromUtf8(QJsonDocument(m.detail).toJson(QJsonDocument::Compact)),
                 m.analyzedAt, nullable(m.talkMs), m.sides, m.detectorVersion});
            appendAudit(db, m_workspace.now(),
                        {m_actor.login, QStringLiteral("call.analysis"), QStringLiteral("call"),
                         QString::number(m.callId),
                         QJsonObject{{QStringLiteral("dead_air_ms"), m.deadAirMs},
                                     {QStringLiteral("overtalk_ms"),
                                      m.overtalkMs ? QJsonValue(*m.overtalkMs) : QJsonValue()},
                                     {QStringLiteral("detector_version"), m.detectorVersion}}});
        },
        TransactOptions{.retryUniqueViolation = true});
}

} // namespace callqa::review
