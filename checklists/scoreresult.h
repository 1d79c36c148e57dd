#pragma once

#include "checklists/invalidanswer.h"
#include "checklists/sectionscore.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace callqa::checklists {

enum class Verdict { Passed, Failed, NotScored };

// The outcome of score(). See scoring.h for the rules.
struct ScoreResult {
    QList<SectionScore> sections;  // in checklist order, every section listed
    std::optional<double> overall; // percent 0..100; empty when no section counts
    bool criticalFail = false;     // an evaluation-level critical item failed (overall is 0)
    bool passed = false;
    QStringList failedCriticalItems; // keys of failed critical items, both levels, in order
    QStringList unanswered;          // scored items without an answer, in checklist order
    QList<InvalidAnswer> invalidAnswers;

    bool scored() const { return overall.has_value(); }
    // Nothing left to answer or fix: only a complete evaluation may be submitted.
    bool isComplete() const { return unanswered.isEmpty() && invalidAnswers.isEmpty(); }
    Verdict verdict() const;
};

} // namespace callqa::checklists
