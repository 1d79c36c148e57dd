#include "bench/goals/goalsworkspace.h"

#include "review/checklists/checkliststore.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace callqa::bench {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Rows 1..n of a counter, as the head of an INSERT ... SELECT on both backends.
QString counter(qint64 n, const QString& name = QStringLiteral("n"))
{
    return QStringLiteral(
               "WITH RECURSIVE %1(i) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT i + 1 "
               "FROM %1 WHERE i < %2) ")
        .arg(name)
        .arg(n);
}

QByteArray checklistJson(int answers)
{
    QJsonArray items;
    for (int j = 1; j <= answers; ++j)
        items.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("item-%1").arg(j)},
                                 {QStringLiteral("prompt"), QStringLiteral("Item %1").arg(j)},
                                 {QStringLiteral("type"), QStringLiteral("yes_no")},
                                 {QStringLiteral("points"), 1}});
    const QJsonObject section{{QStringLiteral("key"), QStringLiteral("all")},
                              {QStringLiteral("title"), QStringLiteral("All")},
                              {QStringLiteral("weight"), 1},
                              {QStringLiteral("items"), items}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("schema"), QStringLiteral("callqa.checklist/1")},
                           {QStringLiteral("key"), QStringLiteral("bench")},
                           {QStringLiteral("name"), QStringLiteral("Bench")},
                           {QStringLiteral("pass_mark"), 80},
                           {QStringLiteral("sections"), QJsonArray{section}}})
        .toJson();
}

// Direction, baseline and target of the generated goals of a metric.
struct GoalTerms {
    const char* direction;
    double baseline;
    double target;
};

GoalTerms termsOf(const QString& metric)
{
    if (metric == QLatin1String("qa_score"))
        return {"raise", 70, 80};
    if (metric == QLatin1String("pass_rate"))
        return {"raise", 0.3, 0.5};
    if (metric == QLatin1String("item_compliance"))
        return {"raise", 0.8, 0.95};
    if (metric == QLatin1String("csat"))
        return {"raise", 3, 4};
    if (metric == QLatin1String("escalation_rate"))
        return {"lower", 0.08, 0.04};
    if (metric == QLatin1String("repeat_contact_rate"))
        return {"lower", 0.6, 0.4};
    return {"raise", 30, 40}; // customers_per_day
}

} // namespace

GoalsCalendar goalsCalendar(const GoalsWorkspaceSize& size)
{
    GoalsCalendar c;
    c.firstDayMs = QDate(2026, 1, 5).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 startDay = std::max<qint64>(28, size.days() - 74);
    c.startMs = c.firstDayMs + startDay * kDayMs;
    c.baselineFromMs = c.startMs - 28 * kDayMs;
    c.deadlineMs = c.startMs + 83 * kDayMs;
    c.nowMs = c.startMs + 42 * kDayMs + kDayMs / 2;
    return c;
}

