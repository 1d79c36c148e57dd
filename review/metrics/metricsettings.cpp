#include "review/metrics/metricsettings.h"

#include "review/audit/auditlog.h"
#include "review/metrics/metricrollup.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::MetricSettings", text);
}

const QString kServiceLevel = QString::fromLatin1(kServiceLevelSetting);
const QString kRepeatContact = QString::fromLatin1(kRepeatContactSetting);

} // namespace

Result<QString> checkMetricSetting(const QString& key, const QString& value)
{
    using R = Result<QString>;
    bool ok = false;
    if (key == kServiceLevel) {
        const double seconds = value.trimmed().toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 86400)
            return R::failure(tr("%1 is a number of seconds above 0 and at most 86400, not "
                                 "\"%2\".")
                                  .arg(key, value));
        return QString::number(seconds);
    }
    if (key == kRepeatContact) {
        const int days = value.trimmed().toInt(&ok);
        if (!ok || days < 1 || days > 365)
            return R::failure(
                tr("%1 is a whole number of days from 1 to 365, not \"%2\".").arg(key, value));
        return QString::number(days);
    }
    return R::failure(
        tr("There is no metrics setting \"%1\" (%2, %3).").arg(key, kServiceLevel, kRepeatContact));
}

QList<MetricSetting> metricSettings(Workspace& workspace)
{
    QList<MetricSetting> out;
    for (const auto& [key, fallback] : {std::pair{kServiceLevel, QStringLiteral("20")},
                                        std::pair{kRepeatContact, QStringLiteral("7")}})
        out << MetricSetting{key, workspace.setting(key, fallback), fallback};
    return out;
}

Status setMetricSetting(Workspace& workspace, const Actor& actor, const QString& key,
                        const QString& value)
{
    if (const Status allowed = authorize(actor, Action::ManageGoals); !allowed)
        return allowed;
    const auto checked = checkMetricSetting(key, value);
    if (!checked)
        return Status::failure(checked.error());
    Database& db = workspace.db();
    return db.transact([&] {
        db.exec(QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {key, *checked});
        appendAudit(db, workspace.now(),
                    {actor.login, QStringLiteral("metrics.setting"),
                     QStringLiteral("workspace_setting"), key,
                     QJsonObject{{QStringLiteral("value"), *checked}}});
    });
}

} // namespace callqa::review
