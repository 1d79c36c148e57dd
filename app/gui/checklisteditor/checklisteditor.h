#pragma once

#include "app/gui/checklisteditor/noderef.h"
#include "checklists/checklist.h"

#include <QWidget>

#include <optional>

class QAction;
class QTabWidget;
class QTreeView;

namespace callqa::app {

class ChecklistDocument;
class ChecklistTreeModel;
class DiffView;
class ErrorList;
class PreviewWidget;
class PropertyPanel;

// The editing surface, without storage: the tree of sections and items with the list of
// problems under it, the properties of the selected node, and the live preview and the diff
// against the last published version. Its actions (add, duplicate, remove, undo, redo) are
// for the window's menus and toolbar.
class ChecklistEditor : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistEditor(ChecklistDocument& document, QWidget* parent = nullptr);

    // The version the diff compares the draft with; empty when never published.
    void setPublished(const std::optional<checklists::Checklist>& published, int version);

    NodeRef currentNode() const;
    void selectNode(NodeRef node);

    QAction* addSectionAction() const { return m_addSection; }
    QAction* addItemAction() const { return m_addItem; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* removeAction() const { return m_remove; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

private:
    void documentChanged(NodeRef focus);
    void currentChanged();
    void updateDiff();

    ChecklistDocument& m_document;
    ChecklistTreeModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    ErrorList* m_errors = nullptr;
    PropertyPanel* m_properties = nullptr;
    QTabWidget* m_tabs = nullptr;
    PreviewWidget* m_preview = nullptr;
    DiffView* m_diff = nullptr;
    std::optional<checklists::Checklist> m_published;
    int m_publishedVersion = 0;
    QAction* m_addSection = nullptr;
    QAction* m_addItem = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
};

} // namespace callqa::app
