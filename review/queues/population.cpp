#include "review/queues/population.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Population", text);
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> fromIso(const QJsonValue& value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? std::optional(time.toMSecsSinceEpoch()) : std::nullopt;
}

} // namespace

QJsonObject populationToJson(const Population& p)
{
    QJsonObject json{{QStringLiteral("from"), iso(p.fromMs)},
                     {QStringLiteral("to"), iso(p.toMs)},
                     {QStringLiteral("teams"), toArray(p.teams)},
                     {QStringLiteral("agents"), toArray(p.agents)},
                     {QStringLiteral("queues"), toArray(p.queues)},
                     {QStringLiteral("direction"), p.direction},
                     {QStringLiteral("unreviewed_only"), p.unreviewedOnly},
                     {QStringLiteral("not_queued_elsewhere"), p.notQueuedElsewhere},
                     {QStringLiteral("recording_present"), p.recordingPresent}};
    if (p.minDurationMs)
        json.insert(QStringLiteral("min_duration_ms"), *p.minDurationMs);
    if (p.maxDurationMs)
        json.insert(QStringLiteral("max_duration_ms"), *p.maxDurationMs);
    return json;
}

Result<Population> populationFromJson(const QJsonObject& json)
{
    Population p;
    const auto from = fromIso(json.value(QStringLiteral("from")));
    const auto to = fromIso(json.value(QStringLiteral("to")));
    if (!from || !to || *to <= *from)
        return Result<Population>::failure(
            tr("The queue's period needs a start before its end (ISO 8601)."));
    p.fromMs = *from;
    p.toMs = *to;
    p.teams = toList(json.value(QStringLiteral("teams")));
    p.agents = toList(json.value(QStringLiteral("agents")));
    p.queues = toList(json.value(QStringLiteral("queues")));
    p.direction = json.value(QStringLiteral("direction")).toString();
    if (json.contains(QStringLiteral("min_duration_ms")))
        p.minDurationMs = json.value(QStringLiteral("min_duration_ms")).toInteger();
    if (json.contains(QStringLiteral("max_duration_ms")))
        p.maxDurationMs = json.value(QStringLiteral("max_duration_ms")).toInteger();
    p.unreviewedOnly = json.value(QStringLiteral("unreviewed_only")).toBool();
    p.notQueuedElsewhere = json.value(QStringLiteral("not_queued_elsewhere")).toBool(true);
    p.recordingPresent = json.value(QStringLiteral("recording_present")).toBool(true);
    return p;
}

} // namespace callqa::review
