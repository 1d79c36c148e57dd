#include "app/gui/mainwindow.h"
#include "app/gui/queues/myqueuemodel.h"
#include "review/calls/librarymodel.h"
#include "review/queues/queueprogress.h"
#include "review/queues/queuestore.h"
#include "tests/app/queuefloor.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QSignalSpy>
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

review::QueueSummary drawForRita(review::Workspace& workspace, const QString& name, int quota,
                                 QList<review::StratumDimension> stratify = {})
{
    return testing::drawMarchQueue(workspace, name, quota, QStringLiteral("rita"),
                                   std::move(stratify));
}

} // namespace

TEST_CASE("my queue: the reviewer's items with counts, Next selects the call", "[app][gui][queues]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::addQueueFloor(*workspace);
    const review::QueueSummary queue = drawForRita(*workspace, QStringLiteral("March"), 6);
    const review::Actor rita = testing::signedInAs(*workspace, QStringLiteral("rita"));
    const auto items = review::QueueStore(*workspace, rita).items(queue.id);
    REQUIRE(items);
    REQUIRE(items->size() == 6);
    // The third item is started and the fifth one done, the way drafts and submissions mark them.
    review::Database& db = workspace->db();
    const qint64 checklistId =
        db.scalar(QStringLiteral("SELECT checklist_id FROM review_queues WHERE id = ?"), {queue.id})
            .toLongLong();
    REQUIRE(db.transact([&] {
        review::markQueueItemsStarted(db, items->at(2).callId, checklistId, QStringLiteral("rita"),
                                      1000);
        review::markQueueItemsDone(db, items->at(4).callId, queue.checklistVersionId, 0,
                                   QStringLiteral("rita"), 1000);
    }));

    app::MainWindow window(testing::openWorkspace(location), rita);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(child<QDockWidget>(&window, QStringLiteral("myQueueDock"))->isVisible());
    auto* table = child<QTableView>(&window, QStringLiteral("myQueueTable"));
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(table->model()->rowCount() == 6);
    CHECK(table->model()->index(0, app::MyQueueModel::Queue).data().toString() ==
          QStringLiteral("March"));
    CHECK(table->model()->index(2, app::MyQueueModel::State).data().toString() ==
          QStringLiteral("in progress"));
    CHECK(child<QLabel>(&window, QStringLiteral("myQueueCounts"))->text() ==
          QStringLiteral("4 to do, 1 in progress, 1 done"));

    INFO("Next takes the item in progress first; the library selects its call");
    auto* next = child<QAction>(&window, QStringLiteral("nextItemAction"));
    CHECK(next->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N));
    auto* calls = child<QTableView>(&window, QStringLiteral("callTable"));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    const QModelIndex current = calls->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.data(review::LibraryModel::kCallIdRole).toLongLong() == items->at(2).callId);
    CHECK(child<QLabel>(&window, QStringLiteral("callDetails"))
              ->text()
              .contains(items->at(2).callExternalId));
    CHECK(table->currentIndex().row() == 2);

    INFO("the supervisor adds a call by hand: the change watcher refreshes the panel");
    review::QueueStore supervisor(*workspace,
                                  testing::signedInAs(*workspace, QStringLiteral("sara")));
    const qint64 extra = db.scalar(QStringLiteral("SELECT id FROM calls WHERE id NOT IN (SELECT "
                                                  "call_id FROM review_queue_items) ORDER BY id"))
                             .toLongLong();
    REQUIRE(supervisor.addItem(queue.id, extra, QStringLiteral("customer complaint"),
                               QStringLiteral("rita")));
    CHECK(QTest::qWaitFor([&] { return table->model()->rowCount() == 7; }, 5000));
    CHECK(child<QLabel>(&window, QStringLiteral("myQueueCounts"))->text() ==
          QStringLiteral("5 to do, 1 in progress, 1 done"));
    CHECK(table->model()->index(6, app::MyQueueModel::Stratum).data().toString() ==
          QStringLiteral("added by hand"));
}

TEST_CASE("my queue: a reviewer with no work is told so and sees no one else's items",
          "[app][gui][queues]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::addQueueFloor(*workspace);
    drawForRita(*workspace, QStringLiteral("March"), 3);
    app::MainWindow window(testing::openWorkspace(location),
                           testing::signedInAs(*workspace, QStringLiteral("omid")));
    auto* table = child<QTableView>(&window, QStringLiteral("myQueueTable"));
    CHECK(table->model()->rowCount() == 0);
    child<QAction>(&window, QStringLiteral("nextItemAction"))->trigger();
    CHECK(child<QLabel>(&window, QStringLiteral("myQueueMessage"))
              ->text()
              .contains(QStringLiteral("Nothing to do")));
}

// Renders the documentation screenshot (README, "Review queues"); hidden, run on purpose:
// CALLQA_SCREENSHOT_DIR=docs/screenshots tests_app "[screenshot]" (offscreen, like every GUI test)
TEST_CASE("my queue: documentation screenshot", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("CALLQA_SCREENSHOT_DIR");
    INFO("set CALLQA_SCREENSHOT_DIR to the folder the screenshots go to");
    REQUIRE_FALSE(folder.isEmpty());
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::addQueueFloor(*workspace);
    const review::QueueSummary queue =
        drawForRita(*workspace, QStringLiteral("March by length"), 7,
                    {review::StratumDimension::Queue, review::StratumDimension::Duration});
    const review::Actor rita = testing::signedInAs(*workspace, QStringLiteral("rita"));
    const auto items = review::QueueStore(*workspace, rita).items(queue.id);
    REQUIRE(items);
    review::Database& db = workspace->db();
    const qint64 checklistId =
        db.scalar(QStringLiteral("SELECT checklist_id FROM review_queues WHERE id = ?"), {queue.id})
            .toLongLong();
    REQUIRE(db.transact([&] {
        review::markQueueItemsDone(db, items->at(0).callId, queue.checklistVersionId, 0,
                                   QStringLiteral("rita"), 1000);
        review::markQueueItemsDone(db, items->at(3).callId, queue.checklistVersionId, 0,
                                   QStringLiteral("rita"), 1000);
        review::markQueueItemsStarted(db, items->at(1).callId, checklistId, QStringLiteral("rita"),
                                      1000);
    }));
    app::MainWindow window(testing::openWorkspace(location), rita);
    window.resize(1400, 720);
    window.show();
    child<QAction>(&window, QStringLiteral("nextItemAction"))->trigger();
    QTest::qWait(100);
    REQUIRE(window.grab().save(folder + QStringLiteral("/my-queue.png"), "PNG"));
}
