#include "app/gui/signin/firstrundialog.h"

#include "review/auth/signin.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace callqa::app {

FirstRunDialog::FirstRunDialog(review::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to callqa"));
    const auto field = [this](const char* name, bool secret) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_login = field("login", false);
    m_name = field("name", false);
    m_password = field("password", true);
    m_repeat = field("repeat", true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* intro = new QLabel(tr("This workspace has no users yet. Create its administrator: the "
                                "admin then adds the reviewers, supervisors, coaches and agents."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create admin"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void FirstRunDialog::fail(const QString& message)
{
    m_message->setText(message);
    m_message->show();
    m_password->clear();
    m_repeat->clear();
    m_password->setFocus();
}

void FirstRunDialog::accept()
{
    if (m_password->text() != m_repeat->text())
        return fail(tr("The passwords differ."));
    review::Result<review::Actor> actor = review::createFirstAdmin(
        m_workspace, m_login->text().trimmed(), m_name->text().trimmed(), m_password->text());
    if (!actor)
        return fail(actor.error());
    m_actor = std::move(actor).value();
    QDialog::accept();
}

} // namespace callqa::app
