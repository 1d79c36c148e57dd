#include "checklists/scoring.h"

#include "checklists/internal/messages.h"
#include "checklists/scoring/itemscore.h"

#include <QSet>

#include <algorithm>

namespace callqa::checklists {
namespace {

// Rounding in the weighted mean must not fail an evaluation that sits exactly on the pass mark.
constexpr double kPassTolerance = 1e-9;

SectionScore scoreSection(const Section& section, const AnswerSet& answers, ScoreResult& result)
{
    SectionScore out;
    out.key = section.key;
    for (const Item& item : section.items) {
        const ItemScore itemScore = scoreItem(item, answers.answer(item.key));
        switch (itemScore.status) {
        case ItemScore::Status::Unanswered:
            result.unanswered.append(item.key);
            continue;
        case ItemScore::Status::Invalid:
            result.invalidAnswers.append({item.key, itemScore.invalidReason});
            continue;
        case ItemScore::Status::Excluded:
            continue;
        case ItemScore::Status::Counted:
            break;
        }
        out.earned += itemScore.earned;
        out.possible += itemScore.possible;
        if (itemScore.criticalFail) {
            result.failedCriticalItems.append(item.key);
            out.criticalFail = out.criticalFail || item.critical == Critical::Section;
            result.criticalFail = result.criticalFail || item.critical == Critical::Evaluation;
        }
    }
    out.counted = out.possible > 0.0;
    if (out.criticalFail) {
        out.earned = 0.0;
    }
    if (out.counted) {
        out.percent = std::clamp(100.0 * out.earned / out.possible, 0.0, 100.0);
    }
    return out;
}

void reportUnknownKeys(const Checklist& checklist, const AnswerSet& answers, ScoreResult& result)
{
    QSet<QString> known;
    for (const Section& section : checklist.sections) {
        for (const Item& item : section.items) {
            known.insert(item.key);
        }
    }
    for (const QString& key : answers.itemKeys()) {
        if (!known.contains(key)) {
            result.invalidAnswers.append({key, Messages::tr("this checklist has no such item")});
        }
    }
}

} // namespace

ScoreResult score(const Checklist& checklist, const AnswerSet& answers)
{
    ScoreResult result;
    double weighted = 0.0;
    double weights = 0.0;
    for (const Section& section : checklist.sections) {
        const SectionScore sectionScore = scoreSection(section, answers, result);
        if (sectionScore.counted && section.weight > 0.0) {
            weighted += section.weight * *sectionScore.percent;
            weights += section.weight;
        }
        result.sections.append(sectionScore);
    }
    reportUnknownKeys(checklist, answers, result);
    if (weights > 0.0) {
        result.overall = result.criticalFail ? 0.0 : std::clamp(weighted / weights, 0.0, 100.0);
        result.passed =
            !result.criticalFail && *result.overall >= checklist.passMark - kPassTolerance;
    }
    return result;
}

} // namespace callqa::checklists
