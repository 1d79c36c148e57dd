#include "app/gui/mainwindow.h"
#include "app/gui/review/commentlistmodel.h"
#include "app/gui/review/commentspanel.h"
#include "app/gui/review/keyhelpoverlay.h"
#include "app/gui/review/reviewdraft.h"
#include "app/gui/review/reviewform.h"
#include "app/gui/review/reviewformmodel.h"
#include "app/gui/review/reviewscreen.h"
#include "app/gui/review/waveformview.h"
#include "audio/playback/playbackengine.h"
#include "review/evaluations/evaluationdraftstore.h"
#include "review/evaluations/reviewcomments.h"
#include "tests/app/queuefloor.h"
#include "tests/app/review/reviewfloor.h"
#include "tests/support/mediafiles.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTreeView>

using namespace callqa;

namespace {

qint64 scalar(review::Workspace& workspace, const QString& sql, const QVariantList& binds = {})
{
    return workspace.db().scalar(sql, binds).toLongLong();
}

// Shown and active, so keys reach its focused widget as a person's would.
void showActive(QWidget& screen)
{
    screen.resize(1200, 700);
    screen.show();
    screen.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&screen));
}

int itemCount(const app::ReviewFormModel& model)
{
    int n = 0;
    for (const checklists::Section& section : model.checklist().sections)
        n += int(section.items.size());
    return n;
}

} // namespace

