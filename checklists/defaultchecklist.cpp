#include "checklists/defaultchecklist.h"

#include "checklists/checklistjson.h"

#include <QFile>

// Q_INIT_RESOURCE must be used outside any namespace (also an anonymous one); registering the
// same resource again is harmless.
static void initChecklistResources()
{
    Q_INIT_RESOURCE(checklists_data);
}

namespace callqa::checklists {

Checklist defaultChecklist()
{
    initChecklistResources();
    QFile file(QStringLiteral(":/checklists/data/default-support-call.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const ImportResult<Checklist> result = fromJson(file.readAll());
    return result.ok() ? result.value() : Checklist{};
}

} // namespace callqa::checklists
