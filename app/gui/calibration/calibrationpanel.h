#pragma once

#include "review/auth/permissions.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace callqa::review {
class Workspace;
struct CalibrationSession;
} // namespace callqa::review

namespace callqa::app {

class CalibrationReportView;

// The calibration sessions the signed-in user may read, and the chosen one's report. What a blind
// session hides (CalibrationStore's decision) is said instead of the report. A participant also
// gets the session's calls, each to score or scored; activating one asks (scoreRequested) for it
// in the review screen. For the main window to show as a page or a window; refresh() re-reads
// after a change.
class CalibrationPanel : public QWidget {
    Q_OBJECT
public:
    CalibrationPanel(review::Workspace& workspace, review::Actor actor, QWidget* parent = nullptr);
    void refresh();
    // Shows session `sessionId`'s report (or why it cannot be read).
    void showSession(qint64 sessionId);

    QListWidget* sessions() const { return m_list; }
    QListWidget* sessionCalls() const { return m_calls; }
    CalibrationReportView* reportView() const { return m_report; }
    QString message() const; // what is shown instead of a report, empty when a report is shown

Q_SIGNALS:
    void scoreRequested(qint64 sessionId, qint64 callId);

private:
    void showCalls(const review::CalibrationSession& session);

    review::Workspace& m_workspace;
    review::Actor m_actor;
    QListWidget* m_list;
    QListWidget* m_calls;
    QStackedWidget* m_stack;
    QLabel* m_message;
    CalibrationReportView* m_report;
};

} // namespace callqa::app
