#include "review/storage/location.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

TEST_CASE("location: file paths are SQLite workspaces", "[review][location]")
{
    const auto location = parseLocation(QStringLiteral("/tmp/some/workspace.db"));
    REQUIRE(location.ok());
    CHECK(location->backend == Backend::Sqlite);
    CHECK(location->filePath == QStringLiteral("/tmp/some/workspace.db"));
}

TEST_CASE("location: postgresql URLs", "[review][location]")
{
    const auto location =
        parseLocation(QStringLiteral("postgresql://qa:s%C3%A9cret@db.example:6543/floor"));
    REQUIRE(location.ok());
    CHECK(location->backend == Backend::Postgres);
    CHECK(location->user == QStringLiteral("qa"));
    CHECK(location->password == QString::fromUtf8("s\xC3\xA9"
                                                  "cret"));
    CHECK(location->host == QStringLiteral("db.example"));
    CHECK(location->port == 6543);
    CHECK(location->database == QStringLiteral("floor"));
    INFO("the display name never shows the password");
    CHECK_FALSE(location->displayName().contains(QStringLiteral("cret")));
}

TEST_CASE("location: socket folder and default port", "[review][location]")
{
    const auto location =
        parseLocation(QStringLiteral("postgres://qa@localhost/floor?host=/run/pg"));
    REQUIRE(location.ok());
    CHECK(location->host == QStringLiteral("/run/pg"));
    CHECK(location->port == 5432);
}

TEST_CASE("location: bad addresses are refused with a reason", "[review][location]")
{
    const char* bad[] = {"", "   ", "postgresql://qa@host:5432/", "mysql://host/db",
                         "postgresql://qa@host/a/b"};
    for (const char* text : bad) {
        INFO(text);
        const auto location = parseLocation(QString::fromUtf8(text));
        CHECK_FALSE(location.ok());
        CHECK_FALSE(location.error().isEmpty());
    }
}

TEST_CASE("location: a server that refused for want of a password is asked again",
          "[review][location]")
{
    const QString noPassword =
        QStringLiteral("Cannot open the workspace postgresql://qa@localhost:5432/floor: connection "
                       "to server on socket \"/run/pg/.s.PGSQL.5432\" failed: fe_sendauth: no "
                       "password supplied");
    const QString refused =
        QStringLiteral("Cannot open the workspace postgresql://qa@localhost:5432/floor: connection "
                       "to server on socket \"/run/pg/.s.PGSQL.5432\" failed: FATAL:  password "
                       "authentication failed for user \"qa\"");
    const QString noDatabase = QStringLiteral(
        "Cannot open the workspace postgresql://qa@localhost:5432/floor: connection to server on "
        "socket \"/run/pg/.s.PGSQL.5432\" failed: FATAL:  database \"floor\" does not exist");
    struct Row {
        const char* location;
        QString error;
        bool ask;
    };
    const Row rows[] = {
        {"postgresql://qa@localhost/floor?host=/run/pg", noPassword, true},
        {"postgresql://qa@localhost/floor?host=/run/pg", refused, true},
        {"postgresql://qa@localhost/floor?host=/run/pg", noDatabase, false},
        {"postgresql://qa@localhost/floor?host=/run/pg", QString(), false},
        {"postgresql://qa:typed@localhost/floor?host=/run/pg", refused, false},
        {"postgresql://qa:typed@localhost/floor?host=/run/pg", noPassword, false},
        {"/tmp/floor/workspace.db", noPassword, false},
    };
    for (const Row& row : rows) {
        INFO(row.location << " / " << row.error.toStdString());
        const auto location = parseLocation(QString::fromUtf8(row.location));
        REQUIRE(location.ok());
        CHECK(needsServerPassword(location.value(), row.error) == row.ask);
    }
}

TEST_CASE("location: a refused address never shows its password", "[review][location]")
{
    const char* bad[] = {
        "postgresql://qa:S3ntinel-Pw-91@db:54x2/floor", // bad port
        "postgresql://qa:S3ntinel/Pw@91@db/floor",      // unencoded '/' and '@'
        "postgresql://qa:S3ntinel Pw@db/floor",         // a space
        "postgresql://qa:S3ntinel%zz@db/floor",         // a broken escape
        "postgresql://qa:S3ntinel-Pw-91@[db/floor",     // a broken IPv6 host
        "postgresql://qa:S3ntinel-Pw-91@db/",           // no database
        "postgresql://qa:S3ntinel-Pw-91@db/a/b",        // a path, not a database
        "postgresql:/qa:S3ntinel-Pw-91@db/floor",       // one slash
        "postgres:qa:S3ntinel-Pw-91@db/floor",          // none
        "mysql://qa:S3ntinel-Pw-91@db/floor",           // another server
    };
    for (const char* text : bad) {
        INFO(text);
        const auto location = parseLocation(QString::fromUtf8(text));
        REQUIRE_FALSE(location.ok());
        CHECK_FALSE(location.error().isEmpty());
        CHECK_FALSE(location.error().contains(QStringLiteral("S3ntinel")));
    }
}

TEST_CASE("location: a libpq connection string is refused, not taken for a file name",
          "[review][location]")
{
    for (const char* text : {"host=db password=S3ntinel-Pw-91", "dbname=floor user=qa",
                             "/srv/qa/x password = S3ntinel-Pw-91"}) {
        INFO(text);
        const auto location = parseLocation(QString::fromUtf8(text));
        REQUIRE_FALSE(location.ok());
        CHECK(location.error().contains(QStringLiteral("connection string")));
        CHECK_FALSE(location.error().contains(QStringLiteral("S3ntinel")));
    }
    INFO("a file name with an = elsewhere is still a file");
    const auto file = parseLocation(QStringLiteral("/srv/qa/team=north.db"));
    REQUIRE(file.ok());
    CHECK(file->backend == Backend::Sqlite);
}
