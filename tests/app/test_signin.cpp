#include "app/gui/signin/firstrundialog.h"
#include "app/gui/signin/signindialog.h"
#include "review/auth/signin.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace callqa;

namespace {

QLineEdit* field(QWidget& dialog, const char* name)
{
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(edit);
    return edit;
}

void type(QWidget& dialog, const char* name, const QString& text)
{
    QLineEdit* edit = field(dialog, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void clickOk(QWidget& dialog)
{
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QString message(QWidget& dialog)
{
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("message"));
    REQUIRE(label);
    return label->isVisible() ? label->text() : QString();
}

} // namespace

TEST_CASE("sign-in dialogs: the first run creates the admin, then everyone signs in",
          "[app][gui][signin]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);

    app::FirstRunDialog firstRun(*workspace);
    firstRun.show();
    REQUIRE(QTest::qWaitForWindowExposed(&firstRun));
    type(firstRun, "login", QStringLiteral("ada"));
    field(firstRun, "name")->setText(QString::fromUtf8("Ada Ağaoğlu")); // QTest types ASCII only
    type(firstRun, "password", QStringLiteral("first-pass"));
    type(firstRun, "repeat", QStringLiteral("first-typo"));
    clickOk(firstRun);
    INFO("passwords that differ: a message, the dialog stays, nothing is created");
    CHECK(firstRun.isVisible());
    CHECK(message(firstRun).contains(QStringLiteral("differ")));
    CHECK(field(firstRun, "password")->text().isEmpty());
    CHECK_FALSE(review::hasUsers(*workspace).value());

    type(firstRun, "password", QStringLiteral("first-pass"));
    type(firstRun, "repeat", QStringLiteral("first-pass"));
    clickOk(firstRun);
    CHECK(firstRun.result() == QDialog::Accepted);
    CHECK(firstRun.actor().login == QStringLiteral("ada"));
    CHECK(firstRun.actor().has(review::Role::Admin));
    CHECK(firstRun.actor().displayName == QString::fromUtf8("Ada Ağaoğlu"));
    CHECK(review::hasUsers(*workspace).value());

    app::SignInDialog signIn(*workspace);
    signIn.show();
    REQUIRE(QTest::qWaitForWindowExposed(&signIn));
    type(signIn, "login", QStringLiteral("ADA"));
    type(signIn, "password", QStringLiteral("wrong-pass"));
    clickOk(signIn);
    INFO("a wrong password: a message, the password is cleared, try again");
    CHECK(signIn.isVisible());
    CHECK(message(signIn).contains(QStringLiteral("wrong password")));
    CHECK(field(signIn, "password")->text().isEmpty());
    CHECK(field(signIn, "login")->text() == QStringLiteral("ADA"));

    type(signIn, "password", QStringLiteral("first-pass"));
    QTest::keyClick(field(signIn, "password"), Qt::Key_Return);
    CHECK(signIn.result() == QDialog::Accepted);
    CHECK(signIn.actor().login == QStringLiteral("ada"));
    CHECK(signIn.actor().has(review::Role::Admin));
}

TEST_CASE("sign-in dialogs: the first-run dialog refuses once the workspace has users",
          "[app][gui][signin]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    REQUIRE(review::createFirstAdmin(*workspace, QStringLiteral("ada"), {},
                                     QStringLiteral("first-pass"))
                .ok());
    app::FirstRunDialog late(*workspace);
    late.show();
    type(late, "login", QStringLiteral("eve"));
    type(late, "password", QStringLiteral("eve-pass"));
    type(late, "repeat", QStringLiteral("eve-pass"));
    clickOk(late);
    CHECK(late.isVisible());
    CHECK(message(late).contains(QStringLiteral("sign in")));
}
