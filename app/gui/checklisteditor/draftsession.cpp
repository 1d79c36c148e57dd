#include "app/gui/checklisteditor/draftsession.h"

#include "app/gui/checklisteditor/checklistedits.h"

#include <QSet>

namespace callqa::app {

DraftSession::DraftSession(review::Workspace& workspace, review::Actor actor)
    : m_store(workspace, std::move(actor))
{
}

review::Result<checklists::Checklist> DraftSession::open(const QString& key)
{
    auto draft = m_store.draft(key);
    if (!draft)
        return review::Result<checklists::Checklist>::failure(draft.error());
    m_key = key;
    m_revision = draft->revision;
    m_stored = true;
    m_published.reset();
    if (auto latest = m_store.version(key)) // fails when never published
        m_published = std::move(latest).value();
    return draft->checklist;
}

review::Result<checklists::Checklist> DraftSession::startNew(const QString& name)
{
    const auto existing = m_store.list(true);
    if (!existing)
        return review::Result<checklists::Checklist>::failure(existing.error());
    QSet<QString> taken;
    for (const review::ChecklistSummary& summary : existing.value())
        taken.insert(summary.key);
    checklists::Checklist checklist;
    checklist.key = uniqueKey(QStringLiteral("checklist"), taken);
    checklist.name = name;
    checklist =
        addSection(checklist, NodeRef::checklist(), tr("New section"), tr("New item")).checklist;
    m_key = checklist.key;
    m_revision = 0;
    m_stored = false;
    m_published.reset();
    return checklist;
}

review::Status DraftSession::save(const checklists::Checklist& checklist)
{
    const auto revision = m_store.saveDraft(checklist, m_revision);
    if (!revision)
        return review::Status::failure(revision.error());
    m_revision = revision.value();
    m_stored = true;
    return {};
}

review::Result<review::ChecklistVersion> DraftSession::publish()
{
    auto published = m_store.publish(m_key, m_revision);
    if (!published)
        return published;
    m_published = published.value();
    if (auto fresh = m_store.draft(m_key))
        m_revision = fresh->revision;
    return published;
}

} // namespace callqa::app
