#include "review/metrics/metricrollup.h"

#include "review/agents/directory.h"
#include "review/metrics/callmetrics.h"
#include "review/metrics/evaluationmetrics.h"
#include "review/metrics/metriccatalog.h"
#include "review/metrics/metricrows.h"
#include "review/metrics/talkanalysismetrics.h"
#include "review/storage/workspace.h"
#include "review/textfold.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::MetricRollups", text);
}

// A request with its scope resolved to a row id (0 for the floor), or why it is refused.
struct ResolvedRequest {
    const MetricSeriesRequest* request = nullptr;
    qint64 scopeId = 0;
    QString refusal;
    QString onlyAgent; // an agent reading their team: their own contribution only
};

using Names = QHash<qint64, std::pair<QString, QString>>; // agent row id: external id, name

// Names of the agents `ids`, one query per 500.
Names namesOf(Database& db, const QList<qint64>& ids)
{
    Names names;
    for (qsizetype at = 0; at < ids.size(); at += 500) {
        QStringList list;
        for (qsizetype i = at; i < std::min(ids.size(), at + 500); ++i)
            list << QString::number(ids.at(i));
        QSqlQuery q = db.exec(QStringLiteral("SELECT id, external_id, name FROM agents WHERE id IN "
                                             "(%1)")
                                  .arg(list.join(QLatin1Char(','))));
        while (q.next())
            names.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    }
    return names;
}

template <typename Facts>
QList<Result<MetricSeries>> seriesOf(Database& db, const MetricRows<Facts>& rows,
                                     const std::function<Sample(const QList<Facts>&)>& sampler,
                                     const QList<ResolvedRequest>& requests)
{
    QHash<qint64, std::vector<qsizetype>> byAgent;
    QHash<qint64, std::vector<qsizetype>> byTeam;
    std::vector<qsizetype> every(rows.facts.size());
    for (qsizetype i = 0; i < rows.facts.size(); ++i) {
        every[size_t(i)] = i;
        byAgent[rows.agents[size_t(i)]].push_back(i);
        byTeam[rows.teams[size_t(i)]].push_back(i);
    }
    const std::vector<qsizetype> none;
    const auto rowsOf = [&](const ResolvedRequest& r) -> const std::vector<qsizetype>& {
        switch (r.request->scope.kind) {
        case MetricScope::Kind::Agent: {
            const auto it = byAgent.constFind(r.scopeId);
            return it == byAgent.constEnd() ? none : *it;
        }
        case MetricScope::Kind::Team: {
            const auto it = byTeam.constFind(r.scopeId);
            return it == byTeam.constEnd() ? none : *it;
        }
        case MetricScope::Kind::Floor:
            break;
        }
        return every;
    };
    const auto factsIn = [&](const std::vector<qsizetype>& indices, const DateWindow& w) {
        QList<Facts> facts;
        for (const qsizetype i : indices) {
            const qint64 t = rows.times[size_t(i)];
            if (t >= w.fromMs && t < w.toMs)
                facts << rows.facts.at(i);
        }
        return facts;
    };
    // The agents' figures of each request's window so far, named after one read of their names.
    QList<std::map<qint64, QList<Facts>>> contributions;
    QList<qint64> named;
    QList<Result<MetricSeries>> out;
    for (const ResolvedRequest& r : requests) {
        contributions.emplace_back();
        if (!r.refusal.isEmpty()) {
            out << Result<MetricSeries>::failure(r.refusal);
            continue;
        }
        const std::vector<qsizetype>& indices = rowsOf(r);
        MetricSeries series;
        const QList<Facts> current = factsIn(indices, r.request->current);
        series.current.sample = sampler(current);
        series.current.value = summarize(series.current.sample);
        for (const DateWindow& w : r.request->windows)
            series.windows << summarize(sampler(factsIn(indices, w)));
        for (const qsizetype i : indices) {
            const qint64 t = rows.times[size_t(i)];
            const qint64 agent = rows.agents[size_t(i)];
            if (agent != 0 && t >= r.request->current.fromMs && t < r.request->current.toMs)
                contributions.last()[agent] << rows.facts.at(i);
        }
        for (const auto& [agent, facts] : contributions.last())
            named << agent;
        out << series;
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    const Names names = namesOf(db, named);
    for (qsizetype k = 0; k < out.size(); ++k) {
        if (!out.at(k))
            continue;
        MetricRollup& rollup = out[k]->current;
        for (const auto& [agent, facts] : contributions.at(k)) {
            const auto name = names.value(agent);
            if (!requests.at(k).onlyAgent.isEmpty() && name.first != requests.at(k).onlyAgent)
                continue;
            rollup.agents << AgentContribution{name.first, name.second, summarize(sampler(facts))};
        }
        std::sort(rollup.agents.begin(), rollup.agents.end(),
                  [](const AgentContribution& a, const AgentContribution& b) {
                      return a.agentId < b.agentId;
                  });
    }
    return out;
}

using CallSampler = std::function<Sample(const QList<CallMetricFacts>&)>;

CallSampler callSamplerOf(const QString& id, Workspace& workspace, const RowFilter& f,
                          const DateWindow& span)
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
    const ContactStarts starts = contactStartsOf(loadContactsAround(workspace.db(), f, span, days));
    return [starts, days](const QList<CallMetricFacts>& c) {
        return repeatContactSample(c, starts, days);
    };
}

