#include "checklists/checklistjson.h"
#include "checklists/defaultchecklist.h"
#include "tests/app/cliteam.h"
#include "tests/support/mediafiles.h"

#include <catch2/catch.hpp>

using namespace callqa;

namespace {

// One run of a write command and what it must leave behind.
struct Write {
    const char* login;
    QStringList args;
    const char* printed;   // the success line names what was written
    const char* table;     // the table the write adds to (or removes from)
    qint64 rows;           // by how many rows, exactly: never twice
    qint64 auditRows = -1; // audit rows it adds besides the sign-in (-1: not checked here)
};

} // namespace

TEST_CASE("cli writes: every write command, as every role that may run it, says what it wrote",
          "[app][cli][writes]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::CliTeam team(backend);
        const QString root = team.path(QStringLiteral("recordings"));
        testing::makeRecording(root + QStringLiteral("/s/20260305-101500_a1_in_S-1.wav"), 1.0);
        testing::makeRecording(root + QStringLiteral("/a/20260305-111500_a1_in_A-1.wav"), 1.5, {},
                               1, 8000, 660);
        checklists::Checklist second = checklists::defaultChecklist();
        second.key = QStringLiteral("sales-call");
        second.name = QStringLiteral("Sales call");
        const QString secondFile = team.path(QStringLiteral("sales.json"));
        testing::writeBytes(secondFile, checklists::toJson(second));
        const QString full = team.path(QStringLiteral("full.json"));
        const QString partial = team.path(QStringLiteral("partial.json"));
        const QString key = team.checklistKey();
        const auto importArgs = [&](const char* folder) {
            return QStringList{QStringLiteral("import"),
                               root + QLatin1Char('/') + QLatin1String(folder),
                               QStringLiteral("--recordings-root"), root};
        };
        const auto scoreArgs = [&](QStringList command, const char* call, QStringList more) {
            return command +
                   QStringList{QString::fromLatin1(call), QStringLiteral("--checklist"), key} +
                   more;
        };
        const QStringList evaluate{QStringLiteral("evaluate")};
        const QStringList draftOpen{QStringLiteral("draft"), QStringLiteral("open")};
        const QStringList draftSubmit{QStringLiteral("draft"), QStringLiteral("submit")};

        const Write writes[] = {
            {"sara", importArgs("s"), "1 imported", "calls", 1},
            {"ada", importArgs("a"), "1 imported", "calls", 1},
            {"sara", importArgs("s"), "1 already in the library", "calls", 0},
            {"sara",
             {QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("a2"),
              QStringLiteral("Bora"), QStringLiteral("--team"), QStringLiteral("Support")},
             "Saved agent a2: Bora, team Support.",
             "agents",
             1},
            {"ada",
             {QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("a3"),
              QStringLiteral("Cem")},
             "Saved agent a3: Cem.",
             "agents",
             1},
            {"sara",
             {QStringLiteral("checklist"), QStringLiteral("import"), secondFile},
             "Imported “Sales call” as a draft",
             "checklists",
             1,
             1},
            {"sara",
             {QStringLiteral("checklist"), QStringLiteral("publish"), second.key},
             "Published “Sales call” as version 1.",
             "checklist_versions",
             1,
             1},
            {"sara",
             {QStringLiteral("checklist"), QStringLiteral("archive"), second.key},
             "Archived sales-call",
             "checklists WHERE archived = TRUE",
             1,
             1},
            {"sara",
             {QStringLiteral("checklist"), QStringLiteral("restore"), second.key},
             "Restored sales-call",
             "checklists WHERE archived = TRUE",
             -1,
             1},
            {"rita", scoreArgs(evaluate, "S-1", {QStringLiteral("--answers"), full}),
             "Evaluation 1 of call S-1 on support-call v1: 100.0 %, passed.", "evaluations", 1, 1},
            {"sara", scoreArgs(evaluate, "A-1", {QStringLiteral("--answers"), full}),
             "of call A-1 on support-call v1", "evaluations", 1, 1},
            {"rita", scoreArgs(draftOpen, "A-1", {QStringLiteral("--answers"), partial}),
             "answer(s), revision 1.", "evaluation_drafts", 1},
            {"rita", scoreArgs(draftSubmit, "A-1", {QStringLiteral("--answers"), full}),
             "submitted. Evaluation", "evaluations", 1},
            {"sara", scoreArgs(draftOpen, "S-1", {QStringLiteral("--answers"), partial}),
             "revision 1.", "evaluation_drafts", 1},
            {"sara", scoreArgs(draftSubmit, "S-1", {QStringLiteral("--answers"), full}),
             "of call S-1", "evaluation_drafts", -1},
            {"ada",
             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zed"),
              QStringLiteral("--role"), QStringLiteral("reviewer")},
             "Added user zed with the roles: reviewer.",
             "users",
             1,
             1},
            {"ada",
             {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("zed")},
             "The password of zed is changed.",
             "users WHERE login = 'zed'",
             0,
             1},
            {"rita",
             {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("rita")},
             "The password of rita is changed.",
             "users",
             0,
             1},
            {"ada",
             {QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("zed"),
              QStringLiteral("--role"), QStringLiteral("reviewer"), QStringLiteral("--role"),
              QStringLiteral("coach")},
             "zed now has the roles: reviewer, coach.",
             "user_roles",
             1,
             1},
            {"ada",
             {QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("zed")},
             "zed is deactivated and can no longer sign in.",
             "users WHERE active = FALSE",
             1,
             1},
            {"rita",
             {QStringLiteral("analyze"), QStringLiteral("S-1")},
             "S-1: ",
             "call_analysis",
             1},
            {"sara",
             {QStringLiteral("analyze"), QStringLiteral("S-1")},
             "(stored)",
             "call_analysis",
             0},
            {"carla",
             {QStringLiteral("analyze"), QStringLiteral("S-1")},
             "(stored)",
             "call_analysis",
             0},
            {"ada",
             {QStringLiteral("analyze"), QStringLiteral("A-1")},
             "A-1: ",
             "call_analysis",
             1},
        };
        for (const Write& write : writes) {
            INFO(write.login << " runs: " << write.args.join(QLatin1Char(' ')).toStdString());
            const qint64 before = team.count(QString::fromLatin1(write.table));
            // Each run signs in, which is audited too.
            const QString audit = QStringLiteral("audit_log WHERE action <> 'auth.signin'");
            const qint64 auditBefore = team.count(audit);
            const testing::CliRun run = team.as(
                QString::fromLatin1(write.login), write.args,
                {{QStringLiteral("CALLQA_NEW_PASSWORD"), write.args.contains(QStringLiteral("rita"))
                                                             ? QStringLiteral("rita-pass")
                                                             : QStringLiteral("zed-pass")}});
            INFO("out: " << run.out.toStdString() << "\nerr: " << run.err.toStdString());
            CHECK(run.exitCode == 0);
            CHECK(run.out.contains(QString::fromUtf8(write.printed)));
            CHECK(team.count(QString::fromLatin1(write.table)) - before == write.rows);
            if (write.auditRows >= 0)
                CHECK(team.count(audit) - auditBefore == write.auditRows);
        }
        INFO("and each evaluation once: two by evaluate, two from drafts");
        CHECK(team.count(QStringLiteral("evaluations")) == 4);
        CHECK(team.count(QStringLiteral("audit_log WHERE action = 'evaluation.submit'")) == 4);
    }
}
