#include "app/gui/checklisteditor/checklistpage.h"

#include "app/gui/checklisteditor/checklistdocument.h"
#include "app/gui/checklisteditor/fieldform.h"
#include "app/gui/checklisteditor/widgetvalues.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace callqa::app {

ChecklistPage::ChecklistPage(ChecklistDocument& document, QWidget* parent)
    : PropertyPage(document, parent), m_key(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_passMark(new QDoubleSpinBox(this))
{
    m_key->setReadOnly(true);
    m_key->setToolTip(tr("The key names this checklist in every version and cannot change."));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(120);
    m_passMark->setRange(0, 100);
    m_passMark->setDecimals(1);
    m_passMark->setSuffix(tr(" %"));
    m_form->addField(QStringLiteral("key"), tr("Key"), m_key);
    m_form->addField(QStringLiteral("name"), tr("&Name"), m_name);
    m_form->addField(QStringLiteral("description"), tr("&Description"), m_description);
    m_form->addField(QStringLiteral("pass_mark"), tr("&Pass mark"), m_passMark);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        checklists::Checklist after = m_document.checklist();
        after.name = text;
        commit(after, tr("Rename checklist"), QStringLiteral("name"));
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        checklists::Checklist after = m_document.checklist();
        after.description = m_description->toPlainText();
        commit(after, tr("Edit description"), QStringLiteral("description"));
    });
    connect(m_passMark, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        checklists::Checklist after = m_document.checklist();
        after.passMark = value;
        commit(after, tr("Change pass mark"), QStringLiteral("pass_mark"));
    });
}

void ChecklistPage::refresh()
{
    const checklists::Checklist& checklist = m_document.checklist();
    showText(m_key, checklist.key);
    showText(m_name, checklist.name);
    showText(m_description, checklist.description);
    showValue(m_passMark, checklist.passMark);
    m_form->showErrors(errorsByField());
}

} // namespace callqa::app
