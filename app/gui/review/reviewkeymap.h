#pragma once
// The review screen's keyboard, one table: every command with its keys and what it does. The
// screen makes one QAction per command from it and the help overlay (F1, ?) lists it, so the two
// never disagree and a command's keys can be remapped in one place.

#include <QKeySequence>
#include <QList>
#include <QString>

namespace callqa::app {

enum class ReviewCommand {
    PlayPause,
    Pause,
    Back5,
    Forward5,
    Back1,
    Forward1,
    Slower,
    Faster,
    ToStart,
    ToEnd,
    NextItem,
    PreviousItem,
    Answer1,
    Answer2,
    Answer3,
    Answer4,
    Answer5,
    Answer6,
    Answer7,
    Answer8,
    Answer9,
    NotApplicable,
    ClearAnswer,
    Comment,
    CallComment,
    SubmitAndNext,
    Close,
    Help,
};

struct ReviewKeyBinding {
    ReviewCommand command;
    QList<QKeySequence> keys; // the first is shown in the help
    QString description;      // translated
    QString group;            // translated: Playback, Form, Comments, Screen
};

// Every command, in the order the help lists them.
QList<ReviewKeyBinding> reviewKeyMap();

// The digit (1-9) of an AnswerN command; 0 for any other command.
int answerDigit(ReviewCommand command);

} // namespace callqa::app
