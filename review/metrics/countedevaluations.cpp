#include "review/metrics/countedevaluations.h"

namespace callqa::review {

QString countedEvaluationsCondition(const QString& alias)
{
    return QStringLiteral("%1.status = 'submitted' AND NOT EXISTS (SELECT 1 FROM evaluations "
                          "revised WHERE revised.revision_of = %1.id)")
        .arg(alias);
}

} // namespace callqa::review
