#include "review/metrics/metricrollup.h"

#include "checklists/answersjson.h"
#include "checklists/checklistjson.h"
#include "review/agents/directory.h"
#include "review/metrics/callmetrics.h"
#include "review/metrics/countedevaluations.h"
#include "review/metrics/evaluationmetrics.h"
#include "review/metrics/metriccatalog.h"
#include "review/metrics/talkanalysismetrics.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::MetricRollups", text);
}

template <typename Facts> struct Rows {
    QList<qint64> agents; // 0 when the row has no agent
    QList<Facts> facts;
};

// The scope and window as SQL over calls `c` (or agent_days `d` with `timeColumn` d.day_ms).
struct Filter {
    QString sql;
    QVariantList binds;
};

Filter filterOf(const MetricQuery& query, qint64 scopeId, const QString& alias,
                const QString& timeColumn)
{
    Filter f;
    f.sql = QStringLiteral(" AND %1 >= ? AND %1 < ?").arg(timeColumn);
    f.binds << query.window.fromMs << query.window.toMs;
    if (query.scope.kind == MetricScope::Kind::Agent) {
        f.sql += QStringLiteral(" AND %1.agent_id = ?").arg(alias);
        f.binds << scopeId;
    } else if (query.scope.kind == MetricScope::Kind::Team) {
        f.sql += QStringLiteral(" AND %1.team_id = ?").arg(alias);
        f.binds << scopeId;
    }
    return f;
}

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

Rows<EvaluationFacts> loadEvaluations(Database& db, const Filter& f)
{
    Rows<EvaluationFacts> rows;
    QSqlQuery q =
        db.exec(QStringLiteral(
                    "SELECT COALESCE(c.agent_id, 0), e.overall_score, e.passed, "
                    "e.critical_fail FROM evaluations e JOIN calls c ON c.id = e.call_id WHERE ") +
                    countedEvaluationsCondition(QStringLiteral("e")) + f.sql,
                f.binds);
    while (q.next()) {
        rows.agents << q.value(0).toLongLong();
        rows.facts << EvaluationFacts{optionalOf<double>(q.value(1)), q.value(2).toBool(),
                                      q.value(3).toBool()};
    }
    return rows;
}

// Decided disputes of evaluations (any revision) of the scope's calls in the window.
Rows<DisputeOutcome> loadDisputes(Database& db, const Filter& f)
{
    Rows<DisputeOutcome> rows;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT COALESCE(c.agent_id, 0), d.state FROM disputes d JOIN evaluations "
                       "e ON e.id = d.evaluation_id JOIN calls c ON c.id = e.call_id WHERE "
                       "d.state IN ('accepted', 'rejected')") +
            f.sql,
        f.binds);
    while (q.next()) {
        rows.agents << q.value(0).toLongLong();
        rows.facts << DisputeOutcome{q.value(1).toString() == QLatin1String("accepted")};
    }
    return rows;
}

Rows<ItemAnswerFacts> loadItemAnswers(Database& db, const Filter& f, const QString& itemKey)
{
    Rows<ItemAnswerFacts> rows;
    std::map<qint64, std::optional<checklists::Item>> items; // by checklist version id
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT COALESCE(c.agent_id, 0), e.checklist_version_id, a.answer_json "
                       "FROM evaluation_answers a JOIN evaluations e ON e.id = a.evaluation_id "
                       "JOIN calls c ON c.id = e.call_id WHERE a.item_key = ? AND ") +
            countedEvaluationsCondition(QStringLiteral("e")) + f.sql,
        QVariantList{itemKey} + f.binds);
    QList<std::tuple<qint64, qint64, QString>> raw;
    while (q.next())
        raw << std::tuple{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
    for (const auto& [agent, versionId, answerText] : raw) {
        if (items.find(versionId) == items.end()) {
            const auto parsed = checklists::fromJson(
                db.scalar(
                      QStringLiteral("SELECT content_json FROM checklist_versions WHERE id = ?"),
                      {versionId})
                    .toString()
                    .toUtf8());
            const checklists::Item* item = parsed.ok() ? parsed.value().findItem(itemKey) : nullptr;
            items[versionId] = item ? std::optional(*item) : std::nullopt;
        }
        const std::optional<checklists::Item>& item = items[versionId];
        const QJsonDocument value =
            QJsonDocument::fromJson(QByteArray("{\"v\":") + answerText.toUtf8() + "}");
        const auto answers = checklists::answersFromJsonObject(
            QJsonObject{{itemKey, value.object().value(QStringLiteral("v"))}});
        if (!item || !answers.ok())
            continue;
        rows.agents << agent;
        rows.facts << itemAnswerFacts(*item, answers.value().answer(itemKey));
    }
    return rows;
}

