#pragma once
// The review screen's hold on one evaluation draft: opens it (taking the lease or reading it
// while another holds it), keeps the lease alive, saves changed answers within a second in the
// background of the event loop, writes comments at once, and submits. The screen shows; this
// remembers.

#include "review/evaluations/evaluationdraftstore.h"
#include "review/evaluations/reviewchecklist.h"
#include "review/evaluations/reviewcomments.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace callqa::review {
class DraftLeaseKeeper;
}

namespace callqa::app {

class ReviewDraft : public QObject {
    Q_OBJECT
public:
    // Changes are saved at most this long after they are made (the bound is 2 s).
    static constexpr int kSaveDelayMs = 1000;

    ReviewDraft(review::Workspace& workspace, review::Actor actor, QString host,
                QObject* parent = nullptr);
    ~ReviewDraft() override;

    // Leaves the draft open before (saved and released), then opens this one.
    review::Result<review::EvaluationDraft> open(qint64 callId,
                                                 const review::ReviewChecklist& checklist);
    bool isOpen() const { return m_draft.has_value(); }
    const review::EvaluationDraft& draft() const { return *m_draft; }
    bool readOnly() const { return !m_draft || m_draft->readOnly(); }
    const review::Actor& actor() const { return m_store.actor(); }
    // When another session holds it: has its lease run out (so it may be taken over)?
    bool holderLapsed() const;

    void setAnswers(const checklists::AnswerSet& answers); // saved within kSaveDelayMs
    bool hasUnsavedAnswers() const { return m_dirty; }
    review::Status flush(); // saves now when anything is unsaved

    const QList<review::ReviewComment>& comments() const { return m_comments; }
    review::Status addComment(qint64 atMs, const QString& itemKey, const QString& body);
    review::Status editComment(qint64 commentId, const QString& body);
    review::Status removeComment(qint64 commentId);

    // Saves, scores, stores the evaluation with its comments and marks the queue item done.
    review::Result<review::EvaluationSummary> submit();
    // Saves what is unsaved and gives the lease up.
    void close();

Q_SIGNALS:
    void saved(qint64 revision);
    void saveFailed(const QString& error);
    void commentsChanged();

private:
    review::Status reloadComments();

    review::EvaluationDraftStore m_store;
    review::DraftComments m_commentStore;
    std::optional<review::EvaluationDraft> m_draft;
    std::unique_ptr<review::DraftLeaseKeeper> m_keeper;
    QList<review::ReviewComment> m_comments;
    checklists::AnswerSet m_answers;
    bool m_dirty = false;
    QTimer m_saveTimer;
    qint64 m_openedAtLocalMs = 0;
};

} // namespace callqa::app
