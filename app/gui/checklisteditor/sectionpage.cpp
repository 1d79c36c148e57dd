#include "app/gui/checklisteditor/sectionpage.h"

#include "app/gui/checklisteditor/checklistdocument.h"
#include "app/gui/checklisteditor/fieldform.h"
#include "app/gui/checklisteditor/widgetvalues.h"

#include <QDoubleSpinBox>
#include <QLineEdit>

namespace callqa::app {

SectionPage::SectionPage(ChecklistDocument& document, QWidget* parent)
    : PropertyPage(document, parent), m_key(new QLineEdit(this)), m_title(new QLineEdit(this)),
      m_weight(new QDoubleSpinBox(this))
{
    m_weight->setRange(0, 1000);
    m_weight->setDecimals(2);
    m_form->addField(QStringLiteral("key"), tr("&Key"), m_key);
    m_form->addField(QStringLiteral("title"), tr("&Title"), m_title);
    m_form->addField(QStringLiteral("weight"), tr("&Weight"), m_weight);

    connect(m_key, &QLineEdit::textEdited, this, [this](const QString& text) {
        editSection(tr("Change section key"), QStringLiteral("key"),
                    [&](checklists::Section& section) { section.key = text; });
    });
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) {
        editSection(tr("Rename section"), QStringLiteral("title"),
                    [&](checklists::Section& section) { section.title = text; });
    });
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editSection(tr("Change weight"), QStringLiteral("weight"),
                    [&](checklists::Section& section) { section.weight = value; });
    });
}

template <typename Change>
void SectionPage::editSection(const QString& text, const QString& field, Change change)
{
    checklists::Checklist after = m_document.checklist();
    if (m_node.section < 0 || m_node.section >= after.sections.size())
        return;
    change(after.sections[m_node.section]);
    commit(after, text, field);
}

void SectionPage::refresh()
{
    const checklists::Checklist& checklist = m_document.checklist();
    if (m_node.section < 0 || m_node.section >= checklist.sections.size())
        return;
    const checklists::Section& section = checklist.sections.at(m_node.section);
    showText(m_key, section.key);
    showText(m_title, section.title);
    showValue(m_weight, section.weight);
    m_form->showErrors(errorsByField());
}

} // namespace callqa::app
