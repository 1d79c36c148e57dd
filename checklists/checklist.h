#pragma once

#include "checklists/section.h"

#include <QList>
#include <QString>

namespace callqa::checklists {

// An evaluation form: ordered sections of ordered items. A plain value; see validate().
struct Checklist {
    QString key;
    QString name;
    QString description;
    double passMark = 80.0; // percent, 0..100
    QList<Section> sections;

    bool operator==(const Checklist&) const = default;
};

} // namespace callqa::checklists
