#include "app/gui/signin/signindialog.h"

#include "app/demo/demobuilder.h"
#include "app/demo/demoscript.h"
#include "review/auth/signin.h"
#include "review/storage/database.h"
#include "review/storage/demomark.h"
#include "review/storage/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace callqa::app {

namespace {

// A new user of a demo workspace has not read the README: name one login per role.
QString demoHint()
{
    QStringList logins;
    QStringList roles;
    for (const DemoUser& user : demoUsers()) {
        if (roles.contains(user.role))
            continue;
        roles << user.role;
        logins << SignInDialog::tr("%1 (%2)").arg(user.login, user.role);
    }
    return SignInDialog::tr("This is a demo workspace. Sign in as %1; every demo password is "
                            "\"%2\".")
        .arg(QLocale().createSeparatedList(logins), QString::fromLatin1(kDemoPassword));
}

} // namespace

SignInDialog::SignInDialog(review::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to callqa"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Workspace %1").arg(m_workspace.db().location().displayName().toHtmlEscaped()), this));
    if (review::isDemoWorkspace(m_workspace)) {
        auto* hint = new QLabel(demoHint(), this);
        hint->setTextFormat(Qt::PlainText);
        hint->setObjectName(QStringLiteral("demoHint"));
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void SignInDialog::accept()
{
    review::Result<review::Actor> actor =
        review::signIn(m_workspace, m_login->text().trimmed(), m_password->text());
    if (!actor) {
        m_message->setText(actor.error());
        m_message->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_actor = std::move(actor).value();
    QDialog::accept();
}

} // namespace callqa::app
