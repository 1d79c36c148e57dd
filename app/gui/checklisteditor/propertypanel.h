#pragma once

#include "app/gui/checklisteditor/noderef.h"

#include <QStackedWidget>

namespace callqa::app {

class ChecklistDocument;
class PropertyPage;

// The editors of the selected node: the checklist page, a section page or an item page.
class PropertyPanel : public QStackedWidget {
    Q_OBJECT
public:
    explicit PropertyPanel(ChecklistDocument& document, QWidget* parent = nullptr);

    void setNode(NodeRef node);
    void focusField(const QString& field);

private:
    PropertyPage* page() const;

    ChecklistDocument& m_document;
    PropertyPage* m_checklistPage = nullptr;
    PropertyPage* m_sectionPage = nullptr;
    PropertyPage* m_itemPage = nullptr;
};

} // namespace callqa::app
