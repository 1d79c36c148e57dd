#include "app/gui/review/reviewkeymap.h"
#include "app/gui/review/reviewscreen.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSet>

using namespace callqa::app;
using C = ReviewCommand;

TEST_CASE("review keys: every command has the keys the issue names, and no key is bound twice",
          "[app][review][keys]")
{
    const QList<ReviewKeyBinding> map = reviewKeyMap();
    const auto keysOf = [&map](ReviewCommand command) {
        for (const ReviewKeyBinding& binding : map)
            if (binding.command == command)
                return binding.keys;
        return QList<QKeySequence>{};
    };
    struct Row {
        ReviewCommand command;
        QKeySequence key;
    };
    const std::vector<Row> table = {
        {C::PlayPause, QKeySequence(Qt::Key_Space)},
        {C::Back5, QKeySequence(Qt::Key_J)},
        {C::Forward5, QKeySequence(Qt::Key_L)},
        {C::Pause, QKeySequence(Qt::Key_K)},
        {C::Slower, QKeySequence(Qt::SHIFT | Qt::Key_J)},
        {C::Faster, QKeySequence(Qt::SHIFT | Qt::Key_L)},
        {C::Back1, QKeySequence(Qt::Key_Left)},
        {C::Forward1, QKeySequence(Qt::Key_Right)},
        {C::ToStart, QKeySequence(Qt::Key_Home)},
        {C::ToEnd, QKeySequence(Qt::Key_End)},
        {C::NextItem, QKeySequence(Qt::Key_Down)},
        {C::NextItem, QKeySequence(Qt::Key_Tab)},
        {C::PreviousItem, QKeySequence(Qt::Key_Up)},
        {C::PreviousItem, QKeySequence(Qt::Key_Backtab)},
        {C::Answer1, QKeySequence(Qt::Key_1)},
        {C::Answer9, QKeySequence(Qt::Key_9)},
        {C::NotApplicable, QKeySequence(Qt::Key_N)},
        {C::ClearAnswer, QKeySequence(Qt::Key_Backspace)},
        {C::Comment, QKeySequence(Qt::Key_C)},
        {C::CallComment, QKeySequence(Qt::SHIFT | Qt::Key_C)},
        {C::SubmitAndNext, QKeySequence(Qt::CTRL | Qt::Key_Return)},
        {C::SubmitAndNext, QKeySequence(Qt::CTRL | Qt::Key_Enter)},
        {C::Close, QKeySequence(Qt::Key_Escape)},
        {C::Help, QKeySequence(Qt::Key_F1)},
        {C::Help, QKeySequence(Qt::Key_Question)},
    };
    for (const Row& row : table) {
        INFO(row.key.toString().toStdString());
        CHECK(keysOf(row.command).contains(row.key));
    }
    QSet<QString> seen;
    for (const ReviewKeyBinding& binding : map) {
        CHECK_FALSE(binding.description.isEmpty());
        for (const QKeySequence& key : binding.keys) {
            INFO(key.toString().toStdString());
            CHECK_FALSE(seen.contains(key.toString()));
            seen.insert(key.toString());
        }
    }
    CHECK(answerDigit(C::Answer1) == 1);
    CHECK(answerDigit(C::Answer9) == 9);
    CHECK(answerDigit(C::Comment) == 0);
}

TEST_CASE("review screen: dead air and overtalk of the stored analysis become waveform spans",
          "[app][review]")
{
    callqa::review::CallTalkMetrics talk;
    talk.detail.insert(QStringLiteral("dead_air"), QJsonArray{QJsonArray{1000, 4500}});
    talk.detail.insert(QStringLiteral("overtalk"),
                       QJsonArray{QJsonArray{6000, 6400}, QJsonArray{9000, 9800}, QJsonArray{7}});
    const QList<WaveformSpan> spans = talkSpans(talk);
    REQUIRE(spans.size() == 3); // the malformed entry is left out
    CHECK(spans[0].startMs == 1000);
    CHECK(spans[0].endMs == 4500);
    CHECK(spans[0].kind == WaveformSpan::Kind::DeadAir);
    CHECK(spans[2].startMs == 9000);
    CHECK(spans[2].kind == WaveformSpan::Kind::Overtalk);
    CHECK(talkSpans({}).isEmpty());
}
