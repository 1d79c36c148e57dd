#include "review/auth/passwordhash.h"

#include <QCoreApplication>

#include <sodium.h>

#include <mutex>

namespace callqa::review::auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::PasswordHash", text);
}

bool sodiumReady()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

} // namespace

Result<QString> hashPassword(const QString& password)
{
    using R = Result<QString>;
    if (!sodiumReady())
        return R::failure(tr("The password library (libsodium) cannot start."));
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return R::failure(tr("Not enough memory to hash the password."));
    return QString::fromLatin1(hash);
}

bool verifyPassword(const QString& hash, const QString& password)
{
    if (hash.isEmpty() || !sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

void burnVerification(const QString& password)
{
    // The argon2id hash of a password nobody has, made with the same limits as hashPassword().
    static constexpr char kDummy[] = "$argon2id$v=19$m=65536,t=2,p=1$Tuqpao+BcjhXVXz5PyVk5A$"
                                     "8rjGDC22DHVwVfp6gy8Je4iYgWQmSOJHSsC8r9wu4cg";
    verifyPassword(QString::fromLatin1(kDummy), password);
}

} // namespace callqa::review::auth
