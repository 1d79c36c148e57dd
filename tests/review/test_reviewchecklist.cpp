#include "review/evaluations/evaluationdraftstore.h"
#include "review/evaluations/reviewchecklist.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;
using Source = ReviewChecklist::Source;

TEST_CASE("review checklist: draft, then queue, then latest published", "[review][reviewchecklist]")
{
    const ReviewChecklist queue{QStringLiteral("q"), 7, Source::Queue};
    struct Row {
        ReviewChecklistCandidates candidates;
        std::optional<QString> key;
        std::optional<qint64> versionId;
        Source source;
    };
    const std::vector<Row> table = {
        {{QStringLiteral("d"), queue, QStringLiteral("p")}, QStringLiteral("d"), {}, Source::Draft},
        {{{}, queue, QStringLiteral("p")}, QStringLiteral("q"), 7, Source::Queue},
        {{{}, {}, QStringLiteral("p")}, QStringLiteral("p"), {}, Source::LatestPublished},
        {{QStringLiteral("d"), {}, {}}, QStringLiteral("d"), {}, Source::Draft},
        {{}, {}, {}, Source::LatestPublished},
    };
    for (const Row& row : table) {
        const auto decided = decideReviewChecklist(row.candidates);
        INFO(row.key.value_or(QStringLiteral("(none)")).toStdString());
        REQUIRE(decided.has_value() == row.key.has_value());
        if (!decided)
            continue;
        CHECK(decided->key == *row.key);
        CHECK(decided->versionId == row.versionId);
        CHECK(decided->source == row.source);
    }
}

TEST_CASE("review checklist: a draft opens on the version it is given", "[review][reviewchecklist]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ChecklistVersion v1 = testing::publishDefaultChecklist(*workspace);
        const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        const Actor rita = testing::addReviewer(*workspace, QStringLiteral("rita"));

        const auto chosen = reviewChecklistFor(*workspace, rita, call);
        REQUIRE(chosen.ok());
        CHECK(chosen->key == v1.key);
        CHECK(chosen->source == Source::LatestPublished);

        EvaluationDraftStore drafts(*workspace, rita, QStringLiteral("ws"));
        const auto wrong = drafts.open(call, v1.key, v1.id + 1000);
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().contains(QString::number(v1.id + 1000)));
        const auto opened = drafts.open(call, v1.key, v1.id);
        REQUIRE(opened.ok());
        CHECK(opened->checklistVersionId == v1.id);
        const auto again = reviewChecklistFor(*workspace, rita, call);
        REQUIRE(again.ok());
        CHECK(again->source == Source::Draft);
    }
}