// Reads the rows of `kind`/`scopeId` over `span` and computes every request from them.
QList<Result<MetricSeries>> computeRequests(Workspace& workspace, const MetricInfo& metric,
                                            const QString& itemKey,
                                            const QList<ResolvedRequest>& requests,
                                            MetricScope::Kind kind, qint64 scopeId,
                                            const DateWindow& span)
{
    Database& db = workspace.db();
    if (metric.source == MetricSource::AgentDays)
        return seriesOf<AgentDayFacts>(
            db,
            loadAgentDayRows(db, rowFilterOf(kind, scopeId, span, QStringLiteral("d"),
                                             QStringLiteral("d.day_ms"))),
            customersPerDaySample, requests);
    const RowFilter f =
        rowFilterOf(kind, scopeId, span, QStringLiteral("c"), QStringLiteral("c.started_at"));
    const QString& id = metric.id;
    if (metric.source == MetricSource::Evaluations) {
        if (metric.needsItem)
            return seriesOf<ItemAnswerFacts>(db, loadItemAnswerRows(db, f, itemKey),
                                             itemComplianceSample, requests);
        if (id == QLatin1String("disputes_upheld_rate"))
            return seriesOf<DisputeOutcome>(db, loadDisputeRows(db, f), disputesUpheldSample,
                                            requests);
        const auto rows = loadEvaluationRows(db, f);
        if (id == QLatin1String("qa_score"))
            return seriesOf<EvaluationFacts>(db, rows, qaScoreSample, requests);
        if (id == QLatin1String("pass_rate"))
            return seriesOf<EvaluationFacts>(db, rows, passRateSample, requests);
        if (id == QLatin1String("critical_fail_rate"))
            return seriesOf<EvaluationFacts>(db, rows, criticalFailRateSample, requests);
        return seriesOf<EvaluationFacts>(db, rows, evaluationsDoneSample, requests);
    }
    if (metric.source == MetricSource::TalkAnalysis) {
        const auto rows = loadTalkRows(db, f);
        if (id == QLatin1String("dead_air_s"))
            return seriesOf<TalkFacts>(db, rows, deadAirSample, requests);
        if (id == QLatin1String("overtalk_share"))
            return seriesOf<TalkFacts>(db, rows, overtalkShareSample, requests);
        if (id == QLatin1String("agent_talk_share"))
            return seriesOf<TalkFacts>(db, rows, agentTalkShareSample, requests);
        return seriesOf<TalkFacts>(db, rows, longestMonologueSample, requests);
    }
    return seriesOf<CallMetricFacts>(db, loadCallMetricRows(db, f),
                                     callSamplerOf(id, workspace, f, span), requests);
}

} // namespace

MetricRollups::MetricRollups(Workspace& workspace, Actor actor)
    : m_workspace(workspace), m_actor(std::move(actor))
{
}

Result<MetricRollup> MetricRollups::compute(const MetricQuery& query)
{
    const auto series =
        computeSeries(query.metricId, query.itemKey, {{query.scope, query.window, {}}});
    if (!series)
        return Result<MetricRollup>::failure(series.error());
    if (!series->first())
        return Result<MetricRollup>::failure(series->first().error());
    return series->first()->current;
}

