#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "review/storage/database.h"
#include "review/storage/workspace.h"
#include "review/storage/workspacecopy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Migrate", text);
}

QJsonObject reportToJson(const review::WorkspaceCopyReport& report)
{
    QJsonArray tables;
    for (const review::TableCopy& table : report.tables) {
        QJsonObject row;
        row.insert(QStringLiteral("table"), table.table);
        row.insert(QStringLiteral("rows"), table.rows);
        row.insert(QStringLiteral("totals"), QJsonArray::fromStringList(table.totals));
        tables.append(row);
    }
    QJsonObject object;
    object.insert(QStringLiteral("already_migrated"), report.alreadyCopied);
    object.insert(QStringLiteral("rows"), report.rows());
    object.insert(QStringLiteral("tables"), tables);
    return object;
}

} // namespace

int runMigrate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies a whole file workspace (every table, the audit log included) into a new, empty "
           "database on a PostgreSQL server in one transaction, and verifies row counts, totals "
           "and content before it commits: a failure leaves the target empty, and running it "
           "again starts afresh; after a success, running it again changes nothing. The file is "
           "only read; one at an older schema version must be upgraded first with "
           "callqa --db FILE init."));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The workspace file to copy."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("The target: postgresql://user@host:port/dbname."),
                                      QStringLiteral("URL"));
    parser.addOption(fromOption);
    parser.addOption(toOption);
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("migrate"), args))
        return *exit;
    if (!parser.isSet(fromOption) || !parser.isSet(toOption) ||
        !parser.positionalArguments().isEmpty()) {
        ctx.err << tr("Usage: callqa migrate --from FILE.db --to postgresql://...") << '\n';
        return ExitUsage;
    }
    const QString from = parser.value(fromOption);
    auto source = review::WorkspaceCopy::openSource(from);
    if (!source) {
        ctx.err << source.error() << '\n';
        return ExitFailures;
    }
    // The target is the one place besides init and demo that may be new: it gets the schema first.
    auto target = review::Workspace::open(parser.value(toOption), review::OpenMode::Create);
    if (!target) {
        ctx.err << target.error() << '\n';
        return ExitFailures;
    }
    review::WorkspaceCopy copy(*source.value(), target.value()->db());
    const bool showProgress = ctx.terminal && !ctx.json;
    const auto result = copy.run([&](const review::WorkspaceCopyProgress& progress) {
        if (showProgress)
            ctx.err
                << '\r'
                << tr("%1: %2 / %3 rows").arg(progress.table).arg(progress.done).arg(progress.total)
                << Qt::flush;
    });
    if (showProgress)
        ctx.err << '\n';
    if (!result) {
        ctx.err << result.error() << '\n';
        return ExitFailures;
    }
    const review::WorkspaceCopyReport& report = result.value();
    if (ctx.json) {
        printJson(ctx, QJsonDocument(reportToJson(report)));
        return ExitOk;
    }
    const QLocale locale;
    const QString targetName = target.value()->db().location().displayName();
    for (const review::TableCopy& table : report.tables) {
        ctx.out << "  " << table.table.leftJustified(24) << ' ' << locale.toString(table.rows);
        if (!table.totals.isEmpty())
            ctx.out << "  (" << table.totals.join(QLatin1String(", ")) << ')';
        ctx.out << '\n';
    }
    if (report.alreadyCopied)
        ctx.out << tr("Already migrated: %1 holds exactly the %2 rows of %3; nothing was written.")
                       .arg(targetName, locale.toString(report.rows()),
                            source.value()->location().displayName())
                << '\n';
    else
        ctx.out << tr("Copied %1 rows in %2 tables from %3 to %4; row counts, totals and content "
                      "verified.")
                       .arg(locale.toString(report.rows()), locale.toString(report.tables.size()),
                            source.value()->location().displayName(), targetName)
                << '\n';
    return ExitOk;
}

} // namespace callqa::app
