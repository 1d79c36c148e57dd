#include "review/calls/callsearchtext.h"

#include "review/storage/database.h"
#include "review/textfold.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace callqa::review {

QString callSearchText(const QString& externalId, const QString& queue, const QString& metadataJson)
{
    QStringList parts{externalId, queue};
    const QJsonObject metadata = QJsonDocument::fromJson(metadataJson.toUtf8()).object();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        parts << it.value().toVariant().toString();
    parts.removeAll(QString());
    return foldForLibrarySearch(parts.join(QLatin1Char('\n')));
}

void backfillCallSearchText(Database& db)
{
    QList<std::pair<qint64, QString>> folded;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, external_id, queue, metadata FROM calls WHERE "
                                         "search_folded IS NULL"));
    while (q.next())
        folded.append(
            {q.value(0).toLongLong(),
             callSearchText(q.value(1).toString(), q.value(2).toString(), q.value(3).toString())});
    q.finish();
    for (const auto& [id, text] : folded)
        db.exec(QStringLiteral("UPDATE calls SET search_folded = ? WHERE id = ?"), {text, id});
    folded.clear();
    q = db.exec(QStringLiteral("SELECT id, name FROM agents WHERE search_folded IS NULL"));
    while (q.next())
        folded.append({q.value(0).toLongLong(), foldForLibrarySearch(q.value(1).toString())});
    q.finish();
    for (const auto& [id, text] : folded)
        db.exec(QStringLiteral("UPDATE agents SET search_folded = ? WHERE id = ?"), {text, id});
}

} // namespace callqa::review
