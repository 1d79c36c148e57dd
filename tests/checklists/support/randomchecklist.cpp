#include "support/randomchecklist.h"

#include <QStringList>

#include <algorithm>

namespace callqa::checklists::test {

namespace {

const QStringList& sampleTexts()
{
    static const QStringList texts{
        QStringLiteral("Greeted the customer"),
        QStringLiteral("به مشتری سلام کرد"),
        QStringLiteral("Поприветствовал клиента «по имени»"),
        QStringLiteral("Müşteriyi selamladı; İstanbul şubesi"),
        QStringLiteral("Quotes \" and \\ backslash\nnew line\ttab"),
        QStringLiteral("Emoji 🎧 and accents: déjà vu"),
    };
    return texts;
}

int uniformInt(std::mt19937& rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

bool chance(std::mt19937& rng, double probability)
{
    return std::bernoulli_distribution(probability)(rng);
}

QString pickText(std::mt19937& rng)
{
    return sampleTexts().at(uniformInt(rng, 0, int(sampleTexts().size()) - 1));
}

QList<Option> randomOptions(std::mt19937& rng, bool critical)
{
    QList<Option> options;
    const int count = uniformInt(rng, 1, 4);
    for (int i = 0; i < count; ++i) {
        const double fraction = i == 0 ? 1.0 : uniformInt(rng, 0, 20) / 20.0;
        options.append({QStringLiteral("o%1").arg(i), pickText(rng), fraction, false});
    }
    std::shuffle(options.begin(), options.end(), rng);
    const auto lowest =
        std::min_element(options.begin(), options.end(),
                         [](const Option& a, const Option& b) { return a.fraction < b.fraction; });
    lowest->failing = critical && count > 1 && chance(rng, 0.5);
    return options;
}

Item randomItem(std::mt19937& rng, int index, bool scored)
{
    Item item;
    item.key = QStringLiteral("item-%1").arg(index);
    item.prompt = pickText(rng);
    item.guidance = chance(rng, 0.5) ? pickText(rng) : QString();
    item.type = ItemType(uniformInt(rng, 0, scored ? 2 : 3));
    item.allowNa = chance(rng, 0.4);
    if (!item.isScored()) {
        item.points = 0.0;
        return item;
    }
    item.points = uniformInt(rng, 1, 8) * 0.5;
    item.critical = chance(rng, 0.7) ? Critical::None : Critical(uniformInt(rng, 1, 2));
    if (item.type == ItemType::Scale) {
        item.scaleMin = uniformInt(rng, -2, 3);
        item.scaleMax = item.scaleMin + uniformInt(rng, 1, 6);
    } else if (item.type == ItemType::Choice) {
        item.options = randomOptions(rng, item.critical != Critical::None);
    }
    return item;
}

Answer randomScoredAnswer(const Item& item, std::mt19937& rng)
{
    switch (item.type) {
    case ItemType::YesNo:
        return chance(rng, 0.5) ? Answer::yes() : Answer::no();
    case ItemType::Scale:
        return Answer::scale(uniformInt(rng, item.scaleMin, item.scaleMax));
    case ItemType::Choice:
        return Answer::choice(
            item.options.at(uniformInt(rng, 0, int(item.options.size()) - 1)).key);
    case ItemType::Text:
        break;
    }
    return Answer::text(pickText(rng));
}

const Option* optionByKey(const Item& item, const QString& key)
{
    for (const Option& option : item.options) {
        if (option.key == key) {
            return &option;
        }
    }
    return nullptr;
}

} // namespace

Checklist randomChecklist(std::mt19937& rng)
{
    Checklist checklist;
    checklist.key = QStringLiteral("random-form");
    checklist.name = pickText(rng);
    checklist.description = chance(rng, 0.5) ? pickText(rng) : QString();
    checklist.passMark = uniformInt(rng, 0, 200) / 2.0;
    int itemIndex = 0;
    const int sectionCount = uniformInt(rng, 1, 5);
    for (int s = 0; s < sectionCount; ++s) {
        Section section;
        section.key = QStringLiteral("section-%1").arg(s);
        section.title = pickText(rng);
        section.weight = uniformInt(rng, 1, 10) * 0.5;
        const int itemCount = uniformInt(rng, 1, 5);
        for (int i = 0; i < itemCount; ++i) {
            section.items.append(randomItem(rng, itemIndex++, i == 0));
        }
        checklist.sections.append(section);
    }
    return checklist;
}

AnswerSet randomAnswers(const Checklist& checklist, std::mt19937& rng, double naChance)
{
    AnswerSet answers;
    for (const Section& section : checklist.sections) {
        for (const Item& item : section.items) {
            const bool na = item.allowNa && chance(rng, naChance);
            answers.set(item.key, na ? Answer::notApplicable() : randomScoredAnswer(item, rng));
        }
    }
    return answers;
}

std::optional<Answer> raisedAnswer(const Item& item, const Answer& answer, std::mt19937& rng)
{
    if (item.type == ItemType::YesNo && answer.kind() == Answer::Kind::No) {
        return Answer::yes();
    }
    if (item.type == ItemType::Scale && answer.kind() == Answer::Kind::Scale &&
        answer.scaleValue() < item.scaleMax) {
        return Answer::scale(uniformInt(rng, answer.scaleValue() + 1, item.scaleMax));
    }
    const Option* current = optionByKey(item, answer.choiceKey());
    if (item.type != ItemType::Choice || answer.kind() != Answer::Kind::Choice || !current) {
        return std::nullopt;
    }
    QList<const Option*> better;
    for (const Option& option : item.options) {
        const bool unfails = current->failing && !option.failing;
        if (option.fraction > current->fraction ||
            (option.fraction == current->fraction && unfails)) {
            better.append(&option);
        }
    }
    if (better.isEmpty()) {
        return std::nullopt;
    }
    return Answer::choice(better.at(uniformInt(rng, 0, int(better.size()) - 1))->key);
}

} // namespace callqa::checklists::test
