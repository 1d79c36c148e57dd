#pragma once

#include "review/auth/permissions.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

// Asks for a login and password and signs in against the workspace. A wrong password shows a
// message and the dialog stays open for another try; accepted means actor() is signed in.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(review::Workspace& workspace, QWidget* parent = nullptr);

    const review::Actor& actor() const { return m_actor; }
    void accept() override;

private:
    review::Workspace& m_workspace;
    review::Actor m_actor;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace callqa::app
