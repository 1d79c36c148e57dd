#pragma once
// Coaching sessions: for coaches, every session with its notes, the evaluations discussed and its
// action items (check boxes; the overdue ones in red), a new session and new action items; for an
// agent, their own sessions to read and acknowledge.

#include "review/auth/permissions.h"
#include "review/coaching/coachingstore.h"
#include "review/result.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

class ActionItemsModel;

class CoachingScreen : public QWidget {
    Q_OBJECT
public:
    CoachingScreen(review::Workspace& workspace, review::Actor actor, QWidget* parent = nullptr);

    void refresh();
    QTableView* sessions() const { return m_sessions; }
    ActionItemsModel* items() const { return m_itemsModel; }
    QString detailText() const;
    QString message() const;
    // What the buttons run after asking.
    review::Status addSession(const review::NewCoachingSession& session);
    review::Status addItem(const QString& title, const QString& owner, std::optional<qint64> dueOn);
    review::Status acknowledgeSelected();

private:
    qint64 selectedId() const;
    void showSelected();
    void askSession();
    void askItem();
    void markDone(qint64 itemId);
    review::Status report(const review::Status& done, const QString& success);

    review::Workspace& m_workspace;
    review::Actor m_actor;
    QList<review::CoachingSession> m_list;
    QStandardItemModel* m_sessionsModel = nullptr;
    QTableView* m_sessions = nullptr;
    QLabel* m_detail = nullptr;
    ActionItemsModel* m_itemsModel = nullptr;
    QTableView* m_items = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_addItem = nullptr;
    QPushButton* m_acknowledge = nullptr;
};

} // namespace callqa::app
