#include "app/demo/democalibration.h"

#include "app/demo/demobuilder.h"
#include "checklists/defaultchecklist.h"
#include "checklists/sampleanswers.h"
#include "review/calibration/calibrationstore.h"
#include "review/checklists/checkliststore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>

#include <random>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Demo", text);
}

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

review::Actor demoUser(const QString& login)
{
    review::Actor actor = review::Actor::owner();
    actor.login = login;
    return actor;
}

// How a reviewer tends to answer: how often they fail an item the call passed (strict) or pass
// one it failed (lenient), and how far they move the empathy scale.
struct Habit {
    QString login;
    int strictPercent;
    int lenientPercent;
    int empathyShift;
};

const QList<Habit>& habits()
{
    static const QList<Habit> list = {
        {QStringLiteral("sara"), 0, 0, 0},    {QStringLiteral("rita"), 8, 8, 0},
        {QStringLiteral("dmitri"), 10, 5, 0}, {QStringLiteral("lena"), 30, 0, -1},
        {QStringLiteral("emre"), 0, 40, 1},
    };
    return list;
}

const QStringList kYesNoItems = {
    QStringLiteral("greeted-customer"),     QStringLiteral("identified-self"),
    QStringLiteral("verified-identity"),    QStringLiteral("did-not-interrupt"),
    QStringLiteral("acknowledged-issue"),   QStringLiteral("positive-language"),
    QStringLiteral("accurate-information"), QStringLiteral("confirmed-resolution"),
    QStringLiteral("explained-next-steps"), QStringLiteral("thanked-customer"),
    QStringLiteral("correct-closing")};

const QStringList kCriticalItems = {QStringLiteral("verified-identity"),
                                    QStringLiteral("accurate-information")};

// What the call deserves (the same for everyone), then the reviewer's habit on top.
checklists::AnswerSet answersOf(const checklists::Checklist& checklist, int callIndex,
                                const Habit& habit, quint32 seed)
{
    std::mt19937 truth(seed + 7919u * quint32(callIndex));
    checklists::AnswerSet answers = checklists::fullMarksAnswers(checklist);
    QSet<QString> failed;
    for (const QString& item : kYesNoItems) {
        if (truth() % 4 == 0)
            failed.insert(item);
    }
    // Failing a critical item zeroes the score; the demo's calls pass them (everyone agrees),
    // so the reviewers' habits show as bias, not as zeros.
    failed.remove(QStringLiteral("verified-identity"));
    failed.remove(QStringLiteral("accurate-information"));
    const int empathy = 2 + int(truth() % 4);
    std::mt19937 own(seed + 104729u * quint32(callIndex) + quint32(qHash(habit.login)));
    for (const QString& item : kYesNoItems) {
        bool yes = !failed.contains(item);
        const bool habitApplies = !kCriticalItems.contains(item); // else the call decides
        if (habitApplies && yes && int(own() % 100) < habit.strictPercent)
            yes = false;
        else if (habitApplies && !yes && int(own() % 100) < habit.lenientPercent)
            yes = true;
        answers.set(item, yes ? checklists::Answer::yes() : checklists::Answer::no());
    }
    answers.set(QStringLiteral("showed-empathy"),
                checklists::Answer::scale(std::clamp(empathy + habit.empathyShift, 1, 5)));
    if (callIndex % 3 == 1)
        answers.set(QStringLiteral("offered-solutions"),
                    checklists::Answer::choice(habit.strictPercent > 20
                                                   ? QStringLiteral("excuses-only")
                                                   : QStringLiteral("partly")));
    if (callIndex % 4 == 3 && habit.login != QLatin1String("lena"))
        answers.set(QStringLiteral("followed-procedure"), checklists::Answer::notApplicable());
    return answers;
}

review::Status scoreAs(review::Workspace& workspace, qint64 sessionId, qint64 callId,
                       const checklists::AnswerSet& answers, const QString& login)
{
    const auto written =
        review::CalibrationStore(workspace, demoUser(login)).score(sessionId, callId, answers);
    return written ? review::Status() : review::Status::failure(written.error());
}

} // namespace

review::Status saveDemoCalibration(review::Workspace& workspace, const QStringList& callIds,
                                   quint32 seed, DemoSummary& summary)
{
    review::CalibrationStore sara(workspace, demoUser(QStringLiteral("sara")));
    const auto existing = sara.list();
    if (!existing)
        return review::Status::failure(existing.error());
    if (!existing->isEmpty() || callIds.size() < 9)
        return {};
    const auto version = review::ChecklistStore(workspace, demoUser(QStringLiteral("sara")))
                             .version(checklists::defaultChecklist().key);
    if (!version)
        return review::Status::failure(version.error());
    QList<qint64> calls;
    for (const QString& id : callIds.mid(0, 9))
        calls << review::findCallId(workspace, id);

    review::NewCalibrationSession closed;
    closed.name = tr("Calibration — last month");
    closed.checklistVersionId = version->id;
    closed.callIds = calls.mid(0, 6);
    closed.participants = {QStringLiteral("rita"), QStringLiteral("dmitri"), QStringLiteral("lena"),
                           QStringLiteral("emre")};
    closed.expert = QStringLiteral("sara");
    const auto closedSession = sara.create(closed);
    if (!closedSession)
        return review::Status::failure(closedSession.error());
    for (int c = 0; c < 6; ++c) {
        for (const Habit& habit : habits()) {
            if (habit.login == QLatin1String("dmitri") && c == 4)
                continue; // dmitri was away for one call: missing data, not an error
            const review::Status scored =
                scoreAs(workspace, closedSession->id, calls[c],
                        answersOf(version->checklist, c, habit, seed), habit.login);
            if (!scored)
                return scored;
            ++summary.calibrationScores;
        }
    }
    if (const review::Status done = sara.close(closedSession->id); !done)
        return done;
    ++summary.calibrationSessions;

    review::NewCalibrationSession open;
    open.name = tr("Calibration — this week");
    open.checklistVersionId = version->id;
    open.callIds = calls.mid(6, 3);
    open.participants = closed.participants;
    open.expert = QStringLiteral("sara");
    open.blind = true;
    open.deadlineAt = workspace.now() + 7 * kDayMs;
    const auto openSession = sara.create(open);
    if (!openSession)
        return review::Status::failure(openSession.error());
    for (const auto& [login, call] :
         {std::pair{QStringLiteral("rita"), 0}, std::pair{QStringLiteral("rita"), 1},
          std::pair{QStringLiteral("lena"), 0}}) {
        const Habit& habit = *std::find_if(habits().begin(), habits().end(),
                                           [&](const Habit& h) { return h.login == login; });
        const review::Status scored =
            scoreAs(workspace, openSession->id, open.callIds[call],
                    answersOf(version->checklist, 6 + call, habit, seed), login);
        if (!scored)
            return scored;
        ++summary.calibrationScores;
    }
    ++summary.calibrationSessions;
    return {};
}

} // namespace callqa::app
