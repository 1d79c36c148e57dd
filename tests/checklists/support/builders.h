#pragma once

#include "checklists/checklist.h"
#include "checklists/validationerror.h"

#include <QList>
#include <QString>
#include <QStringList>

// Short builders for test checklists; each returns a valid piece unless told otherwise.
namespace callqa::checklists::test {

Item yesNo(const QString& key, double points = 1.0, Critical critical = Critical::None);
Item scale(const QString& key, int min, int max, double points = 1.0,
           Critical critical = Critical::None);
Item choice(const QString& key, QList<Option> options, double points = 1.0,
            Critical critical = Critical::None);
Item text(const QString& key);
Item allowingNa(Item item);
Section section(const QString& key, double weight, QList<Item> items);
Checklist checklist(QList<Section> sections, double passMark = 80.0);

// Options "full" (1.0), "half" (0.5) and "none" (0.0, failing when `noneFails`).
QList<Option> threeOptions(bool noneFails = false);

// sections[0] "s0": yes_no "a", scale "b" (1..5), choice "c" (threeOptions);
// sections[1] "s1" (weight 2): yes_no "d", text "notes". Valid.
Checklist sampleChecklist();

Item& itemAt(Checklist& checklist, int section, int item);
QString k(const char* utf8); // short for QString::fromUtf8 in tables
QStringList pathsOf(const QList<ValidationError>& errors);

} // namespace callqa::checklists::test
