#include "review/metrics/metricrows.h"

#include "checklists/answersjson.h"
#include "checklists/checklistjson.h"
#include "review/metrics/countedevaluations.h"
#include "review/storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace callqa::review {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

template <typename T> std::optional<T> optionalOf(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    return value.value<T>();
}

std::optional<bool> flagOf(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    return value.toBool();
}

std::optional<qint64> longOf(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    return value.toLongLong();
}

// The three leading columns every row query selects: agent, team, time.
const QString kCallKeys =
    QStringLiteral("COALESCE(c.agent_id, 0), COALESCE(c.team_id, 0), COALESCE(c.started_at, 0)");

template <typename Facts> void addKeys(MetricRows<Facts>& rows, const QSqlQuery& q)
{
    rows.agents.push_back(q.value(0).toLongLong());
    rows.teams.push_back(q.value(1).toLongLong());
    rows.times.push_back(q.value(2).toLongLong());
}

const QString kCallMetricColumns = QStringLiteral(
    "m.call_id, c.started_at, m.wait_s, m.handle_s, m.answered_within_s, m.csat, m.nps, "
    "m.escalated, m.complaint, m.resolved_first_contact, m.case_id, m.case_opened_at, "
    "m.case_resolved_at, m.recovered, m.customer_id");

CallMetricFacts callMetricFacts(const QSqlQuery& q, int first)
{
    CallMetricFacts c;
    c.callId = q.value(first).toLongLong();
    c.startedAtMs = longOf(q.value(first + 1));
    c.waitS = optionalOf<double>(q.value(first + 2));
    c.handleS = optionalOf<double>(q.value(first + 3));
    c.answeredWithinS = optionalOf<double>(q.value(first + 4));
    if (const auto csat = longOf(q.value(first + 5)))
        c.csat = int(*csat);
    if (const auto nps = longOf(q.value(first + 6)))
        c.nps = int(*nps);
    c.escalated = flagOf(q.value(first + 7));
    c.complaint = flagOf(q.value(first + 8));
    c.resolvedFirstContact = flagOf(q.value(first + 9));
    c.caseId = q.value(first + 10).toString();
    c.caseOpenedAtMs = longOf(q.value(first + 11));
    c.caseResolvedAtMs = longOf(q.value(first + 12));
    c.recovered = flagOf(q.value(first + 13));
    c.customerId = q.value(first + 14).toString();
    return c;
}

} // namespace

RowFilter rowFilterOf(MetricScope::Kind kind, qint64 scopeId, const DateWindow& window,
                      const QString& alias, const QString& timeColumn)
{
    RowFilter f;
    f.sql = QStringLiteral(" AND %1 >= ? AND %1 < ?").arg(timeColumn);
    f.binds << window.fromMs << window.toMs;
    if (kind == MetricScope::Kind::Agent) {
        f.sql += QStringLiteral(" AND %1.agent_id = ?").arg(alias);
        f.binds << scopeId;
    } else if (kind == MetricScope::Kind::Team) {
        f.sql += QStringLiteral(" AND %1.team_id = ?").arg(alias);
        f.binds << scopeId;
    }
    return f;
}

MetricRows<EvaluationFacts> loadEvaluationRows(Database& db, const RowFilter& f)
{
    MetricRows<EvaluationFacts> rows;
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + kCallKeys +
                              QStringLiteral(", e.overall_score, e.passed, e.critical_fail FROM "
                                             "evaluations e JOIN calls c ON c.id = e.call_id "
                                             "WHERE ") +
                              countedEvaluationsCondition(QStringLiteral("e")) + f.sql,
                          f.binds);
    while (q.next()) {
        addKeys(rows, q);
        rows.facts << EvaluationFacts{optionalOf<double>(q.value(3)), q.value(4).toBool(),
                                      q.value(5).toBool()};
    }
    return rows;
}

// Decided disputes of evaluations (any revision) of the scope's calls in the window.
MetricRows<DisputeOutcome> loadDisputeRows(Database& db, const RowFilter& f)
{
    MetricRows<DisputeOutcome> rows;
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + kCallKeys +
                              QStringLiteral(", d.state FROM disputes d JOIN evaluations e ON "
                                             "e.id = d.evaluation_id JOIN calls c ON c.id = "
                                             "e.call_id WHERE d.state IN ('accepted', "
                                             "'rejected')") +
                              f.sql,
                          f.binds);
    while (q.next()) {
        addKeys(rows, q);
        rows.facts << DisputeOutcome{q.value(3).toString() == QLatin1String("accepted")};
    }
    return rows;
}

