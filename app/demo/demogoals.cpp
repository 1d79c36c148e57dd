#include "app/demo/demogoals.h"

#include "app/callanalysis.h"
#include "app/demo/demobuilder.h"
#include "app/demo/demoscript.h"
#include "review/evaluations/evaluationstore.h"
#include "review/goals/goalstore.h"
#include "review/goals/goaltasks.h"
#include "review/metrics/metriccatalog.h"
#include "review/metrics/metricdata.h"
#include "review/metrics/metricsimporter.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QDateTime>

#include <random>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Demo", text);
}

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

review::Actor demoUser(const QString& login)
{
    review::Actor actor = review::Actor::owner();
    actor.login = login;
    return actor;
}

QString isoDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

// What the phone system and the survey say about one call, `daysAgo` days before today. The wait
// drops once the wait goal starts (24 days ago); NPS answers lean to promoters; CSAT stays
// around 4.
review::CallMetricRow callRow(const QString& callId, int index, qint64 startedAt, int daysAgo,
                              quint32 seed)
{
    std::mt19937 random(seed + 6151u * quint32(index + 1));
    review::CallMetricRow row;
    row.row = index + 1;
    row.callId = callId;
    review::CallMetricFacts& f = row.facts;
    const double wait = daysAgo > 24 ? 840 + double(random() % 180) : 280 + double(random() % 180);
    f.waitS = wait;
    f.answeredWithinS = wait;
    static const int csat[] = {3, 4, 4, 5, 4, 3, 5, 4};
    f.csat = csat[random() % 8];
    static const int nps[] = {10, 9, 9, 10, 8, 6, 10, 9};
    f.nps = nps[random() % 8];
    f.escalated = random() % 8 == 0;
    f.complaint = random() % 10 == 0;
    f.resolvedFirstContact = random() % 4 != 0;
    if (!*f.resolvedFirstContact) {
        f.caseId = QStringLiteral("CASE-%1").arg(1000 + index);
        f.caseOpenedAtMs = startedAt;
        f.caseResolvedAtMs = startedAt + qint64(4 + random() % 44) * 3600 * 1000;
    }
    f.customerId = QStringLiteral("CUST-%1").arg(index % 28 + 1, 3, 10, QLatin1Char('0'));
    row.given = {QStringLiteral("wait_s"),
                 QStringLiteral("answered_within_s"),
                 QStringLiteral("csat"),
                 QStringLiteral("nps"),
                 QStringLiteral("escalated"),
                 QStringLiteral("complaint"),
                 QStringLiteral("resolved_first_contact"),
                 QStringLiteral("customer_id")};
    if (!f.caseId.isEmpty())
        row.given += {QStringLiteral("case_id"), QStringLiteral("case_opened_at"),
                      QStringLiteral("case_resolved_at")};
    return row;
}

review::Status importMetrics(review::Workspace& workspace, const QStringList& callIds, quint32 seed,
                             qint64 today)
{
    review::MetricsFile file;
    for (qsizetype i = 0; i < callIds.size(); ++i) {
        const QVariant startedAt = workspace.db().scalar(
            QStringLiteral("SELECT started_at FROM calls WHERE external_id = ?"), {callIds[i]});
        if (startedAt.isNull())
            continue;
        const qint64 at = startedAt.toLongLong();
        const int daysAgo = int((today - at / kDayMs * kDayMs) / kDayMs);
        file.calls << callRow(callIds[i], int(i), at, daysAgo, seed);
    }
    // Customers served rise from about 20 to about 27 a day once the goal starts (30 days ago).
    std::mt19937 random(seed + 104723u);
    int row = int(file.calls.size());
    for (int daysAgo = 60; daysAgo >= 1; --daysAgo) {
        for (const DemoAgent& agent : demoAgents()) {
            review::AgentDayRow day;
            day.row = ++row;
            day.agentId = agent.id;
            day.dayMs = today - daysAgo * kDayMs;
            day.customersServed =
                daysAgo > 30 ? 18 + qint64(random() % 5) : 24 + qint64(random() % 8);
            file.agentDays << day;
        }
    }
    const auto report = review::MetricsImporter(workspace, demoUser(QStringLiteral("sara")))
                            .importParsed(file, QStringLiteral("demo"));
    if (!report)
        return review::Status::failure(report.error());
    if (!report->ok())
        return review::Status::failure(tr("row %1: %2")
                                           .arg(report->problems.first().row)
                                           .arg(report->problems.first().reason));
    return {};
}

struct DemoGoal {
    review::NewGoal goal;
    QList<std::pair<review::NewGoalTask, bool>> tasks; // the task, done
};

