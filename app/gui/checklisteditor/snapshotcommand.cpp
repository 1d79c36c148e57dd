#include "app/gui/checklisteditor/snapshotcommand.h"

#include "app/gui/checklisteditor/checklistdocument.h"

namespace callqa::app {

namespace {
constexpr int kMergeableId = 0x43514545; // any fixed id: merging is decided by the merge key
}

SnapshotCommand::SnapshotCommand(ChecklistDocument& document, checklists::Checklist before,
                                 checklists::Checklist after, NodeRef focus, const QString& text,
                                 QString mergeKey)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(after)), m_focus(focus), m_mergeKey(std::move(mergeKey))
{
}

void SnapshotCommand::undo()
{
    m_document.apply(m_before, m_focus);
}

void SnapshotCommand::redo()
{
    m_document.apply(m_after, m_focus);
}

int SnapshotCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kMergeableId;
}

bool SnapshotCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SnapshotCommand*>(other);
    if (!next || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    m_focus = next->m_focus;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace callqa::app
