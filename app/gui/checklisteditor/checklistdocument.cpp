#include "app/gui/checklisteditor/checklistdocument.h"

#include "app/gui/checklisteditor/checklistedits.h"
#include "app/gui/checklisteditor/snapshotcommand.h"
#include "checklists/validation.h"

#include <QUndoStack>

#include <memory>

namespace callqa::app {

ChecklistDocument::ChecklistDocument(checklists::Checklist checklist, QObject* parent)
    : QObject(parent), m_checklist(std::move(checklist)),
      m_errors(checklists::validate(m_checklist)), m_undoStack(new QUndoStack(this))
{
}

ChecklistDocument::~ChecklistDocument() = default;

void ChecklistDocument::edit(const checklists::Checklist& after, const QString& text, NodeRef focus,
                             const QString& mergeKey)
{
    if (after == m_checklist)
        return;
    m_undoStack->push(
        std::make_unique<SnapshotCommand>(*this, m_checklist, after, focus, text, mergeKey)
            .release()); // the stack owns its commands
}

void ChecklistDocument::reset(const checklists::Checklist& checklist)
{
    m_undoStack->clear();
    apply(checklist, NodeRef::checklist());
}

void ChecklistDocument::apply(const checklists::Checklist& checklist, NodeRef focus)
{
    m_checklist = checklist;
    m_errors = checklists::validate(m_checklist);
    Q_EMIT changed(focus);
}

void ChecklistDocument::addSection(NodeRef at)
{
    const EditResult result = app::addSection(m_checklist, at, tr("New section"), tr("New item"));
    edit(result.checklist, tr("Add section"), result.focus);
}

void ChecklistDocument::addItem(NodeRef at)
{
    const EditResult result = app::addItem(m_checklist, at, tr("New item"));
    edit(result.checklist, tr("Add item"), result.focus);
}

void ChecklistDocument::duplicate(NodeRef node)
{
    const EditResult result = duplicateNode(m_checklist, node);
    edit(result.checklist, node.isItem() ? tr("Duplicate item") : tr("Duplicate section"),
         result.focus);
}

void ChecklistDocument::remove(NodeRef node)
{
    const EditResult result = removeNode(m_checklist, node);
    edit(result.checklist, node.isItem() ? tr("Remove item") : tr("Remove section"), result.focus);
}

void ChecklistDocument::moveSection(int from, int to)
{
    const EditResult result = app::moveSection(m_checklist, from, to);
    edit(result.checklist, tr("Move section"), result.focus);
}

void ChecklistDocument::moveItem(NodeRef from, int toSection, int toRow)
{
    const EditResult result = app::moveItem(m_checklist, from, toSection, toRow);
    edit(result.checklist, tr("Move item"), result.focus);
}

} // namespace callqa::app
