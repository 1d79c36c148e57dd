#pragma once

#include "checklists/answer.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace callqa::checklists {

// The answers of one evaluation, keyed by item key. A missing key means "not answered".
class AnswerSet {
public:
    // Setting an unanswered Answer removes the key.
    void set(const QString& itemKey, const Answer& answer);
    Answer answer(const QString& itemKey) const { return m_answers.value(itemKey); }
    bool contains(const QString& itemKey) const { return m_answers.contains(itemKey); }
    QStringList itemKeys() const { return m_answers.keys(); } // sorted
    qsizetype size() const { return m_answers.size(); }
    bool isEmpty() const { return m_answers.isEmpty(); }

    bool operator==(const AnswerSet&) const = default;

private:
    QMap<QString, Answer> m_answers;
};

} // namespace callqa::checklists
