#pragma once
// A supervisor's dispute inbox: every dispute, the open ones first, filterable by state; accept
// one by re-scoring it into a revision, or reject it with a reason. Refreshes by itself when
// another workstation or a CLI run changes evaluations (the main window's ChangeWatcher).

#include "checklists/answerset.h"
#include "review/auth/permissions.h"
#include "review/disputes/disputerules.h"
#include "review/result.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace callqa::review {
class ChangeWatcher;
class Workspace;
} // namespace callqa::review

namespace callqa::app {

class DisputeInboxModel;

class DisputeInbox : public QWidget {
    Q_OBJECT
public:
    DisputeInbox(review::Workspace& workspace, review::Actor actor, review::ChangeWatcher* watcher,
                 QWidget* parent = nullptr);

    void refresh();
    void setStateFilter(std::optional<review::DisputeState> state);
    QTableView* table() const { return m_table; }
    DisputeInboxModel* model() const { return m_model; }
    QComboBox* filterBox() const { return m_filter; }
    QString detailText() const;
    QString message() const;
    // The selected dispute's decisions, as the buttons run them after asking.
    review::Status acceptSelected(const checklists::AnswerSet& answers, const QString& reason);
    review::Status rejectSelected(const QString& reason);
    qint64 selectedEvaluationId() const;

private:
    qint64 selectedId() const;
    void showSelected();
    void askAccept();
    void askReject();

    review::Workspace& m_workspace;
    review::Actor m_actor;
    DisputeInboxModel* m_model = nullptr;
    QComboBox* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_history = nullptr;
};

} // namespace callqa::app
