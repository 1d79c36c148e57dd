#include "app/callanalysis.h"
#include "app/workstationimport.h"
#include "checklists/defaultchecklist.h"
#include "checklists/sampleanswers.h"
#include "review/agents/agentedit.h"
#include "review/auth/signin.h"
#include "review/auth/userstore.h"
#include "review/calibration/calibrationstore.h"
#include "review/checklists/checkliststore.h"
#include "review/evaluations/evaluationdraftstore.h"
#include "review/evaluations/reviewcomments.h"
#include "review/goals/goalstore.h"
#include "review/goals/goaltasks.h"
#include "review/metrics/metricsimporter.h"
#include "review/queues/queuestore.h"
#include "review/storage/database.h"
#include "tests/support/mediafiles.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <limits>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <functional>
#include <vector>

using namespace callqa;
using namespace callqa::review;

namespace {

// Which audit rows explain a change to a table's row: an audit row of `entity` whose entity_id
// (or, with `detailField`, whose detail's field) is the row's explanation key.
struct Explainer {
    QString entity;
    QString detailField;
};

// How to read a table: the query gives the explanation key first, then `keyColumns` columns that
// identify the row, then the rest of the row.
struct TableSpec {
    QString table;
    QString select;
    int keyColumns = 1;
    std::vector<Explainer> explainers;
};

const std::vector<TableSpec>& tableSpecs()
{
    static const std::vector<TableSpec> specs = {
        {QStringLiteral("workspace_settings"),
         QStringLiteral("SELECT s.key, s.* FROM workspace_settings s"),
         1,
         {{QStringLiteral("workspace_setting"), {}}}},
        {QStringLiteral("teams"),
         QStringLiteral("SELECT t.name, t.* FROM teams t"),
         1,
         {{QStringLiteral("team"), {}}, {QStringLiteral("agent"), QStringLiteral("team")}}},
        {QStringLiteral("agents"),
         QStringLiteral("SELECT a.external_id, a.* FROM agents a"),
         1,
         {{QStringLiteral("agent"), {}}}},
        {QStringLiteral("agent_teams"),
         QStringLiteral("SELECT a.external_id, t.agent_id, t.from_ms, t.team_id, t.to_ms FROM "
                        "agent_teams t JOIN agents a ON a.id = t.agent_id"),
         2,
         {{QStringLiteral("agent"), {}}, {QStringLiteral("call"), QStringLiteral("agent")}}},
        {QStringLiteral("users"),
         QStringLiteral("SELECT u.login, u.* FROM users u"),
         1,
         {{QStringLiteral("user"), {}}}},
        {QStringLiteral("user_roles"),
         QStringLiteral("SELECT u.login, r.user_id, r.role FROM user_roles r JOIN users u ON u.id "
                        "= r.user_id"),
         2,
         {{QStringLiteral("user"), {}}}},
        {QStringLiteral("calls"),
         QStringLiteral("SELECT CAST(c.id AS TEXT), c.* FROM calls c"),
         1,
         {{QStringLiteral("call"), {}}}},
        {QStringLiteral("recording_peaks"),
         QStringLiteral("SELECT p.content_sha256, p.* FROM recording_peaks p"),
         1,
         {{QStringLiteral("recording"), {}}}},
        {QStringLiteral("call_analysis"),
         QStringLiteral("SELECT CAST(a.call_id AS TEXT), a.* FROM call_analysis a"),
         1,
         {{QStringLiteral("call"), {}}}},
        {QStringLiteral("checklists"),
         QStringLiteral("SELECT CAST(k.id AS TEXT), k.* FROM checklists k"),
         1,
         {{QStringLiteral("checklist"), {}}}},
        {QStringLiteral("checklist_versions"),
         QStringLiteral("SELECT CAST(v.checklist_id AS TEXT), v.* FROM checklist_versions v"),
         1,
         {{QStringLiteral("checklist"), {}}}},
        {QStringLiteral("evaluations"),
         QStringLiteral("SELECT CAST(e.id AS TEXT), e.* FROM evaluations e"),
         1,
         {{QStringLiteral("evaluation"), {}}}},
        {QStringLiteral("evaluation_answers"),
         QStringLiteral("SELECT CAST(a.evaluation_id AS TEXT), a.* FROM evaluation_answers a"),
         2,
         {{QStringLiteral("evaluation"), {}}}},
        {QStringLiteral("review_queues"),
         QStringLiteral("SELECT CAST(q.id AS TEXT), q.* FROM review_queues q"),
         1,
         {{QStringLiteral("queue"), {}}}},
        {QStringLiteral("review_queue_frame"),
         QStringLiteral("SELECT CAST(f.queue_id AS TEXT), f.* FROM review_queue_frame f"),
         2,
         {{QStringLiteral("queue"), {}}}},
        // An item changes with its queue (drawn, added, removed) or on its own (taken, started,
        // done; those rows name the queue).
        {QStringLiteral("review_queue_items"),
         QStringLiteral("SELECT CAST(i.queue_id AS TEXT), i.* FROM review_queue_items i"),
         2,
         {{QStringLiteral("queue"), {}}, {QStringLiteral("queue_item"), QStringLiteral("queue")}}},
        {QStringLiteral("evaluation_drafts"),
         QStringLiteral("SELECT CAST(d.id AS TEXT), d.* FROM evaluation_drafts d"),
         1,
         {{QStringLiteral("evaluation_draft"), {}}}},
        // A comment changes on its own, or moves onto the evaluation when its draft is submitted.
        {QStringLiteral("review_comments"),
         QStringLiteral("SELECT CAST(c.call_id AS TEXT), c.* FROM review_comments c"),
         1,
         {{QStringLiteral("review_comment"), QStringLiteral("call")},
          {QStringLiteral("evaluation_draft"), QStringLiteral("call")}}},
        {QStringLiteral("evaluation_acknowledgements"),
         QStringLiteral("SELECT CAST(a.evaluation_id AS TEXT), a.* FROM "
                        "evaluation_acknowledgements a"),
         1,
         {{QStringLiteral("evaluation"), {}}}},
        {QStringLiteral("disputes"),
         QStringLiteral("SELECT CAST(d.id AS TEXT), d.* FROM disputes d"),
         1,
         {{QStringLiteral("dispute"), {}}}},
        {QStringLiteral("coaching_sessions"),
         QStringLiteral("SELECT CAST(s.id AS TEXT), s.* FROM coaching_sessions s"),
         1,
         {{QStringLiteral("coaching_session"), {}}}},
        {QStringLiteral("coaching_session_evaluations"),
         QStringLiteral("SELECT CAST(e.session_id AS TEXT), e.* FROM "
                        "coaching_session_evaluations e"),
         2,
         {{QStringLiteral("coaching_session"), {}}}},
        {QStringLiteral("coaching_action_items"),
         QStringLiteral("SELECT CAST(i.session_id AS TEXT), i.* FROM coaching_action_items i"),
         1,
         {{QStringLiteral("coaching_session"), {}}}},
        {QStringLiteral("dispute_items"),
         QStringLiteral("SELECT CAST(i.dispute_id AS TEXT), i.* FROM dispute_items i"),
         2,
         {{QStringLiteral("dispute"), {}}}},
        {QStringLiteral("calibration_sessions"),
         QStringLiteral("SELECT CAST(s.id AS TEXT), s.* FROM calibration_sessions s"),
         1,
         {{QStringLiteral("calibration_session"), {}}}},
        {QStringLiteral("calibration_session_calls"),
         QStringLiteral("SELECT CAST(c.session_id AS TEXT), c.* FROM calibration_session_calls c"),
         2,
         {{QStringLiteral("calibration_session"), {}}}},
        {QStringLiteral("calibration_participants"),
         QStringLiteral("SELECT CAST(p.session_id AS TEXT), p.* FROM calibration_participants p"),
         2,
         {{QStringLiteral("calibration_session"), {}}}},
        // An import's rows name the file of its one audit row.
        {QStringLiteral("call_metrics"),
         QStringLiteral("SELECT m.source, m.* FROM call_metrics m"),
         1,
         {{QStringLiteral("metrics"), {}}}},
        {QStringLiteral("agent_days"),
         QStringLiteral("SELECT d.source, d.* FROM agent_days d"),
         2,
         {{QStringLiteral("metrics"), {}}}},
        {QStringLiteral("goals"),
         QStringLiteral("SELECT CAST(g.id AS TEXT), g.* FROM goals g"),
         1,
         {{QStringLiteral("goal"), {}}}},
        {QStringLiteral("goal_versions"),
         QStringLiteral("SELECT CAST(v.goal_id AS TEXT), v.* FROM goal_versions v"),
         2,
         {{QStringLiteral("goal"), {}}}},
        {QStringLiteral("goal_tasks"),
         QStringLiteral("SELECT CAST(t.id AS TEXT), t.* FROM goal_tasks t"),
         1,
         {{QStringLiteral("goal_task"), {}}}},
    };
    return specs;
}

// Tables only migrations write, and the audit log itself with its chain head.
const QStringList kUnaudited = {QStringLiteral("schema_version"), QStringLiteral("audit_log"),
                                QStringLiteral("audit_chain_head")};

struct StoredRow {
    QString explanationKey;
    QString content;
};
using Snapshot = QMap<QString, QMap<QString, StoredRow>>; // table -> row key -> row

QString text(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("<null>");
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

Snapshot snapshot(Database& db)
{
    Snapshot out;
    for (const TableSpec& spec : tableSpecs()) {
        QSqlQuery q = db.exec(spec.select);
        const int width = q.record().count();
        QMap<QString, StoredRow>& rows = out[spec.table];
        while (q.next()) {
            QStringList key;
            QStringList content;
            for (int i = 1; i < width; ++i) {
                (i <= spec.keyColumns ? key : content) << text(q.value(i));
            }
            rows.insert(key.join(QLatin1Char('|')),
                        {q.value(0).toString(), content.join(QLatin1Char('|'))});
        }
    }
    return out;
}

QStringList schemaTables(Database& db)
{
    QSqlQuery q = db.exec(
        db.backend() == Backend::Sqlite
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%'")
            : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                             "table_schema = current_schema()"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

struct AuditRow {
    QString action;
    QString entity;
    QString entityId;
    QJsonObject detail;
};

// Runs one step of the session and REQUIREs that every row it inserted, changed or deleted is
// explained by an audit row the step wrote. Returns the step's audit actions.
QStringList auditedStep(Workspace& workspace, const char* name, const std::function<void()>& body)
{
    Database& db = workspace.db();
    INFO("step: " << name);
    const Snapshot before = snapshot(db);
    const qint64 lastAudit =
        db.scalar(QStringLiteral("SELECT COALESCE(max(id), 0) FROM audit_log")).toLongLong();
    body();
    const Snapshot after = snapshot(db);
    QList<AuditRow> audit;
    QSqlQuery q = db.exec(QStringLiteral("SELECT action, entity, entity_id, detail FROM "
                                         "audit_log WHERE id > ? ORDER BY id"),
                          {lastAudit});
    QStringList actions;
    while (q.next()) {
        audit << AuditRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()};
        actions << q.value(0).toString();
    }
    q.finish();
    int changes = 0;
    for (const TableSpec& spec : tableSpecs()) {
        const auto& old = before.value(spec.table);
        const auto& now = after.value(spec.table);
        QSet<QString> keys;
        for (auto it = old.begin(); it != old.end(); ++it)
            keys.insert(it.key());
        for (auto it = now.begin(); it != now.end(); ++it)
            keys.insert(it.key());
        for (const QString& key : std::as_const(keys)) {
            const bool was = old.contains(key);
            const bool is = now.contains(key);
            if (was && is && old.value(key).content == now.value(key).content)
                continue;
            ++changes;
            const QString explanation =
                is ? now.value(key).explanationKey : old.value(key).explanationKey;
            const bool explained =
                std::any_of(audit.begin(), audit.end(), [&](const AuditRow& row) {
                    return std::any_of(
                        spec.explainers.begin(), spec.explainers.end(), [&](const Explainer& e) {
                            if (row.entity != e.entity)
                                return false;
                            return e.detailField.isEmpty()
                                       ? row.entityId == explanation
                                       : row.detail.value(e.detailField).toVariant().toString() ==
                                             explanation;
                        });
                });
            INFO(spec.table.toStdString() << " row " << key.toStdString()
                                          << (was ? (is ? " changed" : " deleted") : " inserted")
                                          << "; audit rows of the step: "
                                          << actions.join(QStringLiteral(", ")).toStdString());
            CHECK(explained);
        }
    }
    INFO("a step that changed rows wrote audit rows, and one that wrote audit rows changed rows "
         "(sign-ins aside)");
    CHECK((changes > 0) == std::any_of(audit.begin(), audit.end(), [](const AuditRow& row) {
              return !row.action.startsWith(QLatin1String("auth."));
          }));
    return actions;
}

} // namespace

TEST_CASE("audit: every row a whole session changes is explained by an audit row of its step",
          "[app][audit]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString calls = dir.filePath(QStringLiteral("calls"));
        const QString c1 = calls + QStringLiteral("/20260305-101500_a1_in_C-1.wav");
        const QString c2 = calls + QStringLiteral("/20260305-111500_a2_out_C-2.wav");
        const QString c3 = calls + QStringLiteral("/sub/20260306-091500_a1_in_C-3.wav");
        testing::makeRecording(c1, 1.0, {}, 2, 8000, 300);
        testing::makeRecording(c2, 1.0, {}, 2, 8000, 500);
        testing::makeRecording(c3, 1.0, {}, 2, 8000, 700);
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        Database& db = workspace->db();

        for (const QString& table : schemaTables(db)) {
            INFO("every table is covered by the check: " << table.toStdString());
            CHECK((kUnaudited.contains(table) ||
                   std::any_of(tableSpecs().begin(), tableSpecs().end(),
                               [&](const TableSpec& spec) { return spec.table == table; })));
        }

        Actor admin;
        auditedStep(*workspace, "first admin", [&] {
            auto created = createFirstAdmin(*workspace, QStringLiteral("ada"),
                                            QStringLiteral("Ada"), QStringLiteral("ada-pass-1"));
            REQUIRE(created.ok());
            admin = created.value();
        });
        UserStore users(*workspace, admin);
        auditedStep(*workspace, "users", [&] {
            for (const char* login : {"sara", "omid", "tmp"})
                REQUIRE(users
                            .createUser({QString::fromLatin1(login),
                                         QString::fromLatin1(login),
                                         {Role::Reviewer},
                                         QStringLiteral("pass-1234"),
                                         {}})
                            .ok());
            REQUIRE(users.setRoles(QStringLiteral("tmp"), {Role::Coach, Role::Reviewer}).ok());
            // Omid supervises too: he may take over Sara's drafts.
            REQUIRE(
                users.setRoles(QStringLiteral("omid"), {Role::Reviewer, Role::Supervisor}).ok());
            REQUIRE(users.setPassword(QStringLiteral("tmp"), QStringLiteral("pass-5678")).ok());
            REQUIRE(users.deactivate(QStringLiteral("tmp")).ok());
        });

        const auto import = [&](bool createAgents) {
            app::WorkstationImport request;
            request.folder = calls;
            request.createAgents = createAgents;
            return app::importOnWorkstation(*workspace, admin, request);
        };
        auditedStep(*workspace, "import, agents unknown: nothing but the recordings root", [&] {
            const ImportReport refused = import(false);
            CHECK(refused.imported == 0);
            CHECK(refused.unknownAgents.size() == 2);
        });
        QStringList actions = auditedStep(*workspace, "import creating agents", [&] {
            const ImportReport report = import(true);
            CHECK(report.imported == 3);
            CHECK(report.createdAgents == QStringList{QStringLiteral("a1"), QStringLiteral("a2")});
        });
        CHECK(actions.count(QStringLiteral("agent.create")) == 2);
        CHECK(actions.count(QStringLiteral("call.import")) == 3);

        auditedStep(*workspace, "name an agent, with a team", [&] {
            REQUIRE(
                saveAgent(*workspace, admin,
                          {QStringLiteral("a1"), QStringLiteral("Anna"), QStringLiteral("Desk")})
                    .ok());
        });

        REQUIRE(QDir().mkpath(calls + QStringLiteral("/archive")));
        REQUIRE(QFile::rename(c1, calls + QStringLiteral("/archive/moved.wav")));
        const QString c2Aside = dir.filePath(QStringLiteral("aside.wav"));
        REQUIRE(QFile::rename(c2, c2Aside));
        actions = auditedStep(*workspace, "re-import after moving and deleting", [&] {
            const ImportReport report = import(false);
            CHECK(report.relinked == 1);
            CHECK(report.missing.size() == 1);
        });
        CHECK(actions.contains(QStringLiteral("call.relink")));
        CHECK(actions.contains(QStringLiteral("call.missing")));
        auditedStep(*workspace, "re-import, still missing: nothing changes",
                    [&] { CHECK(import(false).missing.size() == 1); });
        REQUIRE(QFile::rename(c2Aside, c2));
        actions = auditedStep(*workspace, "the missing file is back",
                              [&] { CHECK(import(false).missing.isEmpty()); });
        CHECK(actions.contains(QStringLiteral("call.found")));

        const qint64 call = db.scalar(QStringLiteral("SELECT id FROM calls WHERE external_id = "
                                                     "'C-2'"))
                                .toLongLong();
        actions = auditedStep(*workspace, "analyze", [&] {
            const auto analysis = app::analyzeCall(*workspace, admin, call, true);
            INFO(analysis.error().toStdString());
            REQUIRE(analysis.ok());
        });
        CHECK(actions.contains(QStringLiteral("recording.peaks")));
        CHECK(actions.contains(QStringLiteral("call.analysis")));
        auditedStep(*workspace, "analyze again, forced",
                    [&] { REQUIRE(app::analyzeCall(*workspace, admin, call, true).ok()); });

        ChecklistStore checklists(*workspace, Actor::owner());
        checklists::Checklist edited = checklists::defaultChecklist();
        auditedStep(*workspace, "checklist edits", [&] {
            REQUIRE(checklists.saveDraft(edited).ok());
            REQUIRE(checklists.publish(edited.key).ok());
            edited.name = QStringLiteral("Support call (edited)");
            REQUIRE(checklists.saveDraft(edited).ok());
            REQUIRE(checklists.discardDraft(edited.key).ok());
            REQUIRE(checklists.setArchived(edited.key, true).ok());
            REQUIRE(checklists.setArchived(edited.key, false).ok());
        });
        const auto version = checklists.version(edited.key);
        REQUIRE(version.ok());

        Actor sara;
        Actor omid;
        auditedStep(*workspace, "sign-ins", [&] {
            auto s = signIn(*workspace, QStringLiteral("sara"), QStringLiteral("pass-1234"));
            auto o = signIn(*workspace, QStringLiteral("omid"), QStringLiteral("pass-1234"));
            REQUIRE(s.ok());
            REQUIRE(o.ok());
            sara = s.value();
            omid = o.value();
        });
        QueueStore queues(*workspace, Actor::owner());
        const qint64 queuedCall =
            db.scalar(QStringLiteral("SELECT id FROM calls WHERE external_id = 'C-3'"))
                .toLongLong();
        qint64 queue = 0;
        actions = auditedStep(*workspace, "a review queue drawn", [&] {
            QueueRequest request;
            request.name = QStringLiteral("All of March");
            request.checklistKey = edited.key;
            request.population.fromMs = 0;
            request.population.toMs = std::numeric_limits<qint64>::max();
            request.rule.quota = 3;
            const auto created = queues.create(request);
            INFO(created.error().toStdString());
            REQUIRE(created.ok());
            queue = created.value();
        });
        CHECK(actions == QStringList{QStringLiteral("queue.create")});
        auditedStep(*workspace, "a queue item removed and added back by hand", [&] {
            REQUIRE(queues.removeItem(queue, queuedCall, QStringLiteral("duplicate")).ok());
            const auto second = queues.create([&] {
                QueueRequest request;
                request.name = QStringLiteral("Second");
                request.checklistKey = edited.key;
                request.population.toMs = std::numeric_limits<qint64>::max();
                request.rule.quota = 1;
                return request;
            }());
            REQUIRE(second.ok());
            REQUIRE(queues.addItem(second.value(), call, QStringLiteral("escalation")).ok());
        });
        actions = auditedStep(*workspace, "queue next takes an item",
                              [&] { REQUIRE(QueueStore(*workspace, sara).next().ok()); });
        CHECK(actions.contains(QStringLiteral("queue.item_take")));
        // Sara's hold lasts no time at all, so Omid takes the second draft over without waiting.
        EvaluationDraftStore saraDrafts(*workspace, sara, QStringLiteral("ws-1"), 0);
        EvaluationDraftStore omidDrafts(*workspace, omid, QStringLiteral("ws-2"));
        const QString key = edited.key;
        qint64 draft = 0;
        auditedStep(*workspace, "draft open", [&] {
            const auto opened = saraDrafts.open(call, key);
            REQUIRE(opened.ok());
            draft = opened->id;
        });
        auditedStep(*workspace, "draft save", [&] {
            checklists::AnswerSet answers;
            answers.set(QStringLiteral("greeted-customer"), checklists::Answer::yes());
            REQUIRE(saraDrafts.save(draft, answers).ok());
        });
        DraftComments saraComments(saraDrafts);
        qint64 comment = 0;
        auditedStep(*workspace, "comments added", [&] {
            const auto added = saraComments.add(draft, 500, {}, QStringLiteral("hold"));
            REQUIRE(added.ok());
            comment = added->id;
            REQUIRE(saraComments.add(draft, 700, {}, QStringLiteral("to delete")).ok());
        });
        auditedStep(*workspace, "a comment edited, one deleted", [&] {
            REQUIRE(saraComments.edit(comment, QStringLiteral("hold of 40 s")).ok());
            REQUIRE(saraComments.remove(comment + 1).ok());
        });
        actions = auditedStep(*workspace, "draft release",
                              [&] { REQUIRE(saraDrafts.release(draft).ok()); });
        CHECK(actions == QStringList{QStringLiteral("evaluation_draft.release")});
        auditedStep(*workspace, "draft taken after release", [&] {
            const auto opened = omidDrafts.open(call, key);
            REQUIRE(opened.ok());
            CHECK_FALSE(opened->readOnly());
        });
        auditedStep(*workspace, "draft save and submit", [&] {
            REQUIRE(omidDrafts.save(draft, checklists::fullMarksAnswers(version->checklist)).ok());
            REQUIRE(omidDrafts.submit(draft).ok());
        });
        const qint64 other = db.scalar(QStringLiteral("SELECT id FROM calls WHERE external_id = "
                                                      "'C-3'"))
                                 .toLongLong();
        auditedStep(*workspace, "a second draft, its hold run out, taken over", [&] {
            const auto opened = saraDrafts.open(other, key);
            REQUIRE(opened.ok());
            const auto taken = omidDrafts.open(other, key);
            REQUIRE(taken.ok());
            CHECK_FALSE(taken->readOnly());
        });

        CalibrationStore calibration(*workspace, omid);
        qint64 session = 0;
        actions = auditedStep(*workspace, "a calibration session created", [&] {
            NewCalibrationSession request;
            request.name = QStringLiteral("March calibration");
            request.checklistVersionId = version->id;
            request.callIds = {call, other};
            request.participants = {QStringLiteral("sara"), QStringLiteral("omid")};
            request.blind = true;
            const auto created = calibration.create(request);
            REQUIRE(created.ok());
            session = created->id;
        });
        CHECK(actions == QStringList{QStringLiteral("calibration.create")});
        qint64 scored = 0;
        actions = auditedStep(*workspace, "calibration scores", [&] {
            const auto answers = checklists::fullMarksAnswers(version->checklist);
            const auto written = CalibrationStore(*workspace, sara).score(session, call, answers);
            REQUIRE(written.ok());
            scored = written->id;
            REQUIRE(calibration.score(session, other, answers).ok());
        });
        CHECK(actions == QStringList(2, QStringLiteral("calibration.score")));
        actions = auditedStep(*workspace, "calibration session closed",
                              [&] { REQUIRE(calibration.close(session).ok()); });
        CHECK(actions == QStringList{QStringLiteral("calibration.close")});
        actions = auditedStep(*workspace, "a calibration evaluation promoted",
                              [&] { REQUIRE(calibration.promote(scored).ok()); });
        CHECK(actions == QStringList{QStringLiteral("calibration.promote")});
        const auto metricsFile = [](const char* text) { return parseMetricsCsv(QByteArray(text)); };
        actions = auditedStep(*workspace, "metrics import", [&] {
            const auto report = MetricsImporter(*workspace, admin)
                                    .importParsed(metricsFile("call_id,csat,agent_id,date,"
                                                              "customers_served\nC-1,3,,,\n"
                                                              ",,a1,2026-03-05,20\n"),
                                                  QStringLiteral("phone.csv"));
            REQUIRE(report.ok());
            CHECK(report->problems.isEmpty());
        });
        CHECK(actions == QStringList{QStringLiteral("metrics.import")});
        auditedStep(*workspace, "metrics re-import updates", [&] {
            REQUIRE(MetricsImporter(*workspace, admin)
                        .importParsed(metricsFile("call_id,csat\nC-1,4\n"),
                                      QStringLiteral("survey.csv"))
                        .ok());
        });
        qint64 goal = 0;
        auditedStep(*workspace, "a goal added", [&] {
            NewGoal g{QStringLiteral("floor"),
                      QStringLiteral("csat"),
                      {},
                      QStringLiteral("raise"),
                      3.0,
                      {},
                      {},
                      QStringLiteral("last survey"),
                      4.5,
                      QStringLiteral("2026-03-01"),
                      QStringLiteral("2026-03-31"),
                      QStringLiteral("sara"),
                      QStringLiteral("Happier customers call back less.")};
            const auto added = GoalStore(*workspace, Actor::owner()).add(g);
            REQUIRE(added.ok());
            goal = added->id;
        });
        auditedStep(*workspace, "a goal adjusted", [&] {
            REQUIRE(GoalStore(*workspace, Actor::owner())
                        .adjust(goal, {4.2, {}, std::nullopt, QStringLiteral("survey changed")})
                        .ok());
        });
        qint64 task = 0;
        auditedStep(*workspace, "a goal task added", [&] {
            const auto added = GoalTasks(*workspace, Actor::owner())
                                   .add(goal, {QStringLiteral("Call back unhappy customers"),
                                               QStringLiteral("omid"),
                                               {},
                                               std::nullopt});
            REQUIRE(added.ok());
            task = *added;
        });
        auditedStep(*workspace, "a goal task done", [&] {
            REQUIRE(GoalTasks(*workspace, Actor::owner()).markDone(goal, task).ok());
        });
    }
}