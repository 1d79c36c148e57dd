#pragma once

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {

class EvaluationDraftStore;
class Workspace;

// A reviewer's note pinned to a moment of the call, optionally about one checklist item.
struct ReviewComment {
    qint64 id = 0;
    qint64 callId = 0;
    qint64 atMs = 0;
    QString itemKey; // empty: about the call as a whole
    QString body;
    QString author;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> draftId;      // while the evaluation is a draft
    std::optional<qint64> evaluationId; // once submitted

    bool operator==(const ReviewComment&) const = default;
};

inline constexpr int kCommentMaxLength = 4000;

// May `actor` edit or delete a draft's comment `author` wrote? Only their own: a supervisor who
// took the draft over adds comments of their own but does not rewrite another's words.
Status decideCommentChange(const Actor& actor, const QString& author);

// The comments of a draft, written under the draft's lease like its answers: each add, edit or
// delete is one transaction with an audit row, refused when this session lost its hold. At
// submit they move onto the evaluation (EvaluationDraftStore::submit) and are never edited again.
class DraftComments {
public:
    explicit DraftComments(EvaluationDraftStore& drafts);

    // In call order (time, then when written). Anyone who may read the draft may list them.
    Result<QList<ReviewComment>> list(qint64 draftId);
    // `atMs` within the call; `itemKey` empty or an item of the draft's checklist version.
    Result<ReviewComment> add(qint64 draftId, qint64 atMs, const QString& itemKey,
                              const QString& body);
    Result<ReviewComment> edit(qint64 commentId, const QString& body);
    Status remove(qint64 commentId);

private:
    EvaluationDraftStore& m_drafts;
};

// The comments of a submitted evaluation, in call order, for whoever may read its answers.
Result<QList<ReviewComment>> evaluationComments(Workspace& workspace, const Actor& actor,
                                                qint64 evaluationId);

} // namespace callqa::review
