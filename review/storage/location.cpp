#include "review/storage/location.h"

#include <QCoreApplication>
#include <QFileInfo>
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
        return filePath;
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
        if (trimmed.contains(QLatin1String("://")))
            return Result<Location>::failure(
                tr("Unsupported workspace address %1: use a file path or a postgresql:// URL.")
                    .arg(trimmed));
        location.filePath = QFileInfo(trimmed).absoluteFilePath();
        return location;
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Result<Location>::failure(tr("Invalid PostgreSQL URL: %1").arg(url.errorString()));
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
