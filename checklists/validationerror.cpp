#include "checklists/validationerror.h"

namespace callqa::checklists {

QString ValidationError::toString() const
{
    return path.isEmpty() ? message : path + u": " + message;
}

} // namespace callqa::checklists