MetricRows<ItemAnswerFacts> loadItemAnswerRows(Database& db, const RowFilter& f,
                                               const QString& itemKey)
{
    MetricRows<ItemAnswerFacts> rows;
    std::map<qint64, std::optional<checklists::Item>> items; // by checklist version id
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT ") + kCallKeys +
            QStringLiteral(", e.checklist_version_id, a.answer_json FROM evaluation_answers a "
                           "JOIN evaluations e ON e.id = a.evaluation_id JOIN calls c ON c.id = "
                           "e.call_id WHERE a.item_key = ? AND ") +
            countedEvaluationsCondition(QStringLiteral("e")) + f.sql,
        QVariantList{itemKey} + f.binds);
    struct Raw {
        qint64 agent, team, time, versionId;
        QString answer;
    };
    QList<Raw> raw;
    while (q.next())
        raw << Raw{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                   q.value(3).toLongLong(), q.value(4).toString()};
    QHash<QString, std::optional<ItemAnswerFacts>> factsByAnswer; // per version, answers repeat
    for (const Raw& r : raw) {
        if (items.find(r.versionId) == items.end()) {
            const auto parsed = checklists::fromJson(
                db.scalar(
                      QStringLiteral("SELECT content_json FROM checklist_versions WHERE id = ?"),
                      {r.versionId})
                    .toString()
                    .toUtf8());
            const checklists::Item* item = parsed.ok() ? parsed.value().findItem(itemKey) : nullptr;
            items[r.versionId] = item ? std::optional(*item) : std::nullopt;
        }
        const std::optional<checklists::Item>& item = items[r.versionId];
        if (!item)
            continue;
        const QString cacheKey = QString::number(r.versionId) + QLatin1Char(':') + r.answer;
        auto cached = factsByAnswer.find(cacheKey);
        if (cached == factsByAnswer.end()) {
            const QJsonDocument value =
                QJsonDocument::fromJson(QByteArray("{\"v\":") + r.answer.toUtf8() + "}");
            const auto answers = checklists::answersFromJsonObject(
                QJsonObject{{itemKey, value.object().value(QStringLiteral("v"))}});
            cached = factsByAnswer.insert(
                cacheKey,
                answers.ok()
                    ? std::optional(itemAnswerFacts(*item, answers.value().answer(itemKey)))
                    : std::nullopt);
        }
        if (!*cached)
            continue;
        rows.agents.push_back(r.agent);
        rows.teams.push_back(r.team);
        rows.times.push_back(r.time);
        rows.facts << **cached;
    }
    return rows;
}

MetricRows<TalkFacts> loadTalkRows(Database& db, const RowFilter& f)
{
    MetricRows<TalkFacts> rows;
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + kCallKeys +
                              QStringLiteral(", t.duration_ms, t.agent_share, t.dead_air_ms, "
                                             "t.overtalk_ms, t.longest_agent_monologue_ms FROM "
                                             "call_analysis t JOIN calls c ON c.id = t.call_id "
                                             "WHERE 1 = 1") +
                              f.sql,
                          f.binds);
    while (q.next()) {
        addKeys(rows, q);
        rows.facts << TalkFacts{q.value(3).toLongLong(), optionalOf<double>(q.value(4)),
                                q.value(5).toLongLong(), q.value(6).toLongLong(),
                                longOf(q.value(7))};
    }
    return rows;
}

MetricRows<CallMetricFacts> loadCallMetricRows(Database& db, const RowFilter& f)
{
    MetricRows<CallMetricFacts> rows;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT ") + kCallKeys + QStringLiteral(", ") + kCallMetricColumns +
                    QStringLiteral(" FROM call_metrics m JOIN calls c ON c.id = "
                                   "m.call_id WHERE 1 = 1") +
                    f.sql,
                f.binds);
    while (q.next()) {
        addKeys(rows, q);
        rows.facts << callMetricFacts(q, 3);
    }
    return rows;
}

QList<CallMetricFacts> loadContactsAround(Database& db, const RowFilter& f,
                                          const DateWindow& window, int days)
{
    QList<CallMetricFacts> out;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT ") + kCallMetricColumns +
            QStringLiteral(" FROM call_metrics m JOIN calls c ON c.id = m.call_id WHERE "
                           "c.started_at >= ? AND c.started_at <= ? AND m.customer_id IN (SELECT "
                           "m.customer_id FROM call_metrics m JOIN calls c ON c.id = m.call_id "
                           "WHERE m.customer_id IS NOT NULL") +
            f.sql + QStringLiteral(")"),
        QVariantList{window.fromMs, window.toMs + qint64(days) * kDayMs} + f.binds);
    while (q.next())
        out << callMetricFacts(q, 0);
    return out;
}

MetricRows<AgentDayFacts> loadAgentDayRows(Database& db, const RowFilter& f)
{
    MetricRows<AgentDayFacts> rows;
    QSqlQuery q = db.exec(QStringLiteral("SELECT d.agent_id, COALESCE(d.team_id, 0), d.day_ms, "
                                         "d.customers_served FROM agent_days d WHERE 1 = 1") +
                              f.sql,
                          f.binds);
    while (q.next()) {
        addKeys(rows, q);
        rows.facts << AgentDayFacts{q.value(3).toLongLong()};
    }
    return rows;
}

} // namespace callqa::review
