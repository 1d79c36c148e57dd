#pragma once

#include "review/auth/permissions.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace callqa::review {
struct ImportReport;
class ChangeWatcher;
class Workspace;
} // namespace callqa::review

namespace callqa::app {

class MyQueuePanel;
class LibraryView;

// The workstation's main window: the call library, with the selected call's details.
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
};

} // namespace callqa::app
