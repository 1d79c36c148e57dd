#include "checklists/validation.h"

#include "checklists/validation/itemrules.h"
#include "checklists/validation/rulehelpers.h"

#include <QHash>

#include <optional>

namespace callqa::checklists {
namespace {

// Remembers where each key was first used, to name it when the key comes again.
class KeyRegistry {
public:
    std::optional<QString> earlierUse(const QString& key, const QString& path)
    {
        if (key.trimmed().isEmpty()) {
            return std::nullopt;
        }
        const auto first = m_firstUse.constFind(key);
        if (first != m_firstUse.cend()) {
            return first.value();
        }
        m_firstUse.insert(key, path);
        return std::nullopt;
    }

private:
    QHash<QString, QString> m_firstUse;
};

void validateHeader(const Checklist& checklist, QList<ValidationError>& errors)
{
    requireText(checklist.key, QStringLiteral("key"), errors);
    requireText(checklist.name, QStringLiteral("name"), errors);
    if (!inRange(checklist.passMark, 0.0, 100.0)) {
        errors.append({QStringLiteral("pass_mark"), Messages::tr("must be between 0 and 100")});
    }
    if (checklist.sections.isEmpty()) {
        errors.append(
            {QStringLiteral("sections"), Messages::tr("a checklist needs at least one section")});
    }
}

void validateItems(const Section& section, const QString& path, KeyRegistry& itemKeys,
                   QList<ValidationError>& errors)
{
    if (section.items.isEmpty()) {
        errors.append(
            {childPath(path, u"items"), Messages::tr("a section needs at least one item")});
    }
    for (qsizetype i = 0; i < section.items.size(); ++i) {
        const Item& item = section.items.at(i);
        const QString itemPath = indexPath(path, u"items", i);
        validateItem(item, itemPath, errors);
        if (const auto first = itemKeys.earlierUse(item.key, itemPath)) {
            errors.append(
                {childPath(itemPath, u"key"),
                 Messages::tr("duplicate item key \"%1\" (also at %2)").arg(item.key, *first)});
        }
    }
}

} // namespace

QList<ValidationError> validate(const Checklist& checklist)
{
    QList<ValidationError> errors;
    validateHeader(checklist, errors);
    KeyRegistry sectionKeys;
    KeyRegistry itemKeys;
    for (qsizetype s = 0; s < checklist.sections.size(); ++s) {
        const Section& section = checklist.sections.at(s);
        const QString path = indexPath({}, u"sections", s);
        requireText(section.key, childPath(path, u"key"), errors);
        if (const auto first = sectionKeys.earlierUse(section.key, path)) {
            errors.append(
                {childPath(path, u"key"), Messages::tr("duplicate section key \"%1\" (also at %2)")
                                              .arg(section.key, *first)});
        }
        requireText(section.title, childPath(path, u"title"), errors);
        requirePositive(section.weight, childPath(path, u"weight"), errors);
        validateItems(section, path, itemKeys, errors);
    }
    return errors;
}

} // namespace callqa::checklists
