#include "app/gui/signin/serverpassworddialog.h"

#include "review/storage/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace callqa::app {

ServerPasswordDialog::ServerPasswordDialog(review::Location location, review::OpenMode mode,
                                           QWidget* parent)
    : QDialog(parent), m_location(std::move(location)), m_mode(mode)
{
    setObjectName(QStringLiteral("serverPasswordDialog"));
    setWindowTitle(tr("Database server password"));
    auto* server = new QLabel(tr("The PostgreSQL server of the workspace %1 asks for a password.")
                                  .arg(m_location.displayName()),
                              this);
    server->setObjectName(QStringLiteral("server"));
    server->setTextFormat(Qt::PlainText);
    server->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerPasswordDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(server);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

ServerPasswordDialog::~ServerPasswordDialog() = default;

std::unique_ptr<review::Workspace> ServerPasswordDialog::takeWorkspace()
{
    return std::move(m_workspace);
}

void ServerPasswordDialog::accept()
{
    review::Location withPassword = m_location;
    withPassword.password = m_password->text();
    m_password->clear();
    auto workspace = review::Workspace::open(withPassword, m_mode);
    if (!workspace) {
        m_message->setText(workspace.error());
        m_message->show();
        m_password->setFocus();
        return;
    }
    m_workspace = std::move(workspace).value();
    QDialog::accept();
}

} // namespace callqa::app
