#pragma once
// "My evaluations": an agent's own evaluations, each with its answers, the reviewers' comments
// and their moments, acknowledging one, and disputing one. Nothing of other agents is listed (the
// stores decide).

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

class EvaluationPlayer;
class MyEvaluationsModel;

class MyEvaluationsPanel : public QWidget {
    Q_OBJECT
public:
    MyEvaluationsPanel(review::Workspace& workspace, review::Actor actor,
                       QWidget* parent = nullptr);

    void refresh();
    QTableView* table() const { return m_table; }
    QString detailText() const;
    QString message() const;
    // The selected evaluation's actions, as the buttons run them after asking.
    review::Status acknowledgeSelected(const QString& comment);
    review::Status disputeSelected(const QString& reason, const QMap<QString, QString>& items);
    // Plays the selected evaluation's call from `atMs` in a read-only player window (null, with
    // the reason in message(), when it cannot be opened).
    EvaluationPlayer* playFrom(qint64 atMs);

private:
    qint64 selectedId() const;
    void showSelected();
    void askAcknowledge();
    void askDispute();

    review::Workspace& m_workspace;
    review::Actor m_actor;
    MyEvaluationsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_dispute = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_history = nullptr;
    QPointer<EvaluationPlayer> m_player;
};

} // namespace callqa::app
