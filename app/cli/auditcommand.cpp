#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "review/audit/auditquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Audit", text);
}

// ISO 8601 date-time (UTC without an offset) or a date (its start, or with `endOfDay` the start
// of the next day, so "--until 2026-03-05" includes that day).
std::optional<qint64> parseTime(const QString& text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.addDays(endOfDay ? 1 : 0).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

QJsonObject toJson(const review::AuditRecord& record)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), record.id);
    object.insert(QStringLiteral("at"), isoUtc(record.atMs));
    object.insert(QStringLiteral("actor"), record.actor);
    object.insert(QStringLiteral("action"), record.action);
    object.insert(QStringLiteral("entity"), record.entity);
    object.insert(QStringLiteral("entity_id"), record.entityId);
    object.insert(QStringLiteral("detail"), record.detail);
    return object;
}

} // namespace

int runAudit(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the audit log, newest first: every change, submission, publication, dispute "
           "step and sign-in, with who and when."));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
                                         tr("From this time on (ISO 8601, UTC without offset)."),
                                         QStringLiteral("ISO"));
    const QCommandLineOption untilOption(QStringLiteral("until"),
                                         tr("Before this time (a date alone includes that day)."),
                                         QStringLiteral("ISO"));
    const QCommandLineOption actorOption(QStringLiteral("actor"), tr("Only this login."),
                                         QStringLiteral("LOGIN"));
    const QCommandLineOption actionOption(QStringLiteral("action"),
                                          tr("Only this action, or family of actions (e.g. user)."),
                                          QStringLiteral("ACTION"));
    const QCommandLineOption entityOption(QStringLiteral("entity"),
                                          tr("Only this kind of thing (call, user, ...)."),
                                          QStringLiteral("ENTITY"));
    const QCommandLineOption entityIdOption(
        QStringLiteral("entity-id"), tr("Only this thing (with --entity)."), QStringLiteral("ID"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         tr("At most this many rows (default 100)."),
                                         QStringLiteral("N"), QStringLiteral("100"));
    for (const QCommandLineOption* option :
         {&sinceOption, &untilOption, &actorOption, &actionOption, &entityOption, &entityIdOption,
          &limitOption})
        parser.addOption(*option);
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("audit"), args))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err << tr("audit takes options only.") << '\n';
        return ExitUsage;
    }
    review::AuditFilter filter;
    for (const auto& [option, endOfDay, target] :
         {std::tuple{&sinceOption, false, &filter.sinceMs},
          std::tuple{&untilOption, true, &filter.untilMs}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parseTime(parser.value(*option), endOfDay);
        if (!*target) {
            ctx.err << tr("\"%1\" is not an ISO 8601 date or time.").arg(parser.value(*option))
                    << '\n';
            return ExitUsage;
        }
    }
    bool limitOk = false;
    filter.limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || filter.limit < 1) {
        ctx.err << tr("--limit takes a positive number.") << '\n';
        return ExitUsage;
    }
    filter.actor = parser.value(actorOption);
    filter.action = parser.value(actionOption);
    filter.entity = parser.value(entityOption);
    filter.entityId = parser.value(entityIdOption);

    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto records = review::queryAudit(*workspace, *actor, filter);
    if (!records) {
        ctx.err << records.error() << '\n';
        return ExitFailures;
    }
    if (ctx.json) {
        QJsonArray array;
        for (const review::AuditRecord& record : records.value())
            array.append(toJson(record));
        printJson(ctx, QJsonDocument(array));
        return ExitOk;
    }
    const QLocale locale;
    for (const review::AuditRecord& record : records.value()) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(record.atMs).toLocalTime();
        QStringList cells{locale.toString(at, QLocale::ShortFormat), record.actor, record.action,
                          record.entity + QLatin1Char(' ') + record.entityId};
        if (!record.detail.isEmpty())
            cells << QString::fromUtf8(QJsonDocument(record.detail).toJson(QJsonDocument::Compact));
        ctx.out << cells.join(QStringLiteral(" | ")) << '\n';
    }
    ctx.out << QCoreApplication::translate("callqa::app::Audit", "%n row(s)", nullptr,
                                           int(records->size()))
            << '\n';
    return ExitOk;
}

} // namespace callqa::app
