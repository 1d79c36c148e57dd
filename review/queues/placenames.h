#pragma once

#include <QHash>
#include <QString>

namespace callqa::review {

class Database;

// Quota groups and strata as a person reads them: "agent=17/week=2026-W10" reads
// "agent=a17 (Ayşe Yılmaz) · week=2026-W10", and "all" reads "all calls" in the language. The
// stored keys keep internal ids (they seed the draw); only what is shown changes.
class PlaceNames {
public:
    PlaceNames() = default; // no agent names: internal ids stay as they are
    explicit PlaceNames(Database& db);
    QString readable(const QString& place) const;
    // Where a drawn item came from: its quota group and stratum, leaving out an "all" stratum
    // (a rule without strata) and an "all" group (a total quota) unless both are.
    QString readableOrigin(const QString& group, const QString& stratum) const;

private:
    QHash<qint64, QString> m_agents;
};

} // namespace callqa::review
