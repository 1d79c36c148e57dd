#include "app/gui/evaluations/evaluationhistoryview.h"
#include "app/gui/evaluations/myevaluationspanel.h"
#include "app/gui/mainwindow.h"
#include "checklists/sampleanswers.h"
#include "review/disputes/disputestore.h"
#include "review/evaluations/acknowledgements.h"
#include "review/evaluations/evaluationstore.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

using namespace callqa;

namespace {

QString text(const QStandardItemModel& model, const QModelIndex& parent, int row, int column)
{
    return model.index(row, column, parent).data().toString();
}

} // namespace

TEST_CASE("evaluation history view: original, acknowledgement, dispute with items, revision",
          "[app][gui][disputes]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    const review::ChecklistVersion version = testing::publishDefaultChecklist(*workspace);
    const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
    testing::addTestCall(*workspace, QStringLiteral("a-2"));
    const review::Actor rita = testing::addReviewer(*workspace, QStringLiteral("rita"));
    const review::Actor sara =
        testing::addReviewer(*workspace, QStringLiteral("sara"), review::Role::Supervisor);
    const review::Actor jonas =
        testing::addAgentUser(*workspace, QStringLiteral("jonas"), QStringLiteral("a-1"));
    const review::Actor ulla =
        testing::addAgentUser(*workspace, QStringLiteral("ulla"), QStringLiteral("a-2"));
    const checklists::AnswerSet answers = checklists::fullMarksAnswers(version.checklist);
    const QString item = version.checklist.sections.first().items.first().key;
    const auto original =
        review::EvaluationStore(*workspace, rita).submit(call, version.id, answers);
    REQUIRE(original);
    REQUIRE(review::acknowledgeEvaluation(*workspace, jonas, original->id, QStringLiteral("Seen")));
    const auto dispute = review::DisputeStore(*workspace, jonas)
                             .open(original->id, QStringLiteral("Too strict"),
                                   {{item, QStringLiteral("I greeted")}});
    REQUIRE(dispute);
    const auto accepted = review::DisputeStore(*workspace, sara)
                              .accept(dispute->id, answers, QStringLiteral("Agreed"));
    REQUIRE(accepted);

    app::EvaluationHistoryView view(*workspace, jonas);
    REQUIRE(view.load(original->id));
    const QStandardItemModel& model = *view.model();
    REQUIRE(model.rowCount() == 2);
    CHECK(text(model, {}, 0, 0).startsWith(QStringLiteral("Original #%1").arg(original->id)));
    CHECK(text(model, {}, 0, 1) == QStringLiteral("rita"));
    CHECK(text(model, {}, 1, 0)
              .startsWith(QStringLiteral("Revision #%1 of #%2")
                              .arg(*accepted->revisionId)
                              .arg(original->id)));
    CHECK(text(model, {}, 1, 1) == QStringLiteral("sara"));
    const QModelIndex first = model.index(0, 0);
    REQUIRE(model.rowCount(first) == 2);
    CHECK(text(model, first, 0, 0) == QStringLiteral("Acknowledged"));
    CHECK(text(model, first, 0, 3) == QStringLiteral("Seen"));
    CHECK(text(model, first, 1, 0).startsWith(QStringLiteral("Disputed")));
    CHECK(text(model, first, 1, 1) == QStringLiteral("jonas"));
    CHECK(text(model, first, 1, 3) == QStringLiteral("Too strict"));
    const QModelIndex disputed = model.index(1, 0, first);
    REQUIRE(model.rowCount(disputed) == 2);
    CHECK(text(model, disputed, 0, 0) == QStringLiteral("Item %1").arg(item));
    CHECK(text(model, disputed, 0, 3) == QStringLiteral("I greeted"));
    CHECK(text(model, disputed, 1, 0) ==
          QStringLiteral("Accepted: revision #%1").arg(*accepted->revisionId));
    CHECK(text(model, disputed, 1, 1) == QStringLiteral("sara"));
    CHECK(text(model, disputed, 1, 3) == QStringLiteral("Agreed"));
    CHECK_FALSE(text(model, disputed, 1, 2).isEmpty());

    INFO("another agent learns nothing");
    app::EvaluationHistoryView theirs(*workspace, ulla);
    CHECK_FALSE(theirs.load(original->id));
    CHECK(theirs.message() == QStringLiteral("There is no evaluation %1.").arg(original->id));
    CHECK(theirs.model()->rowCount() == 0);

    INFO("reachable from My evaluations (the revision is listed) and from the library");
    app::MyEvaluationsPanel panel(*workspace, jonas);
    REQUIRE(panel.table()->model()->rowCount() == 1);
    panel.table()->selectRow(0);
    auto* button = panel.findChild<QPushButton*>(QStringLiteral("evaluationHistoryButton"));
    REQUIRE(button);
    button->click();
    auto* opened = panel.findChild<app::EvaluationHistoryView*>();
    REQUIRE(opened);
    CHECK(opened->model()->rowCount() == 2);
    app::MainWindow window(testing::openWorkspace(location), sara);
    REQUIRE(window.selectCall(call));
    REQUIRE(window.showSelectedHistory());
    auto* fromLibrary = window.findChild<app::EvaluationHistoryView*>();
    REQUIRE(fromLibrary);
    CHECK(fromLibrary->model()->rowCount() == 2);
}
