#include "app/gui/review/reviewkeymap.h"

#include <QCoreApplication>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::ReviewKeyMap", text);
}

} // namespace

QList<ReviewKeyBinding> reviewKeyMap()
{
    using C = ReviewCommand;
    const QString playback = tr("Playback");
    const QString form = tr("Form");
    const QString comments = tr("Comments");
    const QString screen = tr("Screen");
    QList<ReviewKeyBinding> map = {
        {C::PlayPause, {QKeySequence(Qt::Key_Space)}, tr("Play or pause"), playback},
        {C::Pause, {QKeySequence(Qt::Key_K)}, tr("Pause"), playback},
        {C::Back5, {QKeySequence(Qt::Key_J)}, tr("Back 5 seconds"), playback},
        {C::Forward5, {QKeySequence(Qt::Key_L)}, tr("Forward 5 seconds"), playback},
        {C::Back1, {QKeySequence(Qt::Key_Left)}, tr("Back 1 second"), playback},
        {C::Forward1, {QKeySequence(Qt::Key_Right)}, tr("Forward 1 second"), playback},
        {C::Slower, {QKeySequence(Qt::SHIFT | Qt::Key_J)}, tr("Slower by 0.25x"), playback},
        {C::Faster, {QKeySequence(Qt::SHIFT | Qt::Key_L)}, tr("Faster by 0.25x"), playback},
        {C::ToStart, {QKeySequence(Qt::Key_Home)}, tr("To the start"), playback},
        {C::ToEnd, {QKeySequence(Qt::Key_End)}, tr("To the end"), playback},
        {C::NextItem,
         {QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_Tab)},
         tr("Next item"),
         form},
        {C::PreviousItem,
         {QKeySequence(Qt::Key_Up), QKeySequence(Qt::SHIFT | Qt::Key_Backtab),
          QKeySequence(Qt::Key_Backtab)},
         tr("Previous item"),
         form},
    };
    for (int digit = 1; digit <= 9; ++digit)
        map.append({ReviewCommand(int(C::Answer1) + digit - 1),
                    {QKeySequence(Qt::Key(Qt::Key_0 + digit))},
                    digit == 1 ? tr("1-9: choose the item's answer (yes, no; scale values; "
                                    "options in order)")
                               : tr("Choose answer %1").arg(digit),
                    form});
    map += {
        {C::NotApplicable, {QKeySequence(Qt::Key_N)}, tr("Not applicable (where allowed)"), form},
        {C::ClearAnswer, {QKeySequence(Qt::Key_Backspace)}, tr("Clear the answer"), form},
        {C::Comment,
         {QKeySequence(Qt::Key_C)},
         tr("Comment at the playhead, on the focused item"),
         comments},
        {C::CallComment,
         {QKeySequence(Qt::SHIFT | Qt::Key_C)},
         tr("Comment at the playhead, on the call as a whole"),
         comments},
        {C::SubmitAndNext,
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
         tr("Submit and open the next item of the queue"),
         screen},
        {C::Close, {QKeySequence(Qt::Key_Escape)}, tr("Close the call"), screen},
        {C::Help,
         {QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)},
         tr("Show or hide this help"),
         screen},
    };
    return map;
}

int answerDigit(ReviewCommand command)
{
    const int offset = int(command) - int(ReviewCommand::Answer1);
    return offset >= 0 && offset < 9 ? offset + 1 : 0;
}

} // namespace callqa::app
