#include "checklists/defaultchecklist.h"

#include "checklists/checklistjson.h"
#include "checklists/sampleanswers.h"
#include "checklists/scoring.h"
#include "checklists/validation.h"

#include "support/builders.h"
#include "support/catchqt.h"
#include "support/randomchecklist.h"

#include <QRegularExpression>

using namespace callqa::checklists;
using namespace callqa::checklists::test;

namespace {

QStringList itemKeys(const Checklist& checklist)
{
    QStringList keys;
    for (const Section& section : checklist.sections) {
        for (const Item& item : section.items) {
            keys.append(item.key);
        }
    }
    return keys;
}

} // namespace

TEST_CASE("the default checklist loads and validates", "[checklists][default]")
{
    const Checklist form = defaultChecklist();
    CHECK(validate(form).isEmpty());
    CHECK(form.key == k("support-call"));
    CHECK(form.passMark == 80.0);
    REQUIRE(form.sections.size() == 7);
    const QStringList keys = itemKeys(form);
    for (const char* key :
         {"greeted-customer", "verified-identity", "did-not-interrupt", "acknowledged-issue",
          "showed-empathy", "offered-solutions", "accurate-information", "confirmed-resolution",
          "thanked-customer", "reviewer-notes"}) {
        INFO(key);
        CHECK(keys.contains(k(key)));
    }
    const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    for (const QString& key : keys) {
        INFO(key.toStdString());
        CHECK(kebab.match(key).hasMatch());
    }
}

TEST_CASE("the default checklist round-trips through JSON", "[checklists][default]")
{
    const Checklist form = defaultChecklist();
    const ImportResult<Checklist> back = fromJson(toJson(form));
    REQUIRE(back.ok());
    CHECK(back.value() == form);
}

TEST_CASE("the default checklist scores as designed", "[checklists][default]")
{
    const Checklist form = defaultChecklist();
    AnswerSet answers = fullMarksAnswers(form);
    const ScoreResult best = score(form, answers);
    REQUIRE(best.overall);
    CHECK(*best.overall == Approx(100.0));
    CHECK(best.passed);

    answers.set(k("verified-identity"), Answer::no());
    const ScoreResult unverified = score(form, answers);
    CHECK(unverified.criticalFail);
    CHECK_FALSE(unverified.passed);

    answers = fullMarksAnswers(form);
    answers.set(k("offered-solutions"), Answer::choice(k("excuses-only")));
    const ScoreResult excuses = score(form, answers);
    CHECK_FALSE(excuses.criticalFail);
    CHECK(excuses.failedCriticalItems == QStringList{k("offered-solutions")});
    CHECK(excuses.sections[3].key == k("communication"));
    CHECK(excuses.sections[3].criticalFail);
    CHECK(*excuses.overall < 100.0);
}
