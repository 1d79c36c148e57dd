#include "app/gui/mainwindow.h"
#include "checklists/answersjson.h"
#include "checklists/defaultchecklist.h"
#include "checklists/sampleanswers.h"
#include "review/calls/libraryquery.h"
#include "tests/app/clirunner.h"
#include "tests/support/mediafiles.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace callqa;

TEST_CASE("main window: the call list refreshes when another process imports or scores",
          "[app][gui][liverefresh]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString calls = dir.filePath(QStringLiteral("calls"));
        testing::makeRecording(calls + QStringLiteral("/one.wav"), 0.5);
        testing::TestLocation location(backend);

        app::MainWindow window(testing::openWorkspace(location), review::Actor::owner());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("callTable"));
        REQUIRE(table);
        const QAbstractItemModel* model = table->model();
        REQUIRE(model);
        REQUIRE(model->rowCount() == 0);

        const testing::CliRun import = testing::runCallqa(
            {QStringLiteral("--db"), location.url(), QStringLiteral("import"), calls});
        INFO(import.out.toStdString() << import.err.toStdString());
        REQUIRE(import.exitCode == 0);

        INFO("no user action: the change watcher reloads the list from the event loop");
        CHECK(QTest::qWaitFor([&] { return model->rowCount() == 1; }, 5000));
        CHECK(model->rowCount() == 1);
        CHECK(model->index(0, 0).data().isValid());
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("1")));

        INFO("another process scores the call: its Score cell fills in by itself");
        const auto scoreText = [&] {
            return model->index(0, int(review::LibraryColumn::Score)).data().toString();
        };
        CHECK_FALSE(scoreText().contains(QStringLiteral("passed")));
        const QString answers = dir.filePath(QStringLiteral("answers.json"));
        QFile answersFile(answers);
        REQUIRE(answersFile.open(QIODevice::WriteOnly));
        answersFile.write(checklists::answersToJson(
            checklists::fullMarksAnswers(checklists::defaultChecklist())));
        answersFile.close();
        const QStringList db{QStringLiteral("--db"), location.url()};
        REQUIRE(testing::runCallqa(
                    db + QStringList{QStringLiteral("checklist"), QStringLiteral("import"),
                                     QStringLiteral("--default"), QStringLiteral("--publish")})
                    .exitCode == 0);
        const testing::CliRun listed =
            testing::runCallqa(db + QStringList{QStringLiteral("--json"), QStringLiteral("calls")});
        const QJsonArray callsJson = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        REQUIRE(callsJson.size() == 1);
        const QString callId = QStringLiteral("#%1").arg(
            callsJson.first().toObject().value(QStringLiteral("id")).toInteger());
        const testing::CliRun evaluate = testing::runCallqa(
            db + QStringList{QStringLiteral("evaluate"), callId, QStringLiteral("--checklist"),
                             checklists::defaultChecklist().key, QStringLiteral("--answers"),
                             answers});
        INFO(evaluate.err.toStdString());
        REQUIRE(evaluate.exitCode == 0);
        CHECK(
            QTest::qWaitFor([&] { return scoreText().contains(QStringLiteral("passed")); }, 5000));
    }
}
