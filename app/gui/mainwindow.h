#pragma once

#include "review/auth/permissions.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QStackedWidget;

namespace callqa::review {
struct ImportReport;
class ChangeWatcher;
class Workspace;
} // namespace callqa::review

namespace callqa::app {

class MyQueuePanel;
class LibraryView;
class ReviewScreen;

// The workstation's main window: the call library, with the selected call's details, and the
// review screen in its place while a call is being scored (Escape goes back to the library).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `actor` is who signed in: actions their roles may not do are not offered.
    MainWindow(std::unique_ptr<review::Workspace> workspace, review::Actor actor,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // May the signed-in user do this? Decides which actions the window shows.
    bool may(review::Action action) const;

    void reload();
    // Selects the call in the library and shows its details; false when it is not listed.
    bool selectCall(qint64 callId);
    // Opens the call in the review screen (for those who score calls); false, with the reason in
    // the status bar, when it cannot be opened.
    bool openReview(qint64 callId);
    // The review screen; null for those who do not score calls.
    ReviewScreen* reviewScreen() const { return m_review; }
    bool isReviewing() const;
    // Opens the history of the selected call's latest evaluation; false when it has none.
    bool showSelectedHistory();

private:
    void showSelectedCall();
    void importFolder();
    void chooseRecordingsFolder();
    static QString describeImport(const review::ImportReport& report);

    std::unique_ptr<review::Workspace> m_workspace;
    std::unique_ptr<review::ChangeWatcher> m_watcher; // after m_workspace: destroyed before it
    review::Actor m_actor;
    LibraryView* m_library = nullptr;
    QLabel* m_details = nullptr;
    MyQueuePanel* m_myQueue = nullptr;
    QDockWidget* m_myQueueDock = nullptr;
    QStackedWidget* m_pages = nullptr;
    ReviewScreen* m_review = nullptr;
};

} // namespace callqa::app
