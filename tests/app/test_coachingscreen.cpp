#include "app/gui/coaching/actionitemsmodel.h"
#include "app/gui/coaching/coachingscreen.h"
#include "app/gui/coaching/coachingsessiondialog.h"
#include "app/gui/evaluations/myevaluationspanel.h"
#include "checklists/sampleanswers.h"
#include "review/evaluations/evaluationstore.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QColor>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace callqa;

TEST_CASE("coaching screen: a coach records a session with action items, the agent acknowledges",
          "[app][gui][coaching]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const review::ChecklistVersion version = testing::publishDefaultChecklist(*workspace);
        const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        testing::addTestCall(*workspace, QStringLiteral("a-2"));
        const review::Actor rita = testing::addReviewer(*workspace, QStringLiteral("rita"));
        const review::Actor carla =
            testing::addReviewer(*workspace, QStringLiteral("carla"), review::Role::Coach);
        const review::Actor jonas =
            testing::addAgentUser(*workspace, QStringLiteral("jonas"), QStringLiteral("a-1"));
        const review::Actor ulla =
            testing::addAgentUser(*workspace, QStringLiteral("ulla"), QStringLiteral("a-2"));
        const auto evaluation =
            review::EvaluationStore(*workspace, rita)
                .submit(call, version.id, checklists::fullMarksAnswers(version.checklist));
        REQUIRE(evaluation);

        INFO("the new-session dialog reads agent, evaluations and notes, and names a bad number");
        app::CoachingSessionDialog dialog;
        dialog.agentEdit()->setText(QStringLiteral(" a-1 "));
        dialog.evaluationsEdit()->setText(QStringLiteral("#%1").arg(evaluation->id));
        dialog.notesEdit()->setPlainText(QStringLiteral("Hold etiquette"));
        CHECK(dialog.problem().isEmpty());
        const review::NewCoachingSession session = dialog.session();
        CHECK(session.agentExternalId == QStringLiteral("a-1"));
        CHECK(session.evaluationIds == QList<qint64>{evaluation->id});
        CHECK(session.notes == QStringLiteral("Hold etiquette"));
        dialog.evaluationsEdit()->setText(QStringLiteral("12, twelve"));
        CHECK(dialog.problem().contains(QStringLiteral("twelve")));

        app::CoachingScreen screen(*workspace, carla);
        CHECK(screen.message() == QStringLiteral("No coaching session yet."));
        REQUIRE(screen.addSession(session));
        REQUIRE(screen.sessions()->model()->rowCount() == 1);
        CHECK(screen.detailText().contains(QStringLiteral("#%1").arg(evaluation->id)));
        CHECK(screen.detailText().contains(QStringLiteral("Hold etiquette")));

        INFO("action items: one overdue (red), one not; checking one marks it done");
        const qint64 now = workspace->now();
        REQUIRE(screen.addItem(QStringLiteral("Listen to two calls"), QStringLiteral("jonas"),
                               now - 24LL * 3600 * 1000));
        REQUIRE(screen.addItem(QStringLiteral("Practise the hold script"), {},
                               now + 7LL * 24 * 3600 * 1000));
        CHECK_FALSE(screen.addItem(QStringLiteral("Nobody owns it"), QStringLiteral("zed"), {}));
        app::ActionItemsModel& items = *screen.items();
        REQUIRE(items.rowCount() == 2);
        int overdueRow = -1;
        for (int row = 0; row < items.rowCount(); ++row)
            if (items.itemAt(row)->title == QStringLiteral("Listen to two calls"))
                overdueRow = row;
        REQUIRE(overdueRow >= 0);
        const int otherRow = 1 - overdueRow;
        CHECK(items.index(overdueRow, 0).data(Qt::ForegroundRole).value<QColor>() ==
              app::ActionItemsModel::overdueColor());
        CHECK_FALSE(items.index(otherRow, 0).data(Qt::ForegroundRole).isValid());
        CHECK(items.index(otherRow, app::ActionItemsModel::Owner).data() ==
              QStringLiteral("carla"));
        CHECK(items.flags(items.index(overdueRow, 0)) & Qt::ItemIsUserCheckable);
        REQUIRE(items.setData(items.index(overdueRow, 0), Qt::Checked, Qt::CheckStateRole));
        REQUIRE(items.rowCount() == 2);
        const auto done = [&] {
            for (int row = 0; row < items.rowCount(); ++row)
                if (items.itemAt(row)->title == QStringLiteral("Listen to two calls"))
                    return items.itemAt(row)->doneAt.has_value() &&
                           !items.index(row, 0).data(Qt::ForegroundRole).isValid();
            return false;
        };
        CHECK(done());

        INFO("the agent sees and acknowledges their session from My evaluations; others see none");
        app::MyEvaluationsPanel panel(*workspace, jonas);
        panel.findChild<QPushButton*>(QStringLiteral("myCoachingButton"))->click();
        auto* mine = panel.findChild<app::CoachingScreen*>();
        REQUIRE(mine);
        REQUIRE(mine->sessions()->model()->rowCount() == 1);
        CHECK(mine->items()->rowCount() == 2);
        CHECK_FALSE(mine->addSession(session).ok());
        REQUIRE(mine->acknowledgeSelected());
        CHECK_FALSE(
            mine->findChild<QPushButton*>(QStringLiteral("acknowledgeSessionButton"))->isEnabled());
        CHECK(mine->sessions()->model()->index(0, 4).data().toString() !=
              QStringLiteral("not yet"));
        app::CoachingScreen theirs(*workspace, ulla);
        CHECK(theirs.sessions()->model()->rowCount() == 0);
    }
}