TEST_CASE("review screen: a queue item by keyboard alone, heard, scored, commented, submitted, "
          "the next one open",
          "[app][gui][review]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::ReviewFloor floor(*workspace);
    app::MainWindow window(testing::openWorkspace(location),
                           testing::signedInAs(*workspace, QStringLiteral("rita")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    INFO("Ctrl+N takes the first item and opens it in the review screen");
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(window.isReviewing());
    app::ReviewScreen& screen = *window.reviewScreen();
    const qint64 first = screen.callId();
    CHECK(first == floor.items.at(0).callId);
    CHECK_FALSE(screen.readOnly());
    CHECK(screen.bannerText().isEmpty());
    CHECK(screen.waveform()->laneCount() == 2);
    REQUIRE(QTest::qWaitFor([&] { return !screen.analysisRunning(); }, 20000));
    CHECK(screen.waveform()->computedMs() >= 3900); // peaks of the 4 s recording, analysed
    CHECK(scalar(*workspace, QStringLiteral("SELECT count(*) FROM call_analysis WHERE call_id = ?"),
                 {first}) == 1);
    INFO("the next item is read ahead while this one is scored");
    REQUIRE(QTest::qWaitFor([&] { return screen.preparedCallId().has_value(); }, 5000));
    CHECK(*screen.preparedCallId() == floor.items.at(1).callId);

    INFO("Space plays into the null sink, K pauses");
    QWidget* keys = QApplication::focusWidget();
    REQUIRE(keys);
    QTest::keyClick(keys, Qt::Key_Space);
    REQUIRE(screen.player());
    CHECK(QTest::qWaitFor([&] { return screen.player()->position() > 300; }, 10000));
    CHECK(screen.waveform()->position() > 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_K);
    CHECK(screen.player()->state() == audio::PlaybackEngine::State::Paused);

    INFO("Shift+L is faster by 0.25x, and the speed is kept for the next call");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ShiftModifier);
    CHECK(screen.player()->speed() == Approx(1.25));

    INFO("1 then Down answers every item; a submit attempt before that flags the rest");
    app::ReviewFormModel& model = screen.form()->model();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(screen.callId() == first); // not submitted
    CHECK(screen.bannerText().contains(QLatin1String("not answered")));
    const QString firstItem = model.checklist().sections.first().items.first().key;
    CHECK(model.answers().answer(firstItem) == checklists::Answer::yes());
    const QString flagged = screen.form()->focusedItemKey();
    CHECK(model.indexOfItem(flagged).data(app::ReviewFormModel::FlaggedRole).toBool());
    screen.form()->focusItem(firstItem);
    for (int i = 0; i < itemCount(model); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    }
    CHECK(model.score().isComplete());
    CHECK(model.score().overall.has_value());

    INFO("Tab and Shift+Tab move between items too; Ctrl+- zooms out from the form");
    screen.form()->focusItem(firstItem);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    const QString secondItem = screen.form()->focusedItemKey();
    CHECK(secondItem != firstItem);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(screen.form()->focusedItemKey() == firstItem);
    const double wholeCall = screen.waveform()->viewport().msPerPixel;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus, Qt::ControlModifier);
    CHECK(screen.waveform()->viewport().msPerPixel < wholeCall);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0, Qt::ControlModifier);
    CHECK(screen.waveform()->viewport().msPerPixel == Approx(wholeCall));

    INFO("Backspace clears and N is refused where N/A is not allowed");
    screen.form()->focusItem(firstItem);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N);
    CHECK(model.answers().answer(firstItem) == checklists::Answer::yes());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    CHECK_FALSE(model.answers().contains(firstItem));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);

    INFO("answers are saved within two seconds");
    CHECK(QTest::qWaitFor([&] { return !screen.draft()->hasUnsavedAnswers(); }, 2000));
    CHECK(scalar(*workspace,
                 QStringLiteral("SELECT revision FROM evaluation_drafts WHERE "
                                "call_id = ?"),
                 {first}) > 0);

    INFO("C comments at the playhead on the focused item; typed keys do not fire shortcuts");
    const qint64 at = screen.player()->position();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C);
    QLineEdit* editor = screen.comments()->editor();
    REQUIRE(editor->hasFocus());
    QTest::keyClicks(editor, QStringLiteral("Kept 1 hold short"));
    CHECK(screen.player()->state() == audio::PlaybackEngine::State::Paused);
    CHECK(model.answers().answer(firstItem) == checklists::Answer::yes());
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(screen.comments()->model().rowCount() == 1);
    const review::ReviewComment comment = screen.comments()->model().comments().first();
    CHECK(comment.body == QStringLiteral("Kept 1 hold short"));
    CHECK(comment.itemKey == firstItem);
    CHECK(std::abs(comment.atMs - at) < 50);
    CHECK(screen.form()->tree()->hasFocus());

    INFO("F2 on one's own comment edits it, in place");
    QListView* comments = screen.comments()->list();
    comments->setCurrentIndex(comments->model()->index(0, 0));
    QTest::keyClick(comments, Qt::Key_F2);
    REQUIRE(editor->isVisible());
    CHECK(editor->text() == QStringLiteral("Kept 1 hold short"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Kept the hold short"));
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(screen.comments()->model().rowCount() == 1);
    CHECK(screen.comments()->model().comments().first().body ==
          QStringLiteral("Kept the hold short"));
    screen.form()->tree()->setFocus();

    INFO("F1 shows the keys, Escape hides them without closing the call");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    CHECK(screen.keyHelp()->isVisible());
    CHECK(screen.keyHelp()->text().contains(QLatin1String("Submit and open the next item")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(screen.keyHelp()->isVisible());
    CHECK(window.isReviewing());

    INFO("Ctrl+Enter submits, with the comment, and opens the item read ahead");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(screen.callId() == floor.items.at(1).callId);
    const qint64 evaluation =
        scalar(*workspace, QStringLiteral("SELECT id FROM evaluations WHERE call_id = ?"), {first});
    REQUIRE(evaluation > 0);
    CHECK(scalar(*workspace,
                 QStringLiteral("SELECT count(*) FROM review_comments WHERE evaluation_id = ?"),
                 {evaluation}) == 1);
    CHECK(workspace->db()
              .scalar(QStringLiteral("SELECT state FROM review_queue_items WHERE call_id = ?"),
                      {first})
              .toString() == QStringLiteral("done"));
    CHECK(screen.player()->speed() == Approx(1.25));
    CHECK(screen.comments()->model().rowCount() == 0);
    CHECK_FALSE(model.answers().contains(firstItem));

    INFO("Escape closes the call and the library is back, the draft released");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(window.isReviewing());
    CHECK(workspace->db()
              .scalar(QStringLiteral("SELECT lease_session FROM evaluation_drafts WHERE call_id "
                                     "= ?"),
                      {floor.items.at(1).callId})
              .isNull());
    QSettings().remove(QStringLiteral("review/speed"));
}

TEST_CASE("review screen: a call another reviewer holds opens read-only, with who and where",
          "[app][gui][review]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::ReviewFloor floor(*workspace, 2);
    const qint64 call = floor.items.at(0).callId;
    review::EvaluationDraftStore elsewhere(*workspace,
                                           testing::signedInAs(*workspace, QStringLiteral("rita")),
                                           QStringLiteral("desk-7"), 600'000);
    const auto held = elsewhere.open(call, QStringLiteral("support-call"));
    REQUIRE(held);

    app::ReviewScreen screen(*workspace, testing::signedInAs(*workspace, QStringLiteral("rita")));
    showActive(screen);
    REQUIRE(screen.openCall(call));
    CHECK(screen.readOnly());
    CHECK(screen.bannerText().contains(QLatin1String("rita")));
    CHECK(screen.bannerText().contains(QLatin1String("desk-7")));
    CHECK_FALSE(screen.findChild<QPushButton*>(QStringLiteral("takeOverButton"))->isVisible());
    screen.form()->focusItem(screen.form()->model().checklist().sections[0].items[0].key);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    CHECK(screen.form()->model().answers().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C);
    CHECK_FALSE(screen.comments()->isWriting());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(screen.bannerText().contains(QLatin1String("read-only")));
    CHECK(scalar(*workspace, QStringLiteral("SELECT count(*) FROM evaluations")) == 0);
}

TEST_CASE("review screen: a missing recording opens anyway and says where it looked",
          "[app][gui][review]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::ReviewFloor floor(*workspace, 2);
    const qint64 call = floor.items.at(1).callId;
    const QString relative =
        workspace->db()
            .scalar(QStringLiteral("SELECT relative_path FROM calls WHERE id = ?"), {call})
            .toString();
    REQUIRE(QFile::remove(QDir(floor.recordingsRoot()).filePath(relative)));

    app::ReviewScreen screen(*workspace, testing::signedInAs(*workspace, QStringLiteral("rita")));
    showActive(screen);
    REQUIRE(screen.openCall(call));
    CHECK(screen.bannerText().contains(QDir(floor.recordingsRoot()).filePath(relative)));
    CHECK(screen.player() == nullptr);
    CHECK_FALSE(screen.readOnly());
    screen.form()->focusItem(screen.form()->model().checklist().sections[0].items[0].key);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right); // the playhead moves without audio
    CHECK(screen.waveform()->position() == 1000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::ShiftModifier); // on the call
    QTest::keyClicks(screen.comments()->editor(), QStringLiteral("no audio"));
    QTest::keyClick(screen.comments()->editor(), Qt::Key_Return);
    REQUIRE(screen.comments()->model().rowCount() == 1);
    CHECK(screen.comments()->model().comments().first().atMs == 1000);
    CHECK(screen.comments()->model().comments().first().itemKey.isEmpty());
    INFO("Delete on one's own comment removes it");
    screen.comments()->list()->setCurrentIndex(screen.comments()->list()->model()->index(0, 0));
    QTest::keyClick(screen.comments()->list(), Qt::Key_Delete);
    CHECK(screen.comments()->model().rowCount() == 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::ShiftModifier);
    QTest::keyClicks(screen.comments()->editor(), QStringLiteral("no audio"));
    QTest::keyClick(screen.comments()->editor(), Qt::Key_Return);
    REQUIRE(screen.comments()->model().rowCount() == 1);
    REQUIRE(screen.draft()->flush());
    CHECK(scalar(*workspace,
                 QStringLiteral("SELECT revision FROM evaluation_drafts WHERE call_id "
                                "= ?"),
                 {call}) == 1);
}

TEST_CASE("review screen: a call recorded in two legs plays and analyses both, and names a "
          "missing leg",
          "[app][gui][review][legs]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::ReviewFloor floor(*workspace, 2);
    const qint64 call = floor.items.at(0).callId;
    const QDir root(floor.recordingsRoot());
    // The call as a phone system that records each direction to its own file makes it.
    testing::makeRecording(root.filePath(QStringLiteral("legs/c-in.wav")), 4.0, {}, 1, 8000, 300);
    testing::makeRecording(root.filePath(QStringLiteral("legs/c-out.wav")), 3.0, {}, 1, 8000, 500);
    REQUIRE(workspace->db().transact([&] {
        workspace->db().exec(
            QStringLiteral("UPDATE calls SET relative_path = ?, second_leg_path = ?, channels = 2, "
                           "agent_channel = 0, customer_channel = 1 WHERE id = ?"),
            {QStringLiteral("legs/c-in.wav"), QStringLiteral("legs/c-out.wav"), call});
    }));

    {
        app::ReviewScreen screen(*workspace,
                                 testing::signedInAs(*workspace, QStringLiteral("rita")));
        showActive(screen);
        REQUIRE(screen.openCall(call));
        INFO(screen.bannerText().toStdString());
        CHECK(screen.bannerText().isEmpty());
        REQUIRE(screen.player());
        CHECK(screen.player()->duration() == 4000);
        CHECK(screen.waveform()->laneCount() == 2);
        REQUIRE(QTest::qWaitFor([&] { return !screen.analysisRunning(); }, 20000));
        CHECK(screen.waveform()->computedMs() >= 3900);
        CHECK(scalar(*workspace,
                     QStringLiteral("SELECT sides FROM call_analysis WHERE call_id = ?"),
                     {call}) == 2);
        screen.player()->play();
        CHECK(QTest::qWaitFor([&] { return screen.player()->position() > 300; }, 10000));
    }

    REQUIRE(QFile::remove(root.filePath(QStringLiteral("legs/c-out.wav"))));
    app::ReviewScreen screen(*workspace, testing::signedInAs(*workspace, QStringLiteral("rita")));
    showActive(screen);
    REQUIRE(screen.openCall(call));
    CHECK(screen.bannerText().contains(root.filePath(QStringLiteral("legs/c-out.wav"))));
    CHECK(screen.player() == nullptr);
}

TEST_CASE("review screen: once the holder's lease runs out, the draft is offered for take-over",
          "[app][gui][review]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::ReviewFloor floor(*workspace, 2);
    const qint64 call = floor.items.at(0).callId;
    checklists::AnswerSet answers;
    {
        review::EvaluationDraftStore crashed(
            *workspace, testing::signedInAs(*workspace, QStringLiteral("rita")),
            QStringLiteral("desk-7"), 1500);
        const auto held = crashed.open(call, QStringLiteral("support-call"));
        REQUIRE(held);
        answers.set(QStringLiteral("greeted-customer"), checklists::Answer::no());
        REQUIRE(crashed.save(held->id, answers));
    } // never released: its lease runs out by itself

    app::ReviewScreen screen(*workspace, testing::signedInAs(*workspace, QStringLiteral("rita")));
    showActive(screen);
    REQUIRE(screen.openCall(call));
    REQUIRE(screen.readOnly());
    auto* takeOver = screen.findChild<QPushButton*>(QStringLiteral("takeOverButton"));
    CHECK_FALSE(takeOver->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return takeOver->isVisible(); }, 5000));
    CHECK(screen.bannerText().contains(QLatin1String("take it over")));
    QTest::mouseClick(takeOver, Qt::LeftButton);
    CHECK_FALSE(screen.readOnly());
    CHECK_FALSE(takeOver->isVisible());
    CHECK(screen.form()->model().answers() == answers);
}

// Run by the next test in a process whose sound server does not exist.
TEST_CASE("review screen without an audio device: a banner, and scoring goes on", "[.nodevice]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::ReviewFloor floor(*workspace, 2);
    app::ReviewScreen screen(*workspace, testing::signedInAs(*workspace, QStringLiteral("rita")));
    showActive(screen);
    REQUIRE(screen.openCall(floor.items.at(0).callId));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(screen.bannerText().contains(QLatin1String("No sound")));
    CHECK(screen.bannerText().contains(QLatin1String("Scoring and comments work")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L); // the playhead still moves
    CHECK(screen.waveform()->position() == 5000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    CHECK(screen.form()->model().answers().size() == 1);
    REQUIRE(screen.draft()->flush());
}

TEST_CASE("review screen: no audio device (PulseAudio unreachable) says so, no crash",
          "[app][gui][review]")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CALLQA_TEST_PULSE_STATE"));
    env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:/nonexistent/callqa/native"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.nodevice]")});
    REQUIRE(child.waitForStarted(10000));
    REQUIRE(child.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    INFO(output.toStdString());
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("All tests passed")));
}
