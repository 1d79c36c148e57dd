#pragma once

#include <QString>

namespace callqa::checklists {

// A reviewer's answer to one item. Which kinds fit which item type is decided by score().
class Answer {
public:
    enum class Kind { Unanswered, NotApplicable, Yes, No, Scale, Choice, Text };

    Answer() = default;
    static Answer notApplicable();
    static Answer yes();
    static Answer no();
    static Answer scale(int value);
    static Answer choice(const QString& optionKey);
    static Answer text(const QString& text);

    Kind kind() const { return m_kind; }
    bool isAnswered() const { return m_kind != Kind::Unanswered; }
    int scaleValue() const { return m_scale; }         // Kind::Scale only
    const QString& choiceKey() const { return m_str; } // Kind::Choice only
    const QString& text() const { return m_str; }      // Kind::Text only

    bool operator==(const Answer&) const = default;

private:
    Answer(Kind kind, int scaleValue, const QString& str);

    Kind m_kind = Kind::Unanswered;
    int m_scale = 0;
    QString m_str;
};

} // namespace callqa::checklists