Rows<TalkFacts> loadTalk(Database& db, const Filter& f)
{
    Rows<TalkFacts> rows;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT COALESCE(c.agent_id, 0), t.duration_ms, t.agent_share, "
                               "t.dead_air_ms, t.overtalk_ms, t.longest_agent_monologue_ms FROM "
                               "call_analysis t JOIN calls c ON c.id = t.call_id WHERE 1 = 1") +
                    f.sql,
                f.binds);
    while (q.next()) {
        rows.agents << q.value(0).toLongLong();
        rows.facts << TalkFacts{q.value(1).toLongLong(), optionalOf<double>(q.value(2)),
                                q.value(3).toLongLong(), q.value(4).toLongLong(),
                                longOf(q.value(5))};
    }
    return rows;
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

Rows<CallMetricFacts> loadCallMetrics(Database& db, const Filter& f)
{
    Rows<CallMetricFacts> rows;
    QSqlQuery q = db.exec(QStringLiteral("SELECT COALESCE(c.agent_id, 0), ") + kCallMetricColumns +
                              QStringLiteral(" FROM call_metrics m JOIN calls c ON c.id = "
                                             "m.call_id WHERE 1 = 1") +
                              f.sql,
                          f.binds);
    while (q.next()) {
        rows.agents << q.value(0).toLongLong();
        rows.facts << callMetricFacts(q, 1);
    }
    return rows;
}

// Every contact with a customer id, wherever it falls: a repeat may come after the window.
QList<CallMetricFacts> loadEveryContact(Database& db)
{
    QList<CallMetricFacts> out;
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + kCallMetricColumns +
                          QStringLiteral(" FROM call_metrics m JOIN calls c ON c.id = m.call_id "
                                         "WHERE m.customer_id IS NOT NULL"));
    while (q.next())
        out << callMetricFacts(q, 0);
    return out;
}

Rows<AgentDayFacts> loadAgentDays(Database& db, const Filter& f)
{
    Rows<AgentDayFacts> rows;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT d.agent_id, d.customers_served FROM agent_days d WHERE 1 = 1") +
            f.sql,
        f.binds);
    while (q.next()) {
        rows.agents << q.value(0).toLongLong();
        rows.facts << AgentDayFacts{q.value(1).toLongLong()};
    }
    return rows;
}

template <typename Facts>
MetricRollup rollupOf(Database& db, const Rows<Facts>& rows,
                      const std::function<Sample(const QList<Facts>&)>& sampler)
{
    MetricRollup out;
    out.sample = sampler(rows.facts);
    out.value = summarize(out.sample);
    std::map<qint64, QList<Facts>> byAgent;
    for (qsizetype i = 0; i < rows.facts.size(); ++i) {
        if (rows.agents.at(i) != 0)
            byAgent[rows.agents.at(i)] << rows.facts.at(i);
    }
    for (const auto& [agentId, facts] : byAgent) {
        QSqlQuery q =
            db.exec(QStringLiteral("SELECT external_id, name FROM agents WHERE id = ?"), {agentId});
        q.next();
        out.agents << AgentContribution{q.value(0).toString(), q.value(1).toString(),
                                        summarize(sampler(facts))};
    }
    std::sort(out.agents.begin(), out.agents.end(),
              [](const AgentContribution& a, const AgentContribution& b) {
                  return a.agentId < b.agentId;
              });
    return out;
}

using CallSampler = std::function<Sample(const QList<CallMetricFacts>&)>;

CallSampler callSamplerOf(const QString& id, Workspace& workspace, Database& db)
{
    if (id == QLatin1String("csat"))
        return csatSample;
    if (id == QLatin1String("csat_percent"))
        return csatPercentSample;
    if (id == QLatin1String("nps"))
        return npsSample;
    if (id == QLatin1String("wait_s"))
        return waitSample;
    if (id == QLatin1String("wait_median_s"))
        return waitMedianSample;
    if (id == QLatin1String("escalation_rate"))
        return escalationRateSample;
    if (id == QLatin1String("complaint_rate"))
        return complaintRateSample;
    if (id == QLatin1String("fcr_rate"))
        return fcrRateSample;
    if (id == QLatin1String("recovery_rate"))
        return recoveryRateSample;
    if (id == QLatin1String("resolution_time_s"))
        return resolutionTimeSample;
    if (id == QLatin1String("service_level")) {
        const double threshold =
            workspace.setting(QString::fromLatin1(kServiceLevelSetting), QStringLiteral("20"))
                .toDouble();
        return [threshold](const QList<CallMetricFacts>& c) {
            return serviceLevelSample(c, threshold);
        };
    }
    const int days =
        workspace.setting(QString::fromLatin1(kRepeatContactSetting), QStringLiteral("7")).toInt();
    const QList<CallMetricFacts> every = loadEveryContact(db);
    return [every, days](const QList<CallMetricFacts>& c) {
        return repeatContactSample(c, every, days);
    };
}

} // namespace

