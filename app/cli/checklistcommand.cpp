#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "checklists/checklistjson.h"
#include "checklists/defaultchecklist.h"
#include "review/checklists/checkliststore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Checklist", text);
}

const QStringList kActions = {QStringLiteral("list"),    QStringLiteral("import"),
                              QStringLiteral("export"),  QStringLiteral("publish"),
                              QStringLiteral("archive"), QStringLiteral("restore")};

int list(CliContext& ctx, review::ChecklistStore& store, bool all)
{
    const auto listed = store.list(all);
    if (!listed)
        return reportFailure(ctx, listed.error());
    QJsonArray array;
    for (const review::ChecklistSummary& summary : listed.value()) {
        if (ctx.json) {
            array.append(QJsonObject{{QStringLiteral("key"), summary.key},
                                     {QStringLiteral("name"), summary.name},
                                     {QStringLiteral("latest_version"), summary.latestVersion},
                                     {QStringLiteral("has_draft"), summary.hasDraft},
                                     {QStringLiteral("archived"), summary.archived}});
            continue;
        }
        QStringList state;
        state << (summary.latestVersion > 0
                      ? tr("version %1").arg(QLocale().toString(summary.latestVersion))
                      : tr("never published"));
        if (summary.hasDraft)
            state << tr("draft");
        if (summary.archived)
            state << tr("archived");
        ctx.out << summary.key << " | " << summary.name << " | " << state.join(QStringLiteral(", "))
                << '\n';
    }
    if (ctx.json)
        printJson(ctx, QJsonDocument(array));
    return ExitOk;
}

int printPublished(CliContext& ctx, const review::ChecklistVersion& published)
{
    if (ctx.json)
        printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("id"), published.id},
                                                 {QStringLiteral("key"), published.key},
                                                 {QStringLiteral("version"), published.version}}));
    else
        ctx.out << tr("Published “%1” as version %2.")
                       .arg(published.checklist.name)
                       .arg(published.version)
                << '\n';
    return ExitOk;
}

int importFile(CliContext& ctx, review::ChecklistStore& store, const QByteArray& json, bool publish)
{
    const auto imported = store.importDraft(json);
    if (!imported)
        return reportFailure(ctx, imported.error());
    const auto parsed = checklists::fromJson(json);
    const QString key = parsed.value().key;
    if (!publish) {
        if (ctx.json)
            printJson(ctx, QJsonDocument(
                               QJsonObject{{QStringLiteral("key"), key},
                                           {QStringLiteral("name"), parsed.value().name},
                                           {QStringLiteral("draft_revision"), imported.value()}}));
        else
            ctx.out << tr("Imported “%1” as a draft; publish it with: callqa checklist publish %2")
                           .arg(parsed.value().name, key)
                    << '\n';
        return ExitOk;
    }
    const auto published = store.publish(key, imported.value());
    if (!published)
        return reportFailure(ctx, published.error());
    return printPublished(ctx, published.value());
}

} // namespace

int runChecklist(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa checklist list [--all]                  checklists and their versions\n"
           "callqa checklist import FILE|--default [--publish]\n"
           "                                               read JSON into a draft\n"
           "callqa checklist export KEY [--version N|--draft] [--output FILE]\n"
           "callqa checklist publish KEY                   freeze the draft as the next version\n"
           "callqa checklist archive|restore KEY           hide from or offer again for reviews"));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("Include archived checklists."));
    const QCommandLineOption defaultOption(QStringLiteral("default"),
                                           tr("Import the built-in support-call checklist."));
    const QCommandLineOption publishOption(QStringLiteral("publish"),
                                           tr("Publish the imported draft at once."));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           tr("Export this version (default: the latest)."),
                                           QStringLiteral("N"));
    const QCommandLineOption draftOption(QStringLiteral("draft"), tr("Export the draft."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    parser.addOptions(
        {allOption, defaultOption, publishOption, versionOption, draftOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("action"), kActions.join(QStringLiteral(" | ")));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("checklist"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!kActions.contains(action)) {
        ctx.err << tr("Say one of: %1.").arg(kActions.join(QStringLiteral(", "))) << '\n';
        return ExitUsage;
    }
    const bool needsArgument = action != QLatin1String("list") &&
                               !(action == QLatin1String("import") && parser.isSet(defaultOption));
    if (positional.size() != (needsArgument ? 2 : 1)) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    int version = 0;
    if (parser.isSet(versionOption)) {
        bool ok = false;
        version = parser.value(versionOption).toInt(&ok);
        if (!ok || version < 1) {
            ctx.err << tr("--version takes a version number (1, 2, ...).") << '\n';
            return ExitUsage;
        }
    }
    const QString argument = positional.value(1);

    QByteArray importJson;
    if (action == QLatin1String("import")) {
        if (parser.isSet(defaultOption)) {
            importJson = checklists::toJson(checklists::defaultChecklist());
        } else {
            QFile file(argument);
            if (!file.open(QIODevice::ReadOnly))
                return reportFailure(ctx,
                                     tr("Cannot read %1: %2").arg(argument, file.errorString()));
            importJson = file.readAll();
        }
    }

    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    review::ChecklistStore store(*workspace, *actor);

    if (action == QLatin1String("list"))
        return list(ctx, store, parser.isSet(allOption));
    if (action == QLatin1String("import"))
        return importFile(ctx, store, importJson, parser.isSet(publishOption));
    if (action == QLatin1String("publish")) {
        const auto published = store.publish(argument);
        if (!published)
            return reportFailure(ctx, published.error());
        return printPublished(ctx, published.value());
    }
    if (action == QLatin1String("archive") || action == QLatin1String("restore")) {
        const bool archive = action == QLatin1String("archive");
        const review::Status status = store.setArchived(argument, archive);
        if (!status)
            return reportFailure(ctx, status.error());
        if (ctx.json)
            printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("key"), argument},
                                                     {QStringLiteral("archived"), archive}}));
        else
            ctx.out << (archive ? tr("Archived %1: it takes no new evaluations; its versions and "
                                     "evaluations stay.")
                                : tr("Restored %1: it takes new evaluations again."))
                           .arg(argument)
                    << '\n';
        return ExitOk;
    }

    // export
    checklists::Checklist checklist;
    if (parser.isSet(draftOption)) {
        const auto draft = store.draft(argument);
        if (!draft)
            return reportFailure(ctx, draft.error());
        checklist = draft->checklist;
    } else {
        const auto found = store.version(argument, version);
        if (!found)
            return reportFailure(ctx, found.error());
        checklist = found->checklist;
    }
    const QByteArray json = checklists::toJson(checklist);
    if (!parser.isSet(outputOption)) {
        ctx.out << QString::fromUtf8(json);
        return ExitOk;
    }
    QSaveFile file(parser.value(outputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return reportFailure(ctx,
                             tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return ExitOk;
}

} // namespace callqa::app
