#pragma once

#include "review/storage/location.h"
#include "review/storage/workspace.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

// Asks for the PostgreSQL server's password when the workspace URL gave none, and opens the
// workspace with it. A refused password shows the server's reason and the dialog stays open for
// another try; accepted means takeWorkspace() is open. The dialog keeps no copy of the password.
class ServerPasswordDialog : public QDialog {
    Q_OBJECT
public:
    // `mode`: whether the workspace may be created there (see review::OpenMode).
    ServerPasswordDialog(review::Location location, review::OpenMode mode,
                         QWidget* parent = nullptr);
    ~ServerPasswordDialog() override;

    std::unique_ptr<review::Workspace> takeWorkspace();
    void accept() override;

private:
    review::Location m_location;
    review::OpenMode m_mode;
    std::unique_ptr<review::Workspace> m_workspace;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace callqa::app
