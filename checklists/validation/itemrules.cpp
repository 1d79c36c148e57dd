#include "checklists/validation/itemrules.h"

#include "checklists/validation/rulehelpers.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace callqa::checklists {
namespace {

double lowestNonFailingFraction(const QList<Option>& options)
{
    double lowest = std::numeric_limits<double>::infinity();
    for (const Option& option : options) {
        if (!option.failing) {
            lowest = std::min(lowest, option.fraction);
        }
    }
    return lowest;
}

void validateOption(const Item& item, qsizetype index, const QString& path, double lowestPassing,
                    QList<ValidationError>& errors)
{
    const Option& option = item.options.at(index);
    requireText(option.key, childPath(path, u"key"), errors);
    requireText(option.label, childPath(path, u"label"), errors);
    if (!inRange(option.fraction, 0.0, 1.0)) {
        errors.append({childPath(path, u"fraction"), Messages::tr("must be between 0 and 1")});
    } else if (option.failing && option.fraction > lowestPassing) {
        errors.append({childPath(path, u"fraction"),
                       Messages::tr("a failing option must not be worth more than an option that "
                                    "does not fail")});
    }
    if (option.failing && item.critical == Critical::None) {
        errors.append({childPath(path, u"failing"),
                       Messages::tr("only a critical item can have a failing option")});
    }
}

void validateOptions(const Item& item, const QString& path, QList<ValidationError>& errors)
{
    const QString optionsPath = childPath(path, u"options");
    if (item.type != ItemType::Choice) {
        if (!item.options.isEmpty()) {
            errors.append({optionsPath, Messages::tr("only choice items have options")});
        }
        return;
    }
    if (item.options.isEmpty()) {
        errors.append({optionsPath, Messages::tr("a choice item needs at least one option")});
        return;
    }
    const double lowestPassing = lowestNonFailingFraction(item.options);
    QSet<QString> seen;
    for (qsizetype i = 0; i < item.options.size(); ++i) {
        const QString optionPath = indexPath(path, u"options", i);
        validateOption(item, i, optionPath, lowestPassing, errors);
        const QString& key = item.options.at(i).key;
        if (!key.trimmed().isEmpty() && seen.contains(key)) {
            errors.append({childPath(optionPath, u"key"),
                           Messages::tr("duplicate option key \"%1\"").arg(key)});
        }
        seen.insert(key);
    }
}

} // namespace

void validateItem(const Item& item, const QString& path, QList<ValidationError>& errors)
{
    requireText(item.key, childPath(path, u"key"), errors);
    requireText(item.prompt, childPath(path, u"prompt"), errors);
    if (item.isScored()) {
        requirePositive(item.points, childPath(path, u"points"), errors);
    } else if (item.critical != Critical::None) {
        errors.append(
            {childPath(path, u"critical"), Messages::tr("a text item cannot be critical")});
    }
    if (item.type == ItemType::Scale && item.scaleMin >= item.scaleMax) {
        errors.append(
            {childPath(path, u"scale"), Messages::tr("min (%1) must be less than max (%2)")
                                            .arg(item.scaleMin)
                                            .arg(item.scaleMax)});
    }
    validateOptions(item, path, errors);
}

} // namespace callqa::checklists
