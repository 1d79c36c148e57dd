#include "app/gui/checklisteditor/propertypage.h"

#include "app/gui/checklisteditor/checklistdocument.h"
#include "app/gui/checklisteditor/errorlocation.h"
#include "app/gui/checklisteditor/fieldform.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace callqa::app {

PropertyPage::PropertyPage(ChecklistDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new FieldForm(scroll);
    scroll->setWidget(m_form);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void PropertyPage::setNode(NodeRef node)
{
    m_node = node;
    refresh();
}

void PropertyPage::focusField(const QString& field)
{
    if (QWidget* editor = m_form->editor(field))
        editor->setFocus(Qt::OtherFocusReason);
}

void PropertyPage::commit(const checklists::Checklist& after, const QString& text,
                          const QString& field)
{
    const QString mergeKey =
        QStringLiteral("%1/%2/%3").arg(m_node.section).arg(m_node.item).arg(field);
    m_document.edit(after, text, m_node, mergeKey);
}

QHash<QString, QStringList> PropertyPage::errorsByField() const
{
    QHash<QString, QStringList> messages;
    for (const checklists::ValidationError& error : m_document.errors()) {
        const ErrorLocation location = locateError(error.path);
        if (!(location.node == m_node))
            continue;
        if (location.option >= 0) {
            messages[location.field].append(tr("Option %1, %2: %3")
                                                .arg(location.option + 1)
                                                .arg(location.optionField, error.message));
        } else {
            messages[location.field].append(error.message);
        }
    }
    return messages;
}

} // namespace callqa::app
