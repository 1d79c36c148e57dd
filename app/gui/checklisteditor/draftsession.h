#pragma once

#include "checklists/checklist.h"
#include "review/checklists/checkliststore.h"

#include <QCoreApplication>

#include <optional>

namespace callqa::app {

// The editor's link to ChecklistStore for one checklist: remembers the draft revision it loaded
// or last saved, so a save or publish over someone else's newer save is refused, not lost.
class DraftSession {
    Q_DECLARE_TR_FUNCTIONS(DraftSession)
public:
    DraftSession(review::Workspace& workspace, review::Actor actor);

    // Loads the draft of `key` (a copy of the latest version when there is no draft).
    review::Result<checklists::Checklist> open(const QString& key);
    // A new checklist with a key no checklist has yet; stored by the first save.
    review::Result<checklists::Checklist> startNew(const QString& name);

    review::Status save(const checklists::Checklist& checklist);
    // Publishes the stored draft (save first); afterwards the session is on a fresh draft.
    review::Result<review::ChecklistVersion> publish();

    const QString& key() const { return m_key; }
    bool stored() const { return m_stored; }
    qint64 revision() const { return m_revision; }
    int publishedVersion() const { return m_published ? m_published->version : 0; }
    const std::optional<review::ChecklistVersion>& published() const { return m_published; }

private:
    review::ChecklistStore m_store;
    QString m_key;
    qint64 m_revision = 0; // 0 for a new checklist: refused if someone created the key meanwhile
    bool m_stored = false;
    std::optional<review::ChecklistVersion> m_published;
};

} // namespace callqa::app