MetricRollups::MetricRollups(Workspace& workspace, Actor actor)
    : m_workspace(workspace), m_actor(std::move(actor))
{
}

Result<MetricRollup> MetricRollups::compute(const MetricQuery& query)
{
    using R = Result<MetricRollup>;
    const MetricInfo* metric = findMetric(query.metricId);
    if (!metric)
        return R::failure(
            tr("There is no metric \"%1\" (callqa metrics list).").arg(query.metricId));
    if (metric->needsItem && query.itemKey.isEmpty())
        return R::failure(tr("%1 needs an item key (--item KEY).").arg(metric->id));
    Database& db = m_workspace.db();
    try {
        Directory directory(db);
        qint64 scopeId = 0;
        if (query.scope.kind == MetricScope::Kind::Agent) {
            const auto agent = directory.findAgent(query.scope.ref);
            if (!agent)
                return R::failure(tr("There is no agent %1.").arg(query.scope.ref));
            scopeId = agent->id;
        } else if (query.scope.kind == MetricScope::Kind::Team) {
            const auto team = directory.findTeam(query.scope.ref);
            if (!team)
                return R::failure(tr("There is no team \"%1\".").arg(query.scope.ref));
            scopeId = team->id;
        }
        const Status readsAll = authorize(m_actor, Action::ReadAllEvaluations);
        const bool ownFigure = query.scope.kind == MetricScope::Kind::Agent && m_actor.agentId &&
                               *m_actor.agentId == scopeId;
        const bool ownTeam = query.scope.kind == MetricScope::Kind::Team && m_actor.agentId &&
                             directory.teamAt(*m_actor.agentId, m_workspace.now()) == scopeId;
        if (!readsAll && !ownFigure && !ownTeam)
            return R::failure(readsAll.error());
        auto result = computeRows(query, *metric, scopeId);
        // An agent sees their team's figure, and their own part of it, not their colleagues'.
        if (!readsAll && ownTeam) {
            const QString own =
                db.scalar(QStringLiteral("SELECT external_id FROM agents WHERE id = ?"),
                          {*m_actor.agentId})
                    .toString();
            result.agents.removeIf([&](const AgentContribution& a) { return a.agentId != own; });
        }
        return result;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

MetricRollup MetricRollups::computeRows(const MetricQuery& query, const MetricInfo& info,
                                        qint64 scopeId)
{
    Database& db = m_workspace.db();
    const MetricInfo* metric = &info;
    if (metric->source == MetricSource::AgentDays)
        return rollupOf<AgentDayFacts>(
            db,
            loadAgentDays(
                db, filterOf(query, scopeId, QStringLiteral("d"), QStringLiteral("d.day_ms"))),
            customersPerDaySample);
    const Filter f = filterOf(query, scopeId, QStringLiteral("c"), QStringLiteral("c.started_at"));
    const QString& id = metric->id;
    if (metric->source == MetricSource::Evaluations) {
        if (metric->needsItem)
            return rollupOf<ItemAnswerFacts>(db, loadItemAnswers(db, f, query.itemKey),
                                             itemComplianceSample);
        if (id == QLatin1String("disputes_upheld_rate"))
            return rollupOf<DisputeOutcome>(db, loadDisputes(db, f), disputesUpheldSample);
        const auto rows = loadEvaluations(db, f);
        if (id == QLatin1String("qa_score"))
            return rollupOf<EvaluationFacts>(db, rows, qaScoreSample);
        if (id == QLatin1String("pass_rate"))
            return rollupOf<EvaluationFacts>(db, rows, passRateSample);
        if (id == QLatin1String("critical_fail_rate"))
            return rollupOf<EvaluationFacts>(db, rows, criticalFailRateSample);
        return rollupOf<EvaluationFacts>(db, rows, evaluationsDoneSample);
    }
    if (metric->source == MetricSource::TalkAnalysis) {
        const auto rows = loadTalk(db, f);
        if (id == QLatin1String("dead_air_s"))
            return rollupOf<TalkFacts>(db, rows, deadAirSample);
        if (id == QLatin1String("overtalk_share"))
            return rollupOf<TalkFacts>(db, rows, overtalkShareSample);
        if (id == QLatin1String("agent_talk_share"))
            return rollupOf<TalkFacts>(db, rows, agentTalkShareSample);
        return rollupOf<TalkFacts>(db, rows, longestMonologueSample);
    }
    return rollupOf<CallMetricFacts>(db, loadCallMetrics(db, f),
                                     callSamplerOf(id, m_workspace, db));
}

} // namespace callqa::review
