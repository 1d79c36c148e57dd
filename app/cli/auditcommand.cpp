#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "review/audit/auditchainreader.h"
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

QString faultCode(review::AuditChainFault fault)
{
    switch (fault) {
    case review::AuditChainFault::ContentMismatch:
        return QStringLiteral("content_hash_mismatch");
    case review::AuditChainFault::MissingPredecessor:
        return QStringLiteral("missing_predecessor");
    case review::AuditChainFault::Order:
        return QStringLiteral("order");
    case review::AuditChainFault::MissingTail:
        return QStringLiteral("missing_tail");
    case review::AuditChainFault::MissingHead:
        return QStringLiteral("missing_head");
    case review::AuditChainFault::PastHead:
        return QStringLiteral("past_head");
    }
    return {};
}

QString describe(const review::AuditChainBreak& fault)
{
    const QString row = QString::number(fault.rowId);
    const QString previous =
        fault.previousId ? QString::number(*fault.previousId) : tr("the start of the log");
    switch (fault.fault) {
    case review::AuditChainFault::ContentMismatch:
        return tr("Audit row %1 was edited: its content does not match its hash.").arg(row);
    case review::AuditChainFault::MissingPredecessor:
        return tr("Audit row %1 links to a row that is not there: rows between %2 and it were "
                  "deleted.")
            .arg(row, previous);
    case review::AuditChainFault::Order:
        return tr("Audit row %1 is out of order: it links to %2, but follows %3.")
            .arg(row,
                 fault.linkedId ? tr("row %1").arg(*fault.linkedId) : tr("the start of the log"),
                 previous);
    case review::AuditChainFault::MissingTail:
        return tr("The newest audit rows were deleted: the chain ends at %1, but its head names "
                  "row %2.")
            .arg(previous, row);
    case review::AuditChainFault::MissingHead:
        return tr("The audit chain head was deleted (the last row is %1).").arg(row);
    case review::AuditChainFault::PastHead:
        return tr("Audit row %1 comes after the chain head: it was added outside the chain.")
            .arg(row);
    }
    return {};
}

QJsonObject toJson(const review::AuditChainVerdict& verdict)
{
    QJsonObject object;
    object.insert(QStringLiteral("intact"), verdict.intact());
    object.insert(QStringLiteral("rows_checked"), verdict.rowsChecked);
    object.insert(QStringLiteral("head"), verdict.headHash);
    if (!verdict.firstBreak)
        return object;
    const review::AuditChainBreak& fault = *verdict.firstBreak;
    QJsonObject broken;
    broken.insert(QStringLiteral("fault"), faultCode(fault.fault));
    broken.insert(QStringLiteral("row_id"), fault.rowId);
    broken.insert(QStringLiteral("at"),
                  fault.atMs ? QJsonValue(isoUtc(*fault.atMs)) : QJsonValue());
    broken.insert(QStringLiteral("previous_row_id"),
                  fault.previousId ? QJsonValue(*fault.previousId) : QJsonValue());
    if (fault.fault == review::AuditChainFault::Order)
        broken.insert(QStringLiteral("linked_row_id"),
                      fault.linkedId ? QJsonValue(*fault.linkedId) : QJsonValue());
    broken.insert(QStringLiteral("expected_hash"), fault.expectedHash);
    broken.insert(QStringLiteral("found_hash"), fault.foundHash);
    object.insert(QStringLiteral("first_break"), broken);
    return object;
}

int runAuditVerify(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Walks the audit log's hash chain and names the first row that was edited, deleted or "
           "reordered. Exit code 0 when the chain is intact, 1 when it is broken."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("audit verify"), args))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err << tr("audit verify takes no arguments.") << '\n';
        return ExitUsage;
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto verdict = review::verifyAuditChain(*workspace, *actor);
    if (!verdict)
        return reportFailure(ctx, verdict.error());
    if (ctx.json) {
        printJson(ctx, QJsonDocument(toJson(verdict.value())));
    } else if (verdict->intact()) {
        ctx.out << QCoreApplication::translate("callqa::app::Audit",
                                               "The audit chain is intact: %n row(s).", nullptr,
                                               int(verdict->rowsChecked))
                << '\n'
                << tr("Head: %1").arg(verdict->headHash) << '\n';
    } else {
        const review::AuditChainBreak& fault = *verdict->firstBreak;
        ctx.out << describe(fault) << '\n';
        if (fault.atMs)
            ctx.out << tr("Row %1 was written at %2.")
                           .arg(QString::number(fault.rowId),
                                QLocale().toString(
                                    QDateTime::fromMSecsSinceEpoch(*fault.atMs).toLocalTime(),
                                    QLocale::ShortFormat))
                    << '\n';
        ctx.out << QCoreApplication::translate("callqa::app::Audit",
                                               "%n row(s) before it are intact.", nullptr,
                                               int(verdict->rowsChecked))
                << '\n';
    }
    return verdict->intact() ? ExitOk : ExitFailures;
}

} // namespace

int runAudit(CliContext& ctx, const QStringList& args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("verify"))
        return runAuditVerify(ctx, args.mid(1));
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
