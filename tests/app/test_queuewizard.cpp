#include "app/gui/mainwindow.h"
#include "app/gui/queues/queuewizard.h"
#include "app/gui/queues/stratatablemodel.h"
#include "review/queues/queuestore.h"
#include "tests/app/queuefloor.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace callqa;

namespace {

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    INFO("no child " << name.toStdString());
    REQUIRE(found);
    return found;
}

qint64 columnSum(const QAbstractItemModel* model, int column)
{
    qint64 sum = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        sum += model->index(row, column).data().toString().toLongLong();
    return sum;
}

// March 2026 in UTC, the calls of the floor, a total quota stratified by duration.
void describeMarch(app::QueueWizard& wizard, const QString& name, int quota)
{
    child<QLineEdit>(&wizard, QStringLiteral("queueName"))->setText(name);
    child<QDateEdit>(&wizard, QStringLiteral("fromDate"))->setDate(QDate(2026, 3, 1));
    child<QDateEdit>(&wizard, QStringLiteral("toDate"))->setDate(QDate(2026, 3, 31));
    auto* zone = child<QComboBox>(&wizard, QStringLiteral("timeZoneCombo"));
    zone->setCurrentIndex(zone->findText(QStringLiteral("UTC")));
    REQUIRE(zone->currentText() == QStringLiteral("UTC"));
    auto* kind = child<QComboBox>(&wizard, QStringLiteral("quotaKindCombo"));
    kind->setCurrentIndex(kind->findData(int(review::QuotaKind::Total)));
    child<QSpinBox>(&wizard, QStringLiteral("quotaSpin"))->setValue(quota);
    child<QCheckBox>(&wizard, QStringLiteral("stratifyDuration"))->setChecked(true);
    child<QLineEdit>(&wizard, QStringLiteral("seedEdit"))->setText(QStringLiteral("2026"));
}

} // namespace

