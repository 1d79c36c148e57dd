#include "checklists/sampleanswers.h"
#include "review/evaluations/evaluationdraftstore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/evaluations/reviewcomments.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

namespace {

const QString kKey = QStringLiteral("support-call");

qint64 count(Workspace& workspace, const QString& sql)
{
    return workspace.db().scalar(sql).toLongLong();
}

} // namespace

TEST_CASE("review comments: pinned to a moment, own only, moved onto the evaluation at submit",
          "[review][comments]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ChecklistVersion version = testing::publishDefaultChecklist(*workspace);
        const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        EvaluationDraftStore rita(*workspace,
                                  testing::addReviewer(*workspace, QStringLiteral("rita")),
                                  QStringLiteral("ws-1"));
        const auto draft = rita.open(call, kKey);
        REQUIRE(draft.ok());
        DraftComments comments(rita);

        const QString item = version.checklist.sections.first().items.first().key;
        const auto late = comments.add(draft->id, 42'000, {}, QStringLiteral("  Long hold here  "));
        const auto early =
            comments.add(draft->id, 5'000, item, QString::fromUtf8("Selam, gülümseyerek"));
        REQUIRE(late.ok());
        REQUIRE(early.ok());
        CHECK(late->body == QStringLiteral("Long hold here"));
        CHECK(early->itemKey == item);
        CHECK(early->author == QStringLiteral("rita"));
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                               "'review_comment.add'")) == 2);

        const auto listed = comments.list(draft->id);
        REQUIRE(listed.ok());
        REQUIRE(listed->size() == 2);
        CHECK(listed->at(0).id == early->id); // in call order
        CHECK(listed->at(1).id == late->id);

        INFO("bad input is refused with the reason and nothing is written");
        struct Bad {
            qint64 atMs;
            QString itemKey;
            QString body;
            const char* reason;
        };
        const std::vector<Bad> bad = {
            {1000, {}, QStringLiteral("   "), "needs some text"},
            {-1, {}, QStringLiteral("x"), "outside the call"},
            {60'001, {}, QStringLiteral("x"), "outside the call"},
            {1000, QStringLiteral("no-such-item"), QStringLiteral("x"), "no item"},
            {1000, {}, QString(kCommentMaxLength + 1, QLatin1Char('x')), "at most"},
        };
        for (const Bad& row : bad) {
            const auto refused = comments.add(draft->id, row.atMs, row.itemKey, row.body);
            INFO(refused.error().toStdString());
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().contains(QLatin1String(row.reason)));
        }
        CHECK(comments.list(draft->id)->size() == 2);

        const auto edited = comments.edit(late->id, QStringLiteral("Hold of 40 s, no warning"));
        REQUIRE(edited.ok());
        CHECK(edited->body == QStringLiteral("Hold of 40 s, no warning"));
        CHECK(edited->atMs == 42'000);

        INFO("a supervisor who takes the draft over cannot rewrite rita's words");
        REQUIRE(rita.release(draft->id).ok());
        EvaluationDraftStore sara(
            *workspace, testing::addReviewer(*workspace, QStringLiteral("sara"), Role::Supervisor),
            QStringLiteral("ws-2"));
        REQUIRE(sara.open(call, kKey).ok());
        DraftComments saraComments(sara);
        const auto refusedEdit = saraComments.edit(late->id, QStringLiteral("changed"));
        REQUIRE_FALSE(refusedEdit.ok());
        CHECK(refusedEdit.error().contains(QLatin1String("rita")));
        CHECK_FALSE(saraComments.remove(early->id).ok());
        INFO("and rita, who lost the hold, cannot write either");
        CHECK_FALSE(comments.add(draft->id, 1000, {}, QStringLiteral("x")).ok());
        REQUIRE(sara.release(draft->id).ok());
        REQUIRE(rita.open(call, kKey).ok());

        REQUIRE(comments.remove(early->id).ok());
        CHECK(comments.list(draft->id)->size() == 1);

        REQUIRE(rita.save(draft->id, checklists::fullMarksAnswers(version.checklist)).ok());
        const auto submitted = rita.submit(draft->id);
        INFO(submitted.error().toStdString());
        REQUIRE(submitted.ok());
        const auto kept = evaluationComments(*workspace, rita.actor(), submitted->id);
        REQUIRE(kept.ok());
        REQUIRE(kept->size() == 1);
        CHECK(kept->first().body == QStringLiteral("Hold of 40 s, no warning"));
        CHECK(kept->first().evaluationId == submitted->id);
        CHECK_FALSE(kept->first().draftId.has_value());
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM review_comments WHERE "
                                               "draft_id IS NOT NULL")) == 0);

        INFO("a submitted evaluation's comments are never edited");
        const auto frozen = comments.edit(kept->first().id, QStringLiteral("later"));
        REQUIRE_FALSE(frozen.ok());
        CHECK(frozen.error().contains(QLatin1String("submitted")));

        INFO("an agent of another call may not read them");
        Actor stranger;
        stranger.login = QStringLiteral("jonas");
        stranger.roles = {Role::Agent};
        stranger.agentId = 999'999;
        CHECK_FALSE(evaluationComments(*workspace, stranger, submitted->id).ok());
    }
}

TEST_CASE("review comments: only the author changes a comment", "[review][comments]")
{
    Actor rita;
    rita.login = QStringLiteral("rita");
    struct Row {
        QString author;
        bool allowed;
    };
    for (const Row& row : {Row{QStringLiteral("rita"), true}, Row{QStringLiteral("sara"), false},
                           Row{QStringLiteral("Rita"), false}}) {
        INFO(row.author.toStdString());
        CHECK(decideCommentChange(rita, row.author).ok() == row.allowed);
    }
}
