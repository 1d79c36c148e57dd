#include "checklists/json/enumnames.h"

#include <array>
#include <utility>

namespace callqa::checklists {
namespace {

constexpr std::array kItemTypes{
    std::pair{ItemType::YesNo, u"yes_no"},
    std::pair{ItemType::Scale, u"scale"},
    std::pair{ItemType::Choice, u"choice"},
    std::pair{ItemType::Text, u"text"},
};

constexpr std::array kCriticals{
    std::pair{Critical::None, u"none"},
    std::pair{Critical::Section, u"section"},
    std::pair{Critical::Evaluation, u"evaluation"},
};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, Enum value)
{
    for (const auto& [entry, name] : table) {
        if (entry == value) {
            return QString::fromUtf16(name);
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t*>, N>& table,
                            QStringView name)
{
    for (const auto& [entry, entryName] : table) {
        if (name == QStringView(entryName)) {
            return entry;
        }
    }
    return std::nullopt;
}

} // namespace

QString itemTypeName(ItemType type)
{
    return nameOf(kItemTypes, type);
}

std::optional<ItemType> itemTypeFromName(QStringView name)
{
    return valueOf(kItemTypes, name);
}

QString criticalName(Critical critical)
{
    return nameOf(kCriticals, critical);
}

std::optional<Critical> criticalFromName(QStringView name)
{
    return valueOf(kCriticals, name);
}

} // namespace callqa::checklists
