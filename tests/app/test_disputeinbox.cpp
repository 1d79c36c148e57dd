#include "app/gui/disputes/disputeinbox.h"
#include "app/gui/disputes/disputeinboxmodel.h"
#include "app/gui/disputes/rescoredialog.h"
#include "app/gui/evaluations/evaluationhistoryview.h"
#include "app/gui/mainwindow.h"
#include "app/gui/review/reviewform.h"
#include "app/gui/review/reviewformmodel.h"
#include "checklists/sampleanswers.h"
#include "review/disputes/disputestore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/changewatcher.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace callqa;

namespace {

QString cell(const app::DisputeInbox& inbox, int row, int column)
{
    return inbox.model()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("dispute inbox: open first, filter by state, accept by re-scoring, reject, live",
          "[app][gui][disputes]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const review::ChecklistVersion version = testing::publishDefaultChecklist(*workspace);
        QList<qint64> calls;
        for (int i = 0; i < 3; ++i)
            calls << testing::addTestCall(*workspace, QStringLiteral("a-1"));
        const review::Actor rita = testing::addReviewer(*workspace, QStringLiteral("rita"));
        const review::Actor sara =
            testing::addReviewer(*workspace, QStringLiteral("sara"), review::Role::Supervisor);
        const review::Actor jonas =
            testing::addAgentUser(*workspace, QStringLiteral("jonas"), QStringLiteral("a-1"));
        checklists::AnswerSet answers = checklists::fullMarksAnswers(version.checklist);
        const QString item = version.checklist.sections.first().items.first().key;
        answers.set(item, checklists::Answer::no());
        review::EvaluationStore store(*workspace, rita);
        QList<qint64> evaluations;
        for (int i = 0; i < 3; ++i) {
            const auto e = store.submit(testing::addTestCall(*workspace, QStringLiteral("a-1")),
                                        version.id, answers);
            REQUIRE(e);
            evaluations << e->id;
        }
        review::DisputeStore agent(*workspace, jonas);
        const auto first = agent.open(evaluations[0], QStringLiteral("I did greet"),
                                      {{item, QStringLiteral("at 0:02")}});
        REQUIRE(first);
        const auto second = agent.open(evaluations[1], QStringLiteral("Second one"));
        REQUIRE(second);
        REQUIRE(review::DisputeStore(*workspace, sara)
                    .reject(second->id, QStringLiteral("The recording says otherwise")));

        review::ChangeWatcher watcher(workspace->db(), nullptr, 50);
        app::DisputeInbox inbox(*workspace, sara, &watcher);
        REQUIRE(inbox.model()->rowCount() == 2);
        INFO("the open one first, with agent, evaluation, reason, age and window");
        CHECK(cell(inbox, 0, app::DisputeInboxModel::State) == QStringLiteral("disputed, open"));
        CHECK(cell(inbox, 0, app::DisputeInboxModel::Agent).contains(QStringLiteral("a-1")));
        CHECK(cell(inbox, 0, app::DisputeInboxModel::Evaluation)
                  .startsWith(QStringLiteral("#%1").arg(evaluations[0])));
        CHECK(cell(inbox, 0, app::DisputeInboxModel::Reason) == QStringLiteral("I did greet"));
        CHECK(cell(inbox, 0, app::DisputeInboxModel::Age) == QStringLiteral("0 minute(s)"));
        CHECK(cell(inbox, 0, app::DisputeInboxModel::Window) == QStringLiteral("day 1 of 7"));
        CHECK(cell(inbox, 1, app::DisputeInboxModel::State) == QStringLiteral("rejected"));
        inbox.table()->selectRow(0);
        CHECK(inbox.detailText().contains(QStringLiteral("at 0:02")));
        CHECK(inbox.findChild<QPushButton*>(QStringLiteral("acceptDisputeButton"))->isEnabled());
        inbox.table()->selectRow(1);
        CHECK_FALSE(
            inbox.findChild<QPushButton*>(QStringLiteral("acceptDisputeButton"))->isEnabled());
        CHECK(inbox.detailText().contains(QStringLiteral("The recording says otherwise")));

        INFO("filtered by state");
        inbox.setStateFilter(review::DisputeState::Rejected);
        REQUIRE(inbox.model()->rowCount() == 1);
        CHECK(cell(inbox, 0, app::DisputeInboxModel::Reason) == QStringLiteral("Second one"));
        inbox.setStateFilter(review::DisputeState::Withdrawn);
        CHECK(inbox.model()->rowCount() == 0);
        CHECK(inbox.message() == QStringLiteral("No dispute here."));
        inbox.setStateFilter(std::nullopt);

        INFO("another workstation opens a dispute: the inbox shows it by itself");
        {
            auto other = testing::openWorkspace(location);
            REQUIRE(review::DisputeStore(*other, jonas)
                        .open(evaluations[2], QStringLiteral("Third, from elsewhere")));
        }
        CHECK(QTest::qWaitFor([&] { return inbox.model()->rowCount() == 3; }, 5000));
        REQUIRE(inbox.model()->rowCount() == 3);
        CHECK(cell(inbox, 1, app::DisputeInboxModel::Reason) ==
              QStringLiteral("Third, from elsewhere"));

        INFO("accepting re-scores the evaluation's answers into a revision");
        inbox.table()->selectRow(0);
        const auto stored = store.answers(evaluations[0]);
        REQUIRE(stored);
        app::RescoreDialog dialog(version.checklist, stored.value(), QStringLiteral("I did greet"));
        CHECK(dialog.answers().answer(item) == checklists::Answer::no());
        REQUIRE(dialog.form()->model().setAnswer(item, checklists::Answer::yes()));
        dialog.reasonEdit()->setPlainText(QStringLiteral("  The greeting is at 0:02  "));
        CHECK(dialog.reason() == QStringLiteral("The greeting is at 0:02"));
        const review::Status accepted = inbox.acceptSelected(dialog.answers(), dialog.reason());
        INFO(accepted.error().toStdString());
        REQUIRE(accepted);
        CHECK(inbox.message().contains(QStringLiteral("replaces %1").arg(evaluations[0])));
        const auto latest = review::EvaluationStore(*workspace, sara).list();
        REQUIRE(latest);
        const auto revision = std::find_if(latest->begin(), latest->end(), [&](const auto& e) {
            return e.revisionOf == evaluations[0];
        });
        REQUIRE(revision != latest->end());
        CHECK(revision->overall > 0.0);
        CHECK(cell(inbox, 0, app::DisputeInboxModel::Reason) ==
              QStringLiteral("Third, from elsewhere"));

        INFO("rejecting needs a reason; the agent reads it");
        inbox.table()->selectRow(0);
        CHECK_FALSE(inbox.rejectSelected(QStringLiteral("   ")).ok());
        CHECK(inbox.message().contains(QStringLiteral("reason")));
        REQUIRE(inbox.rejectSelected(QStringLiteral("Scored right")));
        inbox.setStateFilter(review::DisputeState::Open);
        CHECK(inbox.model()->rowCount() == 0);

        INFO("the history of the selected dispute's evaluation opens from the inbox");
        inbox.setStateFilter(std::nullopt);
        inbox.table()->selectRow(0);
        inbox.findChild<QPushButton*>(QStringLiteral("disputeHistoryButton"))->click();
        auto* history = inbox.findChild<app::EvaluationHistoryView*>();
        REQUIRE(history);
        CHECK(history->model()->rowCount() >= 1);

        INFO("the window's menu offers the inbox to supervisors, not to agents");
        app::MainWindow saraWindow(testing::openWorkspace(location), sara);
        CHECK(saraWindow.findChild<QAction*>(QStringLiteral("disputeInboxAction")));
        app::MainWindow jonasWindow(testing::openWorkspace(location), jonas);
        CHECK_FALSE(jonasWindow.findChild<QAction*>(QStringLiteral("disputeInboxAction")));
    }
}
