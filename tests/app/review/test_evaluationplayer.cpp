#include "app/gui/evaluations/evaluationplayer.h"
#include "app/gui/evaluations/myevaluationspanel.h"
#include "app/gui/review/commentlistmodel.h"
#include "app/gui/review/commentspanel.h"
#include "app/gui/review/waveformview.h"
#include "audio/playback/playbackengine.h"
#include "checklists/sampleanswers.h"
#include "review/checklists/checkliststore.h"
#include "review/evaluations/evaluationdraftstore.h"
#include "review/evaluations/reviewcomments.h"
#include "tests/app/queuefloor.h"
#include "tests/app/review/reviewfloor.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace callqa;

namespace {

QString agentOf(review::Workspace& workspace, qint64 callId)
{
    return workspace.db()
        .scalar(QStringLiteral("SELECT a.external_id FROM calls c JOIN agents a ON a.id = "
                               "c.agent_id WHERE c.id = ?"),
                {callId})
        .toString();
}

} // namespace

TEST_CASE("agent player: an agent plays their own call from a comment's moment, read-only",
          "[app][gui][agents]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::ReviewFloor floor(*workspace);
    const review::Actor rita = testing::signedInAs(*workspace, QStringLiteral("rita"));
    const qint64 callId = floor.items.first().callId;
    const QString agent = agentOf(*workspace, callId);
    REQUIRE_FALSE(agent.isEmpty());
    const review::Actor jonas = testing::addAgentUser(*workspace, QStringLiteral("jonas"), agent);

    review::EvaluationDraftStore drafts(*workspace, rita, QStringLiteral("ws"));
    const auto draft = drafts.open(callId, QStringLiteral("support-call"));
    INFO(draft.error().toStdString());
    REQUIRE(draft);
    REQUIRE(review::DraftComments(drafts).add(draft->id, 2000, {}, QStringLiteral("Listen here")));
    const auto version =
        review::ChecklistStore(*workspace, rita).versionById(draft->checklistVersionId);
    REQUIRE(version);
    REQUIRE(drafts.save(draft->id, checklists::fullMarksAnswers(version->checklist)));
    const auto submitted = drafts.submit(draft->id);
    INFO(submitted.error().toStdString());
    REQUIRE(submitted);

    app::MyEvaluationsPanel panel(*workspace, jonas);
    REQUIRE(panel.table()->model()->rowCount() == 1);
    panel.table()->selectRow(0);
    INFO("the comment's moment is a link that plays from there");
    CHECK(panel.detailText().contains(QStringLiteral("href='moment:2000'")));
    auto* detail = panel.findChild<QLabel*>(QStringLiteral("evaluationDetail"));
    REQUIRE(detail);
    Q_EMIT detail->linkActivated(QStringLiteral("moment:2000"));
    auto* player = panel.findChild<app::EvaluationPlayer*>();
    REQUIRE(player);
    INFO(panel.message().toStdString());
    CHECK(player->isVisible());
    CHECK(player->bannerText().isEmpty());
    REQUIRE(player->player());
    CHECK(player->waveform()->position() == 2000);
    CHECK(player->player()->position() >= 2000);
    REQUIRE(player->comments()->model().rowCount() == 1);

    INFO("it plays into the null sink from the moment on");
    player->togglePlay();
    CHECK(QTest::qWaitFor([&] { return player->player()->position() > 2300; }, 10000));
    CHECK(player->waveform()->position() > 2000);
    player->togglePlay();
    CHECK(player->player()->state() == audio::PlaybackEngine::State::Paused);

    INFO("nothing to edit: no form, no comment line, the comments list read-only");
    CHECK(player->findChildren<QLineEdit*>().size() == 1);
    CHECK_FALSE(player->comments()->editor()->isVisible());
    player->comments()->startComment(3000, {}, {});
    CHECK_FALSE(player->comments()->isWriting());

    INFO("a comment in the list seeks there");
    Q_EMIT player->comments()->seekRequested(1000);
    CHECK(player->waveform()->position() == 1000);

    INFO("another agent's evaluation does not open, and says nothing of it");
    const review::Actor ulla = testing::addAgentUser(
        *workspace, QStringLiteral("ulla"),
        agent == QStringLiteral("a1") ? QStringLiteral("a2") : QStringLiteral("a1"));
    app::EvaluationPlayer other(*workspace, ulla);
    CHECK_FALSE(other.open(submitted->id, 0));
    CHECK(other.lastError() == QStringLiteral("There is no evaluation %1.").arg(submitted->id));
    CHECK(other.player() == nullptr);
}