TEST_CASE("queue wizard: live strata counts follow the rule, Draw stores the queue",
          "[app][gui][queues]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::addQueueFloor(*workspace);
    const review::Actor sara = testing::signedInAs(*workspace, QStringLiteral("sara"));

    app::QueueWizard wizard(*workspace, sara);
    wizard.show();
    auto* table = child<QTableView>(&wizard, QStringLiteral("strataTable"));
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* checklist = child<QComboBox>(&wizard, QStringLiteral("checklistCombo"));
    REQUIRE(checklist->count() == 1);
    CHECK(checklist->currentData().toString() == QStringLiteral("support-call"));

    QSignalSpy updated(&wizard, &app::QueueWizard::previewUpdated);
    describeMarch(wizard, QStringLiteral("March sample"), 4);
    INFO("the changes recount once, after a pause, from the event loop");
    REQUIRE(updated.wait(5000));
    const QAbstractItemModel* strata = table->model();
    REQUIRE(strata->rowCount() == 2); // short and long calls
    CHECK(strata->index(0, app::StrataTableModel::Stratum).data().toString() ==
          QStringLiteral("duration=0-2min"));
    CHECK(strata->index(0, app::StrataTableModel::Eligible).data().toString() ==
          QStringLiteral("18"));
    CHECK(strata->index(1, app::StrataTableModel::Eligible).data().toString() ==
          QStringLiteral("6"));
    CHECK(columnSum(strata, app::StrataTableModel::Allocated) == 4);
    CHECK(strata->index(1, app::StrataTableModel::Allocated).data().toString() ==
          QStringLiteral("1"));
    CHECK(child<QLabel>(&wizard, QStringLiteral("previewTotal"))
              ->text()
              .contains(QStringLiteral("24")));

    updated.clear();
    child<QSpinBox>(&wizard, QStringLiteral("quotaSpin"))->setValue(12);
    REQUIRE(updated.wait(5000));
    CHECK(updated.count() == 1);
    CHECK(columnSum(strata, app::StrataTableModel::Allocated) == 12);
    CHECK(strata->index(0, app::StrataTableModel::Allocated).data().toString() ==
          QStringLiteral("9"));
    CHECK(strata->index(1, app::StrataTableModel::Allocated).data().toString() ==
          QStringLiteral("3"));
    CHECK(
        workspace->db().scalar(QStringLiteral("SELECT count(*) FROM review_queues")).toLongLong() ==
        0);

    wizard.next();
    REQUIRE(wizard.currentId() == app::QueueWizard::ReviewersPage);
    auto* reviewers = child<QListWidget>(&wizard, QStringLiteral("reviewerList"));
    QStringList listed;
    for (int i = 0; i < reviewers->count(); ++i)
        listed << reviewers->item(i)->data(Qt::UserRole).toString();
    CHECK(listed ==
          QStringList{QStringLiteral("omid"), QStringLiteral("rita"), QStringLiteral("sara")});
    reviewers->item(1)->setCheckState(Qt::Checked);
    wizard.next(); // Draw
    INFO(child<QLabel>(&wizard, QStringLiteral("drawError"))->text().toStdString());
    REQUIRE(wizard.currentId() == app::QueueWizard::ResultPage);
    CHECK(child<QLabel>(&wizard, QStringLiteral("drawResult"))
              ->text()
              .contains(QStringLiteral("March sample")));

    review::QueueStore store(*workspace, sara);
    const auto queue = store.find(QStringLiteral("March sample"));
    REQUIRE(queue);
    CHECK(queue->id == wizard.drawnQueueId());
    CHECK(queue->frameSize == 24);
    CHECK(queue->rule.seed == 2026);
    CHECK(queue->rule.quota == 12);
    CHECK(queue->rule.timeZone == QStringLiteral("UTC"));
    const auto items = store.items(queue->id);
    REQUIRE(items);
    CHECK(items->size() == 12);
    for (const review::QueueItem& item : items.value())
        CHECK(item.assignee == QStringLiteral("rita"));

    INFO("a second queue of the same name is refused on the page, nothing stored");
    app::QueueWizard again(*workspace, sara);
    again.show();
    describeMarch(again, QStringLiteral("march SAMPLE"), 3);
    again.refreshPreview();
    again.next();
    again.next();
    CHECK(again.currentId() == app::QueueWizard::ReviewersPage);
    CHECK(child<QLabel>(&again, QStringLiteral("drawError"))
              ->text()
              .contains(QStringLiteral("exists already")));
    CHECK(
        workspace->db().scalar(QStringLiteral("SELECT count(*) FROM review_queues")).toLongLong() ==
        1);
}

TEST_CASE("queue wizard: a double-scoring share gives items to a second reviewer",
          "[app][gui][queues]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::addQueueFloor(*workspace);
    const review::Actor sara = testing::signedInAs(*workspace, QStringLiteral("sara"));
    app::QueueWizard wizard(*workspace, sara);
    wizard.show();
    describeMarch(wizard, QStringLiteral("Doubled"), 8);
    wizard.refreshPreview();
    wizard.next();
    REQUIRE(wizard.currentId() == app::QueueWizard::ReviewersPage);
    auto* reviewers = child<QListWidget>(&wizard, QStringLiteral("reviewerList"));
    child<QSpinBox>(&wizard, QStringLiteral("doubleScoreSpin"))->setValue(25);
    reviewers->item(0)->setCheckState(Qt::Checked);
    INFO("one reviewer is not enough: the page says so and draws nothing");
    wizard.next();
    CHECK(wizard.currentId() == app::QueueWizard::ReviewersPage);
    CHECK(child<QLabel>(&wizard, QStringLiteral("drawError"))
              ->text()
              .contains(QStringLiteral("two reviewers")));
    reviewers->item(1)->setCheckState(Qt::Checked);
    wizard.next();
    REQUIRE(wizard.currentId() == app::QueueWizard::ResultPage);
    CHECK(child<QLabel>(&wizard, QStringLiteral("drawResult"))
              ->text()
              .contains(QStringLiteral("2 of them double-scored")));
    review::QueueStore store(*workspace, sara);
    const auto queue = store.find(QStringLiteral("Doubled"));
    REQUIRE(queue);
    CHECK(queue->rule.doubleScorePercent == 25);
    CHECK(queue->counts.doubleScored == 2);
}

