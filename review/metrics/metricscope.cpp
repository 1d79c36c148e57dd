#include "review/metrics/metricscope.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace callqa::review {

QString MetricScope::toText() const
{
    switch (kind) {
    case Kind::Agent:
        return QStringLiteral("agent:") + ref;
    case Kind::Team:
        return QStringLiteral("team:") + ref;
    case Kind::Floor:
        break;
    }
    return QStringLiteral("floor");
}

std::optional<MetricScope> parseMetricScope(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("floor"))
        return MetricScope{MetricScope::Kind::Floor, {}};
    for (const auto& [prefix, kind] :
         {std::pair{QStringLiteral("agent:"), MetricScope::Kind::Agent},
          std::pair{QStringLiteral("team:"), MetricScope::Kind::Team}}) {
        if (trimmed.startsWith(prefix) && trimmed.size() > prefix.size())
            return MetricScope{kind, trimmed.mid(prefix.size()).trimmed()};
    }
    return std::nullopt;
}

std::optional<qint64> parseDay(const QString& isoDate)
{
    const QDate date = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
}

std::optional<DateWindow> parseDayWindow(const QString& from, const QString& to)
{
    const std::optional<qint64> start = parseDay(from);
    const std::optional<qint64> end = parseDay(to);
    if (!start || !end || *end < *start)
        return std::nullopt;
    return DateWindow{*start, *end + 24LL * 3600 * 1000};
}

QString dayText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date().toString(Qt::ISODate);
}

} // namespace callqa::review