QList<DemoGoal> demoGoals(qint64 today)
{
    const auto day = [&](int offset) { return isoDay(today + offset * kDayMs); };
    const auto goal = [](QString scope, QString metric, QString item, QString direction,
                         std::optional<double> baseline, QString note, double target, QString start,
                         QString deadline, QString owner, QString why) {
        review::NewGoal g;
        g.scope = scope;
        g.metric = metric;
        g.itemKey = item;
        g.direction = direction;
        g.baseline = baseline;
        g.baselineNote = note;
        g.target = target;
        g.start = start;
        g.deadline = deadline;
        g.owner = owner;
        g.why = why;
        return g;
    };
    const QString floor = QStringLiteral("floor");
    const QString raise = QStringLiteral("raise");
    const QString lower = QStringLiteral("lower");
    const QString sara = QStringLiteral("sara");
    const QString mehmet = QStringLiteral("mehmet");
    QList<DemoGoal> goals;

    DemoGoal wait{goal(floor, QStringLiteral("wait_s"), {}, lower, 900,
                       tr("phone system report for last month: 15 minutes on average"), 300,
                       day(-24), day(6), sara,
                       tr("Customers wait 15 minutes before anyone answers; many hang up and "
                          "call again. Five minutes within a month.")),
                  {}};
    wait.tasks = {
        {{tr("Offer a callback instead of waiting in the billing queue"), sara, day(-17), {}},
         true},
        {{tr("Move two agents to the billing queue from 10:00 to 14:00"), mehmet, day(-10), {}},
         false},
        {{tr("Shorten the identity check in the opening script"),
          QStringLiteral("carla"),
          day(4),
          {}},
         false},
    };
    goals << wait;

    DemoGoal served{goal(floor, QStringLiteral("customers_per_day"), {}, raise, std::nullopt, {},
                         50, day(-30), day(60), mehmet,
                         tr("Each agent serves about 20 customers a day; with the new knowledge "
                            "base and the callback option 50 is possible.")),
                    {}};
    served.goal.baselineFrom = day(-60);
    served.goal.baselineTo = day(-31);
    goals << served;

    goals << DemoGoal{goal(floor, QStringLiteral("csat"), {}, raise, 3.8,
                           tr("survey average of the last quarter"), 4.4, day(-50), day(-20), sara,
                           tr("Satisfaction has been flat for a year; the survey comments ask for "
                              "fewer transfers.")),
                      {}};
    goals << DemoGoal{goal(floor, QStringLiteral("nps"), {}, raise, 10,
                           tr("survey of the last quarter"), 30, day(-40), day(20), sara,
                           tr("Customers who recommend us bring new ones; the first-contact fixes "
                              "should show here.")),
                      {}};
    goals << DemoGoal{goal(QStringLiteral("agent:a01"), QStringLiteral("escalation_rate"), {},
                           lower, 0.15, tr("team lead's count of last month"), 0.05, day(-60),
                           day(30), sara,
                           tr("Fewer calls handed to a manager: Jonas gets the authority to "
                              "refund small amounts himself.")),
                      {}};
    goals << DemoGoal{goal(floor, QStringLiteral("qa_score"), {}, raise, 80,
                           tr("QA report of the last quarter"), 90, day(-60), day(30), sara,
                           tr("The checklist is what customers notice; 90 % is where the best "
                              "team already is.")),
                      {}};
    goals << DemoGoal{goal(floor, QStringLiteral("item_compliance"),
                           QStringLiteral("thanked-customer"), raise, 0.7,
                           tr("QA report of the last quarter"), 0.95, day(-60), day(30), sara,
                           tr("Thanking the customer costs nothing and customers say they miss "
                              "it; on 95 % of calls.")),
                      {}};
    goals << DemoGoal{goal(floor, QStringLiteral("resolution_time_s"), {}, lower, 86400,
                           tr("case system, last quarter: a day from opening to the fix"), 28800,
                           day(7), day(97), mehmet,
                           tr("The customer has the fix within a working day: from next week the "
                              "second line takes cases the same morning.")),
                      {}};
    goals << DemoGoal{goal(floor, QStringLiteral("dead_air_s"), {}, lower, 3,
                           tr("QA listening sessions of the last quarter"), 0.5, day(-20), day(40),
                           QStringLiteral("carla"),
                           tr("Silence while the agent looks something up feels like being put on "
                              "hold; say what you are doing.")),
                      {}};
    return goals;
}

} // namespace

review::Status saveDemoGoals(review::Workspace& workspace, const QStringList& callIds, quint32 seed,
                             DemoSummary& summary)
{
    review::GoalStore store(workspace, demoUser(QStringLiteral("sara")));
    const auto existing = store.list();
    if (!existing)
        return review::Status::failure(existing.error());
    if (!existing->isEmpty())
        return {};
    const qint64 today = workspace.now() / kDayMs * kDayMs;
    if (const review::Status imported = importMetrics(workspace, callIds, seed, today); !imported)
        return imported;
    // Dead air per call comes from talk analysis, made as `callqa analyze` makes it.
    for (const QString& callId : callIds) {
        const qint64 id = review::findCallId(workspace, callId);
        if (id == 0)
            continue;
        if (const auto analysed = analyzeCall(workspace, demoUser(QStringLiteral("sara")), id);
            !analysed)
            return review::Status::failure(
                tr("Analysing %1 failed: %2").arg(callId, analysed.error()));
    }
    const QList<DemoGoal> goals = demoGoals(today);
    review::GoalTasks tasks(workspace, demoUser(QStringLiteral("sara")));
    for (const DemoGoal& goal : goals) {
        // A goal on a metric without data is refused (a demo of very few calls may have no
        // evaluations).
        const review::MetricInfo* metric = review::findMetric(goal.goal.metric);
        if (!metric || review::metricRowCount(workspace.db(), *metric) == 0)
            continue;
        const auto added = store.add(goal.goal);
        if (!added)
            return review::Status::failure(
                tr("%1 on %2: %3").arg(goal.goal.metric, goal.goal.scope, added.error()));
        ++summary.goals;
        for (const auto& [task, done] : goal.tasks) {
            const auto taskId = tasks.add(added->id, task);
            if (!taskId)
                return review::Status::failure(taskId.error());
            if (done) {
                if (const review::Status closed = tasks.markDone(added->id, *taskId); !closed)
                    return closed;
            }
        }
    }
    return {};
}

} // namespace callqa::app
