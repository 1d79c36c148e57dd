#pragma once

#include "review/auth/permissions.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

class MyQueueModel;

// "My queue": the signed-in reviewer's items across the open queues, their counts, and the
// next item with one key (Ctrl+N). Choosing an item emits callChosen; the window shows the call.
class MyQueuePanel : public QWidget {
    Q_OBJECT
public:
    MyQueuePanel(review::Workspace& workspace, review::Actor actor, QWidget* parent = nullptr);

    // The "Next item" action, for the window's menu (its shortcut works anywhere in the window).
    QAction* nextAction() const { return m_next; }
    void refresh();
    void takeNext();

Q_SIGNALS:
    void callChosen(qint64 callId);

private:
    review::Workspace& m_workspace;
    review::Actor m_actor;
    MyQueueModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_message = nullptr;
    QAction* m_next = nullptr;
};

} // namespace callqa::app
