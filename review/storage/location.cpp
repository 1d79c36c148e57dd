#include "review/storage/location.h"

#include "review/storage/redaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace callqa::review {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Location", text);
}
} // namespace

QString Location::displayName() const
{
    if (backend == Backend::Sqlite)
        return redactedAddress(filePath);
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += user + QLatin1Char('@');
    out += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    return out;
}

Result<Location> parseLocation(const QString& text)
{
    Location location;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<Location>::failure(tr("No workspace given."));

    if (!trimmed.startsWith(QLatin1String("postgresql://")) &&
        !trimmed.startsWith(QLatin1String("postgres://"))) {
        // `postgresql:/...` or `postgres:user@...`: a mistyped URL, not a file to create.
        static const QRegularExpression mistypedUrl(QStringLiteral("^postgres(ql)?:"),
                                                    QRegularExpression::CaseInsensitiveOption);
        if (trimmed.contains(QLatin1String("://")) || mistypedUrl.match(trimmed).hasMatch())
            return Result<Location>::failure(
                tr("Unsupported workspace address %1: use a file path or a "
                   "postgresql://user@host:port/dbname URL.")
                    .arg(redactedAddress(trimmed)));
        // `host=... dbname=...`: a libpq connection string, not a file name (never create a file
        // named after a password).
        static const QRegularExpression keywords(
            QStringLiteral("(^|\\s)(host|hostaddr|port|dbname|user|password)\\s*="),
            QRegularExpression::CaseInsensitiveOption);
        if (keywords.match(trimmed).hasMatch())
            return Result<Location>::failure(
                tr("%1 looks like a libpq connection string; name a server workspace with a "
                   "postgresql://user@host:port/dbname URL.")
                    .arg(redactedAddress(trimmed)));
        location.filePath = QFileInfo(trimmed).absoluteFilePath();
        return location;
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        // QUrl's message goes on to quote the whole URL (its password too): keep only the reason,
        // and not the offending character of a password.
        QString reason = url.errorString().section(QLatin1Char(';'), 0, 0).trimmed();
        if (reason.startsWith(QLatin1String("Invalid password")))
            reason = reason.section(QLatin1String(" ("), 0, 0);
        return Result<Location>::failure(
            tr("Invalid PostgreSQL URL %1: %2 (the form is postgresql://user@host:port/dbname; "
               "percent-encode special characters of a password, or keep it in ~/.pgpass).")
                .arg(redactedAddress(trimmed), reason));
    }
    location.backend = Backend::Postgres;
    location.user = url.userName();
    location.password = url.password();
    location.host = url.host();
    location.port = url.port(5432);
    location.database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        location.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (location.host.isEmpty())
        location.host = QStringLiteral("localhost");
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/')))
        return Result<Location>::failure(
            tr("The PostgreSQL URL names no database (postgresql://user@host:port/dbname)."));
    return location;
}

bool needsServerPassword(const Location& location, const QString& openError)
{
    // libpq's wording; it is not translated, whatever the locale.
    return location.backend == Backend::Postgres && location.password.isEmpty() &&
           (openError.contains(QLatin1String("no password supplied")) ||
            openError.contains(QLatin1String("password authentication failed")));
}

} // namespace callqa::review
