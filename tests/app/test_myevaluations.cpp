#include "app/gui/evaluations/disputedialog.h"
#include "app/gui/evaluations/myevaluationsmodel.h"
#include "app/gui/evaluations/myevaluationspanel.h"
#include "app/gui/mainwindow.h"
#include "checklists/sampleanswers.h"
#include "review/evaluations/evaluationdraftstore.h"
#include "review/evaluations/reviewcomments.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDockWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace callqa;

namespace {

} // namespace

TEST_CASE("my evaluations: an agent reads, acknowledges and disputes their own, sees no other's",
          "[app][gui][agents]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    const review::ChecklistVersion version = testing::publishDefaultChecklist(*workspace);
    const qint64 commented = testing::addTestCall(*workspace, QStringLiteral("a-1"));
    const qint64 plain = testing::addTestCall(*workspace, QStringLiteral("a-1"));
    const qint64 other = testing::addTestCall(*workspace, QStringLiteral("a-2"));
    const review::Actor rita = testing::addReviewer(*workspace, QStringLiteral("rita"));
    const review::Actor jonas =
        testing::addAgentUser(*workspace, QStringLiteral("jonas"), QStringLiteral("a-1"));
    testing::addAgentUser(*workspace, QStringLiteral("ulla"), QStringLiteral("a-2"));
    const checklists::AnswerSet answers = checklists::fullMarksAnswers(version.checklist);
    review::EvaluationDraftStore drafts(*workspace, rita, QStringLiteral("ws"));
    const auto draft = drafts.open(commented, version.key);
    REQUIRE(draft);
    REQUIRE(
        review::DraftComments(drafts).add(draft->id, 5000, {}, QStringLiteral("Warm greeting")));
    REQUIRE(drafts.save(draft->id, answers));
    REQUIRE(drafts.submit(draft->id));
    review::EvaluationStore store(*workspace, rita);
    REQUIRE(store.submit(plain, version.id, answers));
    REQUIRE(store.submit(other, version.id, answers));

    app::MyEvaluationsPanel panel(*workspace, jonas);
    REQUIRE(panel.table()->model()->rowCount() == 2); // ulla's is not there
    INFO("the newest first; its answers and the reviewer's comment with its moment");
    panel.table()->selectRow(1);
    CHECK(panel.detailText().contains(QStringLiteral("Warm greeting")));
    CHECK(panel.detailText().contains(QStringLiteral("0:05")));
    CHECK(panel.detailText().contains(
        version.checklist.sections.first().items.first().prompt.toHtmlEscaped()));

    REQUIRE(panel.acknowledgeSelected(QStringLiteral("Thanks")));
    CHECK_FALSE(panel.findChild<QPushButton*>(QStringLiteral("acknowledgeButton"))->isEnabled());
    CHECK(panel.table()->model()->index(1, app::MyEvaluationsModel::Acknowledged).data() !=
          QStringLiteral("not yet"));

    INFO("the dispute dialog gives the reason and the items filled in");
    app::DisputeDialog dialog(version.checklist);
    dialog.reasonEdit()->setPlainText(QStringLiteral("  I verified the caller  "));
    dialog.itemsTable()->item(2, 1)->setText(QStringLiteral("At 0:03"));
    CHECK(dialog.reason() == QStringLiteral("I verified the caller"));
    REQUIRE(dialog.itemReasons().size() == 1);
    CHECK(dialog.itemReasons().first() == QStringLiteral("At 0:03"));
    REQUIRE(panel.disputeSelected(dialog.reason(), dialog.itemReasons()));
    CHECK(panel.table()->model()->index(1, app::MyEvaluationsModel::Dispute).data().toString() ==
          QStringLiteral("disputed, open"));
    CHECK_FALSE(panel.findChild<QPushButton*>(QStringLiteral("disputeButton"))->isEnabled());
    CHECK_FALSE(panel.disputeSelected(QStringLiteral("again"), {}).ok());

    INFO("the window shows agents their evaluations in the library's place");
    app::MainWindow window(testing::openWorkspace(location), jonas);
    auto* page = window.findChild<app::MyEvaluationsPanel*>();
    REQUIRE(page);
    CHECK(page->isVisibleTo(&window));
    app::MainWindow reviewerWindow(testing::openWorkspace(location), rita);
    CHECK_FALSE(reviewerWindow.findChild<app::MyEvaluationsPanel*>());
}
