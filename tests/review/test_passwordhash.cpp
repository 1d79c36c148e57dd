#include "review/auth/passwordhash.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

TEST_CASE("password hash: argon2id, salted, and verified exactly", "[review][users]")
{
    const QString password = QString::fromUtf8("Şifre-пароль-رمز");
    const auto first = auth::hashPassword(password);
    const auto second = auth::hashPassword(password);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first->startsWith(QStringLiteral("$argon2id$")));
    INFO("a new salt every time");
    CHECK(first.value() != second.value());
    CHECK(auth::verifyPassword(first.value(), password));
    CHECK(auth::verifyPassword(second.value(), password));
    CHECK_FALSE(auth::verifyPassword(first.value(), password.toUpper()));
    CHECK_FALSE(auth::verifyPassword(first.value(), password + QLatin1Char(' ')));
    CHECK_FALSE(auth::verifyPassword(first.value(), QString()));
    INFO("a missing or malformed hash matches nothing, not even an empty password");
    CHECK_FALSE(auth::verifyPassword(QString(), QString()));
    CHECK_FALSE(auth::verifyPassword(QStringLiteral("$argon2id$garbage"), password));
    CHECK_FALSE(auth::verifyPassword(password, password));
    INFO("a NUL inside a password counts");
    const QString withNul = QString::fromUtf8("ab\0cd", 5);
    const auto nulHash = auth::hashPassword(withNul);
    REQUIRE(nulHash.ok());
    CHECK(auth::verifyPassword(nulHash.value(), withNul));
    CHECK_FALSE(auth::verifyPassword(nulHash.value(), QStringLiteral("ab")));
}
