#include "app/gui/checklisteditor/diffdescription.h"

#include "checklists/diff.h"

#include <QLocale>

namespace callqa::app {

using checklists::ChangeKind;
using checklists::Checklist;
using checklists::Item;
using checklists::Section;

namespace {

QString quoted(const QString& text)
{
    return DiffDescription::tr("“%1”").arg(text);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString typeName(checklists::ItemType type)
{
    switch (type) {
    case checklists::ItemType::YesNo:
        return DiffDescription::tr("yes / no");
    case checklists::ItemType::Scale:
        return DiffDescription::tr("scale");
    case checklists::ItemType::Choice:
        return DiffDescription::tr("choice");
    case checklists::ItemType::Text:
        return DiffDescription::tr("text");
    }
    return {};
}

QString criticalName(checklists::Critical critical)
{
    switch (critical) {
    case checklists::Critical::None:
        return DiffDescription::tr("not critical");
    case checklists::Critical::Section:
        return DiffDescription::tr("fails its section");
    case checklists::Critical::Evaluation:
        return DiffDescription::tr("fails the evaluation");
    }
    return {};
}

QString optionsText(const QList<checklists::Option>& options)
{
    QStringList parts;
    for (const checklists::Option& option : options) {
        QString part = DiffDescription::tr("%1 (%2)").arg(option.label, number(option.fraction));
        if (option.failing)
            part += DiffDescription::tr(", failing");
        parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

const Section* findSection(const Checklist& checklist, const QString& key)
{
    for (const Section& section : checklist.sections) {
        if (section.key == key)
            return &section;
    }
    return nullptr;
}

const Item* findItem(const Checklist& checklist, const QString& key)
{
    for (const Section& section : checklist.sections) {
        for (const Item& item : section.items) {
            if (item.key == key)
                return &item;
        }
    }
    return nullptr;
}

QString sectionTitle(const Checklist& checklist, const QString& key)
{
    const Section* section = findSection(checklist, key);
    return section ? section->title : key;
}

QString itemValue(const Item& item, const QString& field)
{
    if (field == u"prompt")
        return quoted(item.prompt);
    if (field == u"guidance")
        return quoted(item.guidance);
    if (field == u"type")
        return typeName(item.type);
    if (field == u"points")
        return number(item.points);
    if (field == u"allow_na")
        return item.allowNa ? DiffDescription::tr("N/A allowed")
                            : DiffDescription::tr("N/A not allowed");
    if (field == u"critical")
        return criticalName(item.critical);
    if (field == u"scale")
        return DiffDescription::tr("%1 to %2")
            .arg(QLocale().toString(item.scaleMin), QLocale().toString(item.scaleMax));
    if (field == u"options")
        return optionsText(item.options);
    if (field == u"key")
        return item.key;
    return {};
}

QString sectionValue(const Section& section, const QString& field)
{
    if (field == u"title")
        return quoted(section.title);
    if (field == u"weight")
        return number(section.weight);
    if (field == u"key")
        return section.key;
    return {};
}

QString checklistValue(const Checklist& checklist, const QString& field)
{
    if (field == u"name")
        return quoted(checklist.name);
    if (field == u"description")
        return quoted(checklist.description);
    if (field == u"pass_mark")
        return number(checklist.passMark);
    if (field == u"key")
        return checklist.key;
    return {};
}

QString change(const QString& subject, const QString& field, const QString& before,
               const QString& after)
{
    return DiffDescription::tr("%1: %2: %3 → %4").arg(subject, field, before, after);
}

} // namespace

QList<DiffLine> DiffDescription::describe(const Checklist& published, const Checklist& draft)
{
    const checklists::ChecklistDiff changes = checklists::diff(published, draft);
    QList<DiffLine> lines;
    for (const QString& field : changes.fields) {
        if (field == u"section_order")
            lines.append({ChangeKind::Changed, tr("Checklist: the sections are in a new order")});
        else
            lines.append({ChangeKind::Changed,
                          change(tr("Checklist"), field, checklistValue(published, field),
                                 checklistValue(draft, field))});
    }
    for (const checklists::SectionChange& section : changes.sections) {
        if (section.kind == ChangeKind::Added) {
            lines.append({section.kind,
                          tr("Added section %1").arg(quoted(sectionTitle(draft, section.key)))});
            continue;
        }
        if (section.kind == ChangeKind::Removed) {
            lines.append(
                {section.kind,
                 tr("Removed section %1").arg(quoted(sectionTitle(published, section.key)))});
            continue;
        }
        const Section* before = findSection(published, section.key);
        const Section* after = findSection(draft, section.key);
        const QString subject = tr("Section %1").arg(quoted(sectionTitle(draft, section.key)));
        for (const QString& field : section.fields) {
            if (field == u"item_order")
                lines.append({section.kind, tr("%1: the items are in a new order").arg(subject)});
            else if (before && after)
                lines.append({section.kind, change(subject, field, sectionValue(*before, field),
                                                   sectionValue(*after, field))});
        }
    }
    for (const checklists::ItemChange& item : changes.items) {
        if (item.kind == ChangeKind::Added || item.kind == ChangeKind::Removed) {
            const Checklist& where = item.kind == ChangeKind::Added ? draft : published;
            const Item* found = findItem(where, item.key);
            const QString prompt = quoted(found ? found->prompt : item.key);
            const QString section = quoted(sectionTitle(where, item.sectionKey));
            lines.append(
                {item.kind, item.kind == ChangeKind::Added
                                ? tr("Added item %1 in section %2").arg(prompt, section)
                                : tr("Removed item %1 from section %2").arg(prompt, section)});
            continue;
        }
        const Item* before = findItem(published, item.key);
        const Item* after = findItem(draft, item.key);
        if (!before || !after)
            continue;
        const QString subject = tr("Item %1").arg(quoted(after->prompt));
        for (const QString& field : item.fields) {
            if (field == u"section") {
                const Section* from = nullptr;
                for (const Section& s : published.sections) {
                    for (const Item& i : s.items) {
                        if (i.key == item.key)
                            from = &s;
                    }
                }
                lines.append({item.kind, tr("%1: moved from section %2 to %3")
                                             .arg(subject, quoted(from ? from->title : QString()),
                                                  quoted(sectionTitle(draft, item.sectionKey)))});
            } else {
                lines.append({item.kind, change(subject, field, itemValue(*before, field),
                                                itemValue(*after, field))});
            }
        }
    }
    return lines;
}

} // namespace callqa::app
