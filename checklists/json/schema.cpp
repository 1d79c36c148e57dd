#include "checklists/json/schema.h"

#include "checklists/internal/messages.h"

namespace callqa::checklists {

void checkSchema(const ObjectReader& root, QStringView expected)
{
    const auto schema = root.maybeString(u"schema", Need::Required);
    if (schema && *schema != expected) {
        root.addError(
            u"schema",
            Messages::tr("unsupported schema \"%1\" (expected \"%2\")").arg(*schema, expected));
    }
}

} // namespace callqa::checklists