qint64 fillGoalsWorkspace(review::Workspace& workspace, const GoalsWorkspaceSize& size)
{
    review::Database& db = workspace.db();
    const review::Actor owner = review::Actor::owner();
    review::ChecklistStore checklists(workspace, owner);
    if (const auto draft = checklists.importDraft(checklistJson(size.answers)); !draft)
        throw review::DbError(draft.error(), {}, false, false);
    const auto version = checklists.publish(QStringLiteral("bench"));
    if (!version)
        throw review::DbError(version.error(), {}, false, false);
    const GoalsCalendar cal = goalsCalendar(size);
    const qint64 A = size.agents;
    const qint64 T = size.teams;
    const qint64 D = size.days();
    const qint64 E = A * D;
    const QString day0 = QString::number(cal.firstDayMs);
    const QString dayMs = QStringLiteral("CAST(%1 AS BIGINT)").arg(kDayMs); // int4 would overflow
    const QString half = QString::number(D / 2);
    // The team of agent `a` on day `d`: every 50th agent moves to the next team half-way.
    const auto teamOf = [&](const QString& a, const QString& d) {
        return QStringLiteral(
                   "(CASE WHEN %1 % 50 = 0 AND %2 >= %3 THEN %1 % %4 + 1 ELSE (%1 - 1) % "
                   "%4 + 1 END)")
            .arg(a, d, half)
            .arg(T);
    };
    const review::Status filled = db.transact([&] {
        db.exec(QStringLiteral("INSERT INTO teams (id, name, name_folded, created_at) ") +
                counter(T) +
                QStringLiteral("SELECT i, 'Team ' || i, 'team ' || i, %1 FROM n").arg(day0));
        db.exec(QStringLiteral("INSERT INTO agents (id, external_id, name, name_folded, "
                               "search_folded, active, created_at) ") +
                counter(A) +
                QStringLiteral("SELECT i, 'A' || i, 'Agent ' || i, 'agent ' || i, 'agent ' || i, "
                               "TRUE, %1 FROM n")
                    .arg(day0));
        db.exec(QStringLiteral("INSERT INTO agent_teams (agent_id, team_id, from_ms, to_ms) ") +
                counter(A) +
                QStringLiteral("SELECT i, (i - 1) % %1 + 1, %2, CASE WHEN i % 50 = 0 THEN %2 + %3 "
                               "* %4 END FROM n")
                    .arg(T)
                    .arg(day0, half, dayMs));
        db.exec(QStringLiteral("INSERT INTO agent_teams (agent_id, team_id, from_ms) ") +
                counter(A) +
                QStringLiteral("SELECT i, i % %1 + 1, %2 + %3 * %4 FROM n WHERE i % 50 = 0")
                    .arg(T)
                    .arg(day0, half, dayMs));
        // Call k: agent (k - 1) % A + 1 on day (k - 1) / A.
        const QString agent = QStringLiteral("((i - 1) % %1 + 1)").arg(A);
        const QString day = QStringLiteral("((i - 1) / %1)").arg(A);
        db.exec(QStringLiteral("INSERT INTO calls (id, external_id, content_sha256, relative_path, "
                               "file_size, format, codec, sample_rate, channels, duration_ms, "
                               "agent_channel, customer_channel, agent_id, team_id, started_at, "
                               "direction, queue, missing, imported_at) ") +
                counter(E) +
                QStringLiteral("SELECT i, 'call-' || i, 'sha-' || i, 'calls/' || i || '.wav', "
                               "1000000, 'wav', 'pcm_s16le', 8000, 2, 180000 + (i * 7919) % "
                               "600000, 0, 1, %1, %2, %3 + %4 * %5 + 28800000 + (%1 % 480) * "
                               "60000, 'inbound', 'support', FALSE, %3 FROM n")
                    .arg(agent, teamOf(agent, day), day0, day, dayMs));
        db.exec(QStringLiteral("INSERT INTO evaluations (id, call_id, checklist_version_id, "
                               "reviewer, status, overall_score, passed, critical_fail, "
                               "created_at, submitted_at) ") +
                counter(E) +
                QStringLiteral("SELECT i, i, %1, 'bench', 'submitted', 50 + (i * 37) % 51, (50 + "
                               "(i * 37) % 51) >= 80, i % 29 = 0, %2, %2 FROM n")
                    .arg(version->id)
                    .arg(cal.nowMs));
        db.exec(QStringLiteral("INSERT INTO evaluation_answers (evaluation_id, item_key, "
                               "answer_json) ") +
                counter(size.answers, QStringLiteral("k")) +
                QStringLiteral("SELECT e.id, 'item-' || k.i, CASE WHEN (e.id * k.i) % 7 = 0 THEN "
                               "'\"no\"' ELSE '\"yes\"' END FROM evaluations e CROSS JOIN k"));
        // A customer calls about three times; some come back within the repeat window.
        db.exec(QStringLiteral("INSERT INTO call_metrics (call_id, wait_s, handle_s, "
                               "answered_within_s, csat, nps, escalated, complaint, "
                               "resolved_first_contact, customer_id, source, updated_at) ") +
                counter(E) +
                QStringLiteral("SELECT i, (i * 13) % 900, 120 + (i * 7) % 600, (i * 17) % 60, 1 + "
                               "(i * 7) % 5, (i * 11) % 11, i % 17 = 0, i % 23 = 0, i % 3 <> 0, "
                               "'C' || ((i * 7919) % %1), 'bench', %2 FROM n")
                    .arg(std::max<qint64>(1, E / 3))
                    .arg(cal.nowMs));
        const QString dayAgent = QStringLiteral("((i - 1) % %1 + 1)").arg(A);
        const QString dayIndex = QStringLiteral("((i - 1) / %1)").arg(A);
        db.exec(
            QStringLiteral("INSERT INTO agent_days (agent_id, day_ms, team_id, "
                           "customers_served, source, updated_at) ") +
            counter(E) +
            QStringLiteral("SELECT %1, %2 + %3 * %4, %5, 20 + (i * 31) % 31, 'bench', %6 FROM n")
                .arg(dayAgent, day0, dayIndex, dayMs, teamOf(dayAgent, dayIndex))
                .arg(cal.nowMs));
        for (const QString& metric : size.metrics) {
            const GoalTerms terms = termsOf(metric);
            const QString item = metric == QLatin1String("item_compliance")
                                     ? QStringLiteral("'item-3'")
                                     : QStringLiteral("NULL");
            const QString values = QStringLiteral("'%1', %2, '%3', %4, %5, %6, 'bench', %7")
                                       .arg(metric, item, QString::fromLatin1(terms.direction))
                                       .arg(terms.baseline)
                                       .arg(cal.baselineFromMs)
                                       .arg(cal.startMs)
                                       .arg(cal.nowMs);
            const QString insert = QStringLiteral(
                "INSERT INTO goals (scope, metric, item_key, direction, baseline, baseline_from, "
                "baseline_to, created_by, created_at) ");
            db.exec(insert + QStringLiteral("SELECT 'agent:' || external_id, ") + values +
                    QStringLiteral(" FROM agents ORDER BY id"));
            db.exec(insert + QStringLiteral("SELECT 'team:' || name, ") + values +
                    QStringLiteral(" FROM teams ORDER BY id"));
            db.exec(insert + QStringLiteral("VALUES ('floor', ") + values + QStringLiteral(")"));
            db.exec(QStringLiteral("INSERT INTO goal_versions (goal_id, version, target, start_ms, "
                                   "deadline_ms, why, changed_by, changed_at) SELECT id, 1, %1, "
                                   "%2, %3, 'Bench goal', 'bench', %4 FROM goals WHERE metric = "
                                   "'%5'")
                        .arg(terms.target)
                        .arg(cal.startMs)
                        .arg(cal.deadlineMs)
                        .arg(cal.nowMs)
                        .arg(metric));
        }
        db.exec(QStringLiteral("INSERT INTO goal_tasks (goal_id, title, owner, due_ms, done, "
                               "created_by, created_at) SELECT id, 'Coach the team', 'lead', %1, "
                               "id % 2 = 0, 'bench', %2 FROM goals WHERE scope LIKE 'team:%'")
                    .arg(cal.startMs + 14 * kDayMs)
                    .arg(cal.nowMs));
    });
    if (!filled)
        throw review::DbError(filled.error(), {}, false, false);
    db.exec(QStringLiteral("ANALYZE"));
    return db.scalar(QStringLiteral("SELECT count(*) FROM goals")).toLongLong();
}

} // namespace callqa::bench
