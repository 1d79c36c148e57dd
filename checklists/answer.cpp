#include "checklists/answer.h"

namespace callqa::checklists {

Answer::Answer(Kind kind, int scaleValue, const QString& str)
    : m_kind(kind), m_scale(scaleValue), m_str(str)
{
}

Answer Answer::notApplicable()
{
    return Answer(Kind::NotApplicable, 0, {});
}

Answer Answer::yes()
{
    return Answer(Kind::Yes, 0, {});
}

Answer Answer::no()
{
    return Answer(Kind::No, 0, {});
}

Answer Answer::scale(int value)
{
    return Answer(Kind::Scale, value, {});
}

Answer Answer::choice(const QString& optionKey)
{
    return Answer(Kind::Choice, 0, optionKey);
}

Answer Answer::text(const QString& text)
{
    return Answer(Kind::Text, 0, text);
}

} // namespace callqa::checklists
