#include "app/gui/signin/serverpassworddialog.h"
#include "review/storage/database.h"
#include "review/storage/location.h"
#include "review/storage/workspace.h"
#include "tests/app/clirunner.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace callqa;

namespace {

const QString kRightPassword = QStringLiteral("Right-Pw-1");
const QString kWrongPassword = QStringLiteral("Wrong-Pw-9");

void runSql(const QString& url, const QString& sql)
{
    const auto location = review::parseLocation(url);
    REQUIRE(location.ok());
    auto db = review::Database::open(location.value());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    REQUIRE_NOTHROW(db.value()->exec(sql));
}

// A login role on the suite's PostgreSQL cluster that must give its password (the cluster trusts
// everyone else): one pg_hba.conf line for this role only, so other tests are not disturbed.
class PasswordRole {
public:
    PasswordRole()
        : m_name(QStringLiteral("pw_") + QUuid::createUuid().toString(QUuid::Id128).left(12))
    {
        runSql(testing::postgresAdminUrl(),
               QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_name, kRightPassword));
        QProcess script;
        script.setProcessChannelMode(QProcess::MergedChannels);
        script.start(QStringLiteral(CALLQA_SOURCE_DIR "/scripts/pg-cluster.sh"),
                     {QStringLiteral("hba"), qEnvironmentVariable("CALLQA_TEST_PG_STATE"),
                      QStringLiteral("local all %1 scram-sha-256").arg(m_name)});
        REQUIRE(script.waitForFinished(60000));
        INFO(QString::fromLocal8Bit(script.readAll()).toStdString());
        REQUIRE(script.exitCode() == 0);
    }
    ~PasswordRole()
    {
        try {
            runSql(testing::postgresAdminUrl(), QStringLiteral("DROP ROLE IF EXISTS ") + m_name);
        } catch (...) {
            // the cluster is thrown away at the end of the run anyway
        }
    }
    PasswordRole(const PasswordRole&) = delete;
    PasswordRole& operator=(const PasswordRole&) = delete;

    // Makes the role own the (empty) database at `url`, and returns that URL as the role, without
    // a password.
    QString own(const QString& url) const
    {
        const auto location = review::parseLocation(url);
        REQUIRE(location.ok());
        runSql(testing::postgresAdminUrl(),
               QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(location->database, m_name));
        runSql(url, QStringLiteral("ALTER SCHEMA public OWNER TO ") + m_name);
        QString asRole = url;
        asRole.replace(QStringLiteral("postgresql://callqa@"),
                       QStringLiteral("postgresql://%1@").arg(m_name));
        REQUIRE(asRole != url);
        return asRole;
    }
    const QString& name() const { return m_name; }

private:
    QString m_name;
};

QLineEdit* passwordField(QWidget& dialog)
{
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
    REQUIRE(edit);
    return edit;
}

QString label(QWidget& dialog, const char* name)
{
    auto* found = dialog.findChild<QLabel*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found->isVisible() ? found->text() : QString();
}

void clickOk(QWidget& dialog)
{
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

TEST_CASE("server password dialog: a refused password keeps it open, the right one opens",
          "[app][gui][serverpassword]")
{
    const PasswordRole role;
    testing::TestLocation database(review::Backend::Postgres);
    const auto location = review::parseLocation(role.own(database.url()));
    REQUIRE(location.ok());
    REQUIRE(location->password.isEmpty());

    INFO("the real server's refusal is recognised as a want of password");
    const auto refused = review::Workspace::open(location.value(), review::OpenMode::Create);
    REQUIRE_FALSE(refused.ok());
    CHECK(review::needsServerPassword(location.value(), refused.error()));

    app::ServerPasswordDialog dialog(location.value(), review::OpenMode::Create);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(label(dialog, "server").contains(location->displayName()));
    CHECK(passwordField(dialog)->echoMode() == QLineEdit::Password);

    QTest::keyClicks(passwordField(dialog), kWrongPassword);
    clickOk(dialog);
    INFO("a wrong password: the server's reason, the field cleared, the dialog stays");
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(label(dialog, "message").contains(QStringLiteral("password authentication failed")));
    CHECK_FALSE(label(dialog, "message").contains(kWrongPassword));
    CHECK(passwordField(dialog)->text().isEmpty());

    QTest::keyClicks(passwordField(dialog), kRightPassword);
    QTest::keyClick(passwordField(dialog), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(passwordField(dialog)->text().isEmpty());
    const std::unique_ptr<review::Workspace> workspace = dialog.takeWorkspace();
    REQUIRE(workspace);
    CHECK(workspace->db().location().user == role.name());
    CHECK(workspace->db().scalar(QStringLiteral("SELECT current_user")).toString() == role.name());
    for (const QLabel* shown : dialog.findChildren<QLabel*>())
        CHECK_FALSE(shown->text().contains(kRightPassword));
}

TEST_CASE("server password dialog: the window takes the password from CALLQA_DB_PASSWORD",
          "[app][gui][serverpassword]")
{
    const PasswordRole role;
    testing::TestLocation database(review::Backend::Postgres);
    const QString url = role.own(database.url());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    const QStringList window = {QStringLiteral("--offscreen"), QStringLiteral("--screenshot"), shot,
                                QStringLiteral("--db"), url};
    const QHash<QString, QString> config = {{QStringLiteral("XDG_CONFIG_HOME"), dir.path()}};
    const auto withDbPassword = [&](const QString& password) {
        QHash<QString, QString> env = config;
        env.insert(QStringLiteral("CALLQA_DB_PASSWORD"), password);
        return env;
    };

    REQUIRE(testing::runCallqa({QStringLiteral("--db"), url, QStringLiteral("init")},
                               withDbPassword(kRightPassword))
                .exitCode == 0);

    INFO("no password and no dialog in a screenshot run: the server's reason, exit 1");
    const auto missing = testing::runCallqa(window, config);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("password")));
    CHECK_FALSE(QFile::exists(shot));

    const auto wrong = testing::runCallqa(window, withDbPassword(kWrongPassword));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("password authentication failed")));
    CHECK_FALSE(QString(wrong.out + wrong.err).contains(kWrongPassword));
    CHECK_FALSE(QFile::exists(shot));

    const auto right = testing::runCallqa(window, withDbPassword(kRightPassword));
    INFO(right.err.toStdString());
    CHECK(right.exitCode == 0);
    CHECK(QFile::exists(shot));
    CHECK_FALSE(QString(right.out + right.err).contains(kRightPassword));
}
