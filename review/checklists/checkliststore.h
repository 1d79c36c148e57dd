#pragma once

#include "checklists/checklist.h"
#include "review/auth/permissions.h"
#include "review/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {

class Workspace;

// One checklist as the library lists it.
struct ChecklistSummary {
    qint64 id = 0;
    QString key;
    QString name;          // of the draft if there is one, else of the latest version
    int latestVersion = 0; // 0: never published
    bool hasDraft = false;
    bool archived = false;
};

// A published, frozen version. Evaluations point at `id`.
struct ChecklistVersion {
    qint64 id = 0;
    QString key;
    int version = 0;
    checklists::Checklist checklist;
    qint64 publishedAt = 0;
    QString publishedBy;
};

// The working copy a supervisor edits. `revision` grows with every save; pass it back to
// saveDraft()/publish() so a save over someone else's newer save is refused, not lost.
struct ChecklistDraft {
    checklists::Checklist checklist;
    qint64 revision = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
    int basedOnVersion = 0; // the latest published version when the draft was started
};

// Checklists and their versions in a workspace. Editing happens on a draft; publish() freezes
// the draft as version N+1 and never touches an earlier version. Every write is one transaction
// with an audit row, and is refused unless the actor may manage checklists.
class ChecklistStore {
public:
    ChecklistStore(Workspace& workspace, Actor actor);

    // Every checklist, ordered by name; archived ones only when asked.
    Result<QList<ChecklistSummary>> list(bool includeArchived = false);

    // Reads JSON ("callqa.checklist/1") into the draft of the checklist with its key, creating
    // the checklist if the key is new. An invalid document changes nothing; the error names
    // the place and the rule. Returns the draft's new revision.
    Result<qint64> importDraft(const QByteArray& json);

    // Saves `checklist` as the draft of its key (created if new). With `expectedRevision`, a
    // draft saved meanwhile by someone else is refused. Invalid drafts may be saved; only
    // publishing requires validity. Returns the new revision.
    Result<qint64> saveDraft(const checklists::Checklist& checklist,
                             std::optional<qint64> expectedRevision = std::nullopt);

    // The draft, or when there is none a new draft copied from the latest version.
    Result<ChecklistDraft> draft(const QString& key);
    Status discardDraft(const QString& key);

    // Freezes the draft as the next version and removes the draft. Refused when the draft is
    // invalid, when there is no draft (e.g. another supervisor has just published it), or when
    // `expectedRevision` is given and the draft has changed since.
    Result<ChecklistVersion> publish(const QString& key,
                                     std::optional<qint64> expectedRevision = std::nullopt);

    // Archived checklists are offered for no new review; their versions and history stay.
    Status setArchived(const QString& key, bool archived);

    // `version` 0 means the latest.
    Result<ChecklistVersion> version(const QString& key, int version = 0);
    Result<ChecklistVersion> versionById(qint64 versionId);

private:
    Workspace& m_workspace;
    Actor m_actor;
};

} // namespace callqa::review
