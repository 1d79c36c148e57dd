#pragma once
// An evaluation's whole history as a tree: the original and each revision (score, reviewer,
// when), under each its acknowledgement and its disputes (who opened it, when, why, the items
// disputed, who decided, when, why). From evaluationHistory(), as `callqa evaluation show` has it.

#include "review/auth/permissions.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTreeView;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

class EvaluationHistoryView : public QWidget {
    Q_OBJECT
public:
    EvaluationHistoryView(review::Workspace& workspace, review::Actor actor,
                          QWidget* parent = nullptr);

    // False, with the reason shown, when the actor may not read it (or it is not there).
    bool load(qint64 evaluationId);
    QTreeView* tree() const { return m_tree; }
    QStandardItemModel* model() const { return m_model; }
    QString message() const;

private:
    review::Workspace& m_workspace;
    review::Actor m_actor;
    QStandardItemModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_message = nullptr;
};

// Opens the history of an evaluation in a window of its own beside `parent`.
void showEvaluationHistory(review::Workspace& workspace, const review::Actor& actor,
                           qint64 evaluationId, QWidget* parent);

} // namespace callqa::app
