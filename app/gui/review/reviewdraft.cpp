#include "app/gui/review/reviewdraft.h"

#include "app/leaselength.h"
#include "review/evaluations/draftleasekeeper.h"

#include <QDateTime>

namespace callqa::app {

ReviewDraft::ReviewDraft(review::Workspace& workspace, review::Actor actor, QString host,
                         QObject* parent)
    : QObject(parent), m_store(workspace, std::move(actor), std::move(host), draftLeaseMs()),
      m_commentStore(m_store)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        if (const review::Status status = flush(); !status)
            Q_EMIT saveFailed(status.error());
    });
}

ReviewDraft::~ReviewDraft()
{
    close();
}

review::Result<review::EvaluationDraft> ReviewDraft::open(qint64 callId,
                                                          const review::ReviewChecklist& checklist)
{
    close();
    auto opened = m_store.open(callId, checklist.key, checklist.versionId);
    if (!opened)
        return opened;
    m_draft = opened.value();
    m_answers = m_draft->answers;
    m_openedAtLocalMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_draft->readOnly())
        m_keeper = std::make_unique<review::DraftLeaseKeeper>(m_store, m_draft->id);
    reloadComments();
    return opened;
}

bool ReviewDraft::holderLapsed() const
{
    if (!m_draft || !m_draft->heldBy)
        return false;
    // The server's clock when the draft was read, moved on by the time passed here since.
    const qint64 serverNow =
        m_draft->serverNowMs + (QDateTime::currentMSecsSinceEpoch() - m_openedAtLocalMs);
    return serverNow >= m_draft->heldBy->expiresAtMs;
}

void ReviewDraft::setAnswers(const checklists::AnswerSet& answers)
{
    if (readOnly() || answers == m_answers)
        return;
    m_answers = answers;
    m_dirty = true;
    if (!m_saveTimer.isActive())
        m_saveTimer.start(); // not restarted by later changes: saved within kSaveDelayMs
}

review::Status ReviewDraft::flush()
{
    m_saveTimer.stop();
    if (!m_dirty || readOnly())
        return {};
    const auto revision = m_store.save(m_draft->id, m_answers);
    if (!revision)
        return review::Status::failure(revision.error());
    m_dirty = false;
    m_draft->answers = m_answers;
    m_draft->revision = revision.value();
    Q_EMIT saved(revision.value());
    return {};
}

review::Status ReviewDraft::reloadComments()
{
    if (!m_draft)
        return {};
    const auto listed = m_commentStore.list(m_draft->id);
    if (!listed)
        return review::Status::failure(listed.error());
    m_comments = listed.value();
    Q_EMIT commentsChanged();
    return {};
}

review::Status ReviewDraft::addComment(qint64 atMs, const QString& itemKey, const QString& body)
{
    if (readOnly())
        return review::Status::failure(tr("This draft is read-only here."));
    const auto added = m_commentStore.add(m_draft->id, atMs, itemKey, body);
    if (!added)
        return review::Status::failure(added.error());
    return reloadComments();
}

review::Status ReviewDraft::editComment(qint64 commentId, const QString& body)
{
    const auto edited = m_commentStore.edit(commentId, body);
    if (!edited)
        return review::Status::failure(edited.error());
    return reloadComments();
}

review::Status ReviewDraft::removeComment(qint64 commentId)
{
    if (const review::Status removed = m_commentStore.remove(commentId); !removed)
        return removed;
    return reloadComments();
}

review::Result<review::EvaluationSummary> ReviewDraft::submit()
{
    using R = review::Result<review::EvaluationSummary>;
    if (readOnly())
        return R::failure(tr("This draft is read-only here."));
    if (const review::Status saved = flush(); !saved)
        return R::failure(saved.error());
    auto submitted = m_store.submit(m_draft->id);
    if (submitted) {
        m_keeper.reset();
        m_draft.reset();
        m_comments.clear();
    }
    return submitted;
}

void ReviewDraft::close()
{
    if (!m_draft)
        return;
    if (const review::Status status = flush(); !status)
        Q_EMIT saveFailed(status.error());
    m_keeper.reset();
    if (!m_draft->readOnly())
        m_store.release(m_draft->id); // else its lease runs out by itself
    m_draft.reset();
    m_comments.clear();
}

} // namespace callqa::app
