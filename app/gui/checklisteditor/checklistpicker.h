#pragma once

#include "review/checklists/checkliststore.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

// The checklists of the workspace, to open one in the editor or start a new one.
class ChecklistPicker : public QDialog {
    Q_OBJECT
public:
    ChecklistPicker(review::Workspace& workspace, review::Actor actor, QWidget* parent = nullptr);

    void reload();
    // Opens the editor on `key` (empty: a new checklist) as a window of this dialog's parent.
    void openEditor(const QString& key);

private:
    review::Workspace& m_workspace;
    review::Actor m_actor;
    QListWidget* m_list = nullptr;
    QPushButton* m_edit = nullptr;
};

// Shows the picker for the main window's "Checklists…" action.
void showChecklistPicker(review::Workspace& workspace, const review::Actor& actor, QWidget* parent);

} // namespace callqa::app