TEST_CASE("queue wizard: offered to supervisors only, refused for a reviewer", "[app][gui][queues]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::addQueueFloor(*workspace);
    const review::Actor sara = testing::signedInAs(*workspace, QStringLiteral("sara"));
    const review::Actor rita = testing::signedInAs(*workspace, QStringLiteral("rita"));

    const app::MainWindow supervisorWindow(testing::openWorkspace(location), sara);
    CHECK(supervisorWindow.findChild<QAction*>(QStringLiteral("queueWizardAction")));
    const app::MainWindow reviewerWindow(testing::openWorkspace(location), rita);
    CHECK_FALSE(reviewerWindow.findChild<QAction*>(QStringLiteral("queueWizardAction")));
    CHECK(reviewerWindow.findChild<QDockWidget*>(QStringLiteral("myQueueDock")));
    review::Actor agent;
    agent.login = QStringLiteral("anna");
    agent.roles = {review::Role::Agent};
    INFO("agents see nothing of queues: no wizard, no My queue");
    const app::MainWindow agentWindow(testing::openWorkspace(location), agent);
    CHECK_FALSE(agentWindow.findChild<QAction*>(QStringLiteral("queueWizardAction")));
    CHECK_FALSE(agentWindow.findChild<QDockWidget*>(QStringLiteral("myQueueDock")));
    CHECK_FALSE(agentWindow.findChild<QAction*>(QStringLiteral("nextItemAction")));

    INFO("built anyway, the wizard counts nothing and draws nothing for a reviewer");
    app::QueueWizard wizard(*workspace, rita);
    describeMarch(wizard, QStringLiteral("Mine"), 3);
    wizard.refreshPreview();
    CHECK(child<QTableView>(&wizard, QStringLiteral("strataTable"))->model()->rowCount() == 0);
    CHECK(child<QLabel>(&wizard, QStringLiteral("previewTotal"))
              ->text()
              .contains(QStringLiteral("review queues")));
    CHECK(child<QListWidget>(&wizard, QStringLiteral("reviewerList"))->count() == 0);
    wizard.show();
    wizard.next();
    wizard.next();
    CHECK(wizard.currentId() == app::QueueWizard::ReviewersPage);
    CHECK_FALSE(child<QLabel>(&wizard, QStringLiteral("drawError"))->text().isEmpty());
    CHECK(
        workspace->db().scalar(QStringLiteral("SELECT count(*) FROM review_queues")).toLongLong() ==
        0);
}

// Renders the documentation screenshot (README, "Review queues"); hidden, run on purpose:
// CALLQA_SCREENSHOT_DIR=docs/screenshots tests_app "[screenshot]" (offscreen, like every GUI test)
TEST_CASE("queue wizard: documentation screenshot", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("CALLQA_SCREENSHOT_DIR");
    INFO("set CALLQA_SCREENSHOT_DIR to the folder the screenshots go to");
    REQUIRE_FALSE(folder.isEmpty());
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::addQueueFloor(*workspace);
    app::QueueWizard wizard(*workspace, testing::signedInAs(*workspace, QStringLiteral("sara")));
    wizard.show();
    describeMarch(wizard, QStringLiteral("March, by queue and length"), 10);
    child<QCheckBox>(&wizard, QStringLiteral("stratifyQueue"))->setChecked(true);
    wizard.refreshPreview();
    QTest::qWait(100);
    REQUIRE(wizard.grab().save(folder + QStringLiteral("/queue-wizard.png"), "PNG"));
}
