#pragma once

#include "review/auth/permissions.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

// The first run of a workspace without users: creates its admin (login, name, password typed
// twice) and signs them in. Accepted means actor() is that admin.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstRunDialog(review::Workspace& workspace, QWidget* parent = nullptr);

    const review::Actor& actor() const { return m_actor; }
    void accept() override;

private:
    void fail(const QString& message);

    review::Workspace& m_workspace;
    review::Actor m_actor;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace callqa::app
