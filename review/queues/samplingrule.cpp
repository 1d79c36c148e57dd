#include "review/queues/samplingrule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::SamplingRule", text);
}

struct Named {
    const char* name;
    int value;
};
constexpr Named kQuotaKinds[] = {{"per_agent_week", int(QuotaKind::PerAgentPerWeek)},
                                 {"per_agent_period", int(QuotaKind::PerAgentPerPeriod)},
                                 {"total", int(QuotaKind::Total)}};
constexpr Named kDimensions[] = {{"agent", int(StratumDimension::Agent)},
                                 {"queue", int(StratumDimension::Queue)},
                                 {"duration", int(StratumDimension::Duration)},
                                 {"daypart", int(StratumDimension::Daypart)}};

template <size_t N> QString nameOf(const Named (&table)[N], int value)
{
    for (const Named& entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

template <size_t N> std::optional<int> valueOf(const Named (&table)[N], const QString& name)
{
    for (const Named& entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace

QString quotaKindName(QuotaKind kind)
{
    return nameOf(kQuotaKinds, int(kind));
}

std::optional<QuotaKind> quotaKindFromName(const QString& name)
{
    const auto value = valueOf(kQuotaKinds, name);
    return value ? std::optional(QuotaKind(*value)) : std::nullopt;
}

QString dimensionName(StratumDimension dimension)
{
    return nameOf(kDimensions, int(dimension));
}

std::optional<StratumDimension> dimensionFromName(const QString& name)
{
    const auto value = valueOf(kDimensions, name);
    return value ? std::optional(StratumDimension(*value)) : std::nullopt;
}

QJsonObject samplingRuleToJson(const SamplingRule& rule)
{
    QJsonArray stratify;
    for (StratumDimension dimension : rule.stratify)
        stratify.append(dimensionName(dimension));
    // The seed as text: JSON numbers lose integers above 2^53.
    QJsonObject json{{QStringLiteral("quota_kind"), quotaKindName(rule.quotaKind)},
                     {QStringLiteral("quota"), rule.quota},
                     {QStringLiteral("stratify"), stratify},
                     {QStringLiteral("seed"), QString::number(rule.seed)},
                     {QStringLiteral("time_zone"), rule.timeZone}};
    if (rule.doubleScorePercent > 0)
        json.insert(QStringLiteral("double_score_percent"), rule.doubleScorePercent);
    return json;
}

Result<SamplingRule> samplingRuleFromJson(const QJsonObject& json)
{
    using R = Result<SamplingRule>;
    SamplingRule rule;
    const auto kind = quotaKindFromName(json.value(QStringLiteral("quota_kind")).toString());
    if (!kind)
        return R::failure(tr("The sampling rule's quota_kind is not one of per_agent_week, "
                             "per_agent_period, total."));
    rule.quotaKind = *kind;
    rule.quota = json.value(QStringLiteral("quota")).toInteger(-1);
    if (rule.quota < 1)
        return R::failure(tr("The sampling rule's quota must be a whole number above 0."));
    for (const QJsonValue& value : json.value(QStringLiteral("stratify")).toArray()) {
        const auto dimension = dimensionFromName(value.toString());
        if (!dimension)
            return R::failure(
                tr("The sampling rule cannot stratify by \"%1\".").arg(value.toString()));
        if (!rule.stratify.contains(*dimension))
            rule.stratify.append(*dimension);
    }
    bool seedOk = false;
    rule.seed = json.value(QStringLiteral("seed")).toString().toULongLong(&seedOk);
    if (!seedOk)
        return R::failure(tr("The sampling rule's seed must be a whole number."));
    rule.timeZone = json.value(QStringLiteral("time_zone")).toString(QStringLiteral("UTC"));
    if (!QTimeZone(rule.timeZone.toUtf8()).isValid())
        return R::failure(tr("Unknown time zone \"%1\".").arg(rule.timeZone));
    const QJsonValue shareValue = json.value(QStringLiteral("double_score_percent"));
    const qint64 share = shareValue.isUndefined() ? 0 : shareValue.toInteger(-1);
    if (share < 0 || share > 100)
        return R::failure(tr("The sampling rule's double_score_percent must be a whole number "
                             "from 0 to 100."));
    rule.doubleScorePercent = int(share);
    return rule;
}

} // namespace callqa::review