Result<QList<Result<MetricSeries>>>
MetricRollups::computeSeries(const QString& metricId, const QString& itemKey,
                             const QList<MetricSeriesRequest>& requests)
{
    using R = Result<QList<Result<MetricSeries>>>;
    if (requests.isEmpty())
        return QList<Result<MetricSeries>>{};
    const MetricInfo* metric = findMetric(metricId);
    if (!metric)
        return R::failure(tr("There is no metric \"%1\" (callqa metrics list).").arg(metricId));
    if (metric->needsItem && itemKey.isEmpty())
        return R::failure(tr("%1 needs an item key (--item KEY).").arg(metric->id));
    Database& db = m_workspace.db();
    try {
        Directory directory(db);
        // Scope ids by reference, read once for a batch of scopes.
        QHash<QString, qint64> agentIds;
        QHash<QString, qint64> teamIds;
        if (requests.size() > 1) {
            QSqlQuery a = db.exec(QStringLiteral("SELECT external_id, id FROM agents"));
            while (a.next())
                agentIds.insert(a.value(0).toString(), a.value(1).toLongLong());
            QSqlQuery t = db.exec(QStringLiteral("SELECT name_folded, id FROM teams"));
            while (t.next())
                teamIds.insert(t.value(0).toString(), t.value(1).toLongLong());
        }
        const auto idOf = [&](const MetricScope& scope) -> std::optional<qint64> {
            if (scope.kind == MetricScope::Kind::Agent) {
                if (requests.size() > 1) {
                    const auto it = agentIds.constFind(scope.ref.trimmed());
                    return it == agentIds.constEnd() ? std::nullopt : std::optional(*it);
                }
                const auto agent = directory.findAgent(scope.ref);
                return agent ? std::optional(agent->id) : std::nullopt;
            }
            if (requests.size() > 1) {
                const auto it = teamIds.constFind(foldForSearch(scope.ref));
                return it == teamIds.constEnd() ? std::nullopt : std::optional(*it);
            }
            const auto team = directory.findTeam(scope.ref);
            return team ? std::optional(team->id) : std::nullopt;
        };
        const Status readsAll = authorize(m_actor, Action::ReadAllEvaluations);
        std::optional<qint64> actorTeam;
        QString actorAgent;
        if (!readsAll && m_actor.agentId) {
            actorTeam = directory.teamAt(*m_actor.agentId, m_workspace.now());
            actorAgent = db.scalar(QStringLiteral("SELECT external_id FROM agents WHERE id = ?"),
                                   {*m_actor.agentId})
                             .toString();
        }
        QList<ResolvedRequest> resolved;
        DateWindow span{std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()};
        bool oneScope = true;
        for (const MetricSeriesRequest& request : requests) {
            ResolvedRequest r{&request, 0, {}, {}};
            const MetricScope& scope = request.scope;
            if (scope.kind != MetricScope::Kind::Floor) {
                const auto id = idOf(scope);
                if (!id)
                    r.refusal = scope.kind == MetricScope::Kind::Agent
                                    ? tr("There is no agent %1.").arg(scope.ref)
                                    : tr("There is no team \"%1\".").arg(scope.ref);
                r.scopeId = id.value_or(0);
            }
            const bool ownFigure = scope.kind == MetricScope::Kind::Agent && m_actor.agentId &&
                                   *m_actor.agentId == r.scopeId;
            const bool ownTeam =
                scope.kind == MetricScope::Kind::Team && actorTeam && *actorTeam == r.scopeId;
            if (r.refusal.isEmpty() && !readsAll && !ownFigure && !ownTeam)
                r.refusal = readsAll.error();
            // An agent sees their team's figure, and their own part of it, not their colleagues'.
            if (!readsAll && ownTeam)
                r.onlyAgent = actorAgent;
            if (r.refusal.isEmpty()) {
                for (DateWindow w : QList<DateWindow>{request.current} + request.windows) {
                    span.fromMs = std::min(span.fromMs, w.fromMs);
                    span.toMs = std::max(span.toMs, w.toMs);
                }
            }
            oneScope = oneScope && scope == requests.first().scope && r.refusal.isEmpty();
            resolved << r;
        }
        if (span.toMs < span.fromMs)
            span = {0, 0};
        // A few scopes (a screen's page): each its own rows, cheaper than the floor's.
        constexpr qsizetype kScopeByScope = 64;
        if (!oneScope && requests.size() <= kScopeByScope) {
            QList<Result<MetricSeries>> out;
            for (const ResolvedRequest& r : std::as_const(resolved)) {
                if (!r.refusal.isEmpty()) {
                    out << Result<MetricSeries>::failure(r.refusal);
                    continue;
                }
                DateWindow own = r.request->current;
                for (const DateWindow& w : r.request->windows) {
                    own.fromMs = std::min(own.fromMs, w.fromMs);
                    own.toMs = std::max(own.toMs, w.toMs);
                }
                out << computeRequests(m_workspace, *metric, itemKey, {r}, r.request->scope.kind,
                                       r.scopeId, own)
                           .first();
            }
            return out;
        }
        const MetricScope::Kind kind =
            oneScope ? requests.first().scope.kind : MetricScope::Kind::Floor;
        const qint64 scopeId = oneScope ? resolved.first().scopeId : 0;
        return computeRequests(m_workspace, *metric, itemKey, resolved, kind, scopeId, span);
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
