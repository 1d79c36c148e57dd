#include "app/gui/checklisteditor/propertypanel.h"

#include "app/gui/checklisteditor/checklistdocument.h"
#include "app/gui/checklisteditor/checklistpage.h"
#include "app/gui/checklisteditor/itempage.h"
#include "app/gui/checklisteditor/sectionpage.h"

namespace callqa::app {

PropertyPanel::PropertyPanel(ChecklistDocument& document, QWidget* parent)
    : QStackedWidget(parent), m_document(document),
      m_checklistPage(new ChecklistPage(document, this)),
      m_sectionPage(new SectionPage(document, this)), m_itemPage(new ItemPage(document, this))
{
    setObjectName(QStringLiteral("propertyPanel"));
    m_checklistPage->setObjectName(QStringLiteral("checklistPage"));
    m_sectionPage->setObjectName(QStringLiteral("sectionPage"));
    m_itemPage->setObjectName(QStringLiteral("itemPage"));
    addWidget(m_checklistPage);
    addWidget(m_sectionPage);
    addWidget(m_itemPage);
    connect(&m_document, &ChecklistDocument::changed, this, [this] { page()->refresh(); });
    setNode(NodeRef::checklist());
}

PropertyPage* PropertyPanel::page() const
{
    return static_cast<PropertyPage*>(currentWidget());
}

void PropertyPanel::setNode(NodeRef node)
{
    PropertyPage* next = node.isItem()      ? m_itemPage
                         : node.isSection() ? m_sectionPage
                                            : m_checklistPage;
    setCurrentWidget(next);
    next->setNode(node);
}

void PropertyPanel::focusField(const QString& field)
{
    page()->focusField(field);
}

} // namespace callqa::app
