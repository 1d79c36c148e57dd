#include "app/callanalysis.h"
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/evaluationinput.h"
#include "audio/core/peaks.h"
#include "review/calls/calllibrary.h"
#include "review/calls/callreference.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <span>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Analyze", text);
}

QJsonValue optionalJson(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalJson(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalJson(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// What a one-sided recording cannot tell: these are null in its JSON, and listed.
const char* const kNeedTwoChannels[] = {"agent_talk_ms",
                                        "customer_talk_ms",
                                        "agent_share",
                                        "customer_share",
                                        "overtalk_ms",
                                        "overtalk_count",
                                        "longest_agent_monologue_ms",
                                        "longest_customer_monologue_ms"};

QJsonObject toJson(const review::CallIdentity& call, const CallAnalysis& analysis)
{
    const review::CallTalkMetrics& m = analysis.talk;
    QJsonObject object{
        {QStringLiteral("call"), call.id},
        {QStringLiteral("call_id"),
         call.phoneSystemId.isEmpty() ? QJsonValue() : QJsonValue(call.phoneSystemId)},
        {QStringLiteral("duration_ms"), m.durationMs},
        {QStringLiteral("sides"), m.sides},
        {QStringLiteral("talk_ms"), optionalJson(m.talkMs)},
        {QStringLiteral("agent_talk_ms"), optionalJson(m.agentTalkMs)},
        {QStringLiteral("customer_talk_ms"), optionalJson(m.customerTalkMs)},
        {QStringLiteral("agent_share"), optionalJson(m.agentShare)},
        {QStringLiteral("customer_share"), optionalJson(m.customerShare)},
        {QStringLiteral("dead_air_ms"), m.deadAirMs},
        {QStringLiteral("dead_air_count"), m.deadAirCount},
        {QStringLiteral("overtalk_ms"), optionalJson(m.overtalkMs)},
        {QStringLiteral("overtalk_count"), optionalJson(m.overtalkCount)},
        {QStringLiteral("longest_agent_monologue_ms"), optionalJson(m.longestAgentMonologueMs)},
        {QStringLiteral("longest_customer_monologue_ms"),
         optionalJson(m.longestCustomerMonologueMs)},
        {QStringLiteral("from_cache"), analysis.fromCache},
        {QStringLiteral("detector_version"), m.detectorVersion},
        {QStringLiteral("reanalyzed_from_version"), optionalJson(analysis.reanalyzedFromVersion)},
        {QStringLiteral("outdated_version"), optionalJson(analysis.outdatedVersion)}};
    if (m.sides < 2) {
        QJsonArray unmeasured;
        for (const char* field : kNeedTwoChannels)
            unmeasured.append(QString::fromLatin1(field));
        object.insert(QStringLiteral("needs_two_channels"), unmeasured);
    }
    for (auto it = m.detail.begin(); it != m.detail.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString seconds(const QLocale& locale, qint64 ms)
{
    return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
}

QString describe(const QString& reference, const CallAnalysis& analysis)
{
    const QLocale locale;
    const review::CallTalkMetrics& m = analysis.talk;
    QStringList parts;
    if (m.agentTalkMs)
        parts << tr("agent %1 (%2 %)")
                     .arg(seconds(locale, *m.agentTalkMs),
                          locale.toString(m.agentShare.value_or(0) * 100.0, 'f', 0));
    if (m.customerTalkMs)
        parts << tr("customer %1 (%2 %)")
                     .arg(seconds(locale, *m.customerTalkMs),
                          locale.toString(m.customerShare.value_or(0) * 100.0, 'f', 0));
    if (m.sides < 2 && m.talkMs)
        parts << tr("talk %1").arg(seconds(locale, *m.talkMs));
    parts << tr("dead air %1 × %2")
                 .arg(locale.toString(m.deadAirCount), seconds(locale, m.deadAirMs));
    if (m.overtalkMs)
        parts << tr("overtalk %1 × %2")
                     .arg(locale.toString(m.overtalkCount.value_or(0)),
                          seconds(locale, *m.overtalkMs));
    if (m.longestAgentMonologueMs)
        parts << tr("longest agent monologue %1").arg(seconds(locale, *m.longestAgentMonologueMs));
    if (m.sides < 2)
        parts << tr("one channel: talk per side, share and overtalk need two channels");
    QString note;
    if (analysis.reanalyzedFromVersion)
        note = tr(" (analysed again: the stored results came from talk detector version %1)")
                   .arg(locale.toString(*analysis.reanalyzedFromVersion));
    else if (analysis.outdatedVersion)
        note = tr(" (stored, from talk detector version %1: the recording is not reachable to "
                  "analyse it again)")
                   .arg(locale.toString(*analysis.outdatedVersion));
    else if (analysis.fromCache)
        note = tr(" (stored)");
    return reference + QStringLiteral(": ") + parts.join(QStringLiteral(", ")) + note;
}

// The calls named on the command line, or with --all every call in the library.
std::optional<QList<review::CallIdentity>> resolveCalls(CliContext& ctx,
                                                        review::Workspace& workspace,
                                                        const review::Actor& actor,
                                                        const QStringList& names, bool all)
{
    QList<review::CallIdentity> calls;
    if (all) {
        const auto listed = review::listCalls(workspace.db(), actor, {});
        if (!listed) {
            reportFailure(ctx, listed.error());
            return std::nullopt;
        }
        for (const review::CallSummary& call : listed.value())
            calls << review::CallIdentity{call.id, call.externalId};
        return calls;
    }
    for (const QString& name : names) {
        const auto call = findCallOrReport(ctx, workspace, name);
        if (!call)
            return std::nullopt;
        calls << *call;
    }
    return calls;
}

} // namespace

int runAnalyze(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa analyze CALL... | --all [--force]\n"
           "Talk time and share per side, dead air and overtalk with their positions, longest "
           "monologue. Results are stored; --force decodes again. Results of an older talk "
           "detector are analysed again (and the output says so). A mono recording, or one with "
           "the same signal on both channels, has talk time and dead air only: the rest needs "
           "two channels."));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("Every call in the library."));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("Decode again even when results are stored."));
    parser.addOptions({allOption, forceOption});
    parser.addPositionalArgument(QStringLiteral("calls"),
                                 tr("Phone-system call ids, or #ID for the workspace's ids."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("analyze"), args))
        return *exit;
    const bool all = parser.isSet(allOption);
    if (all == !parser.positionalArguments().isEmpty()) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto calls = resolveCalls(ctx, *workspace, *actor, parser.positionalArguments(), all);
    if (!calls)
        return ExitFailures;

    int status = ExitOk;
    QJsonArray array;
    for (const review::CallIdentity& call : calls.value()) {
        const auto analysis = analyzeCall(*workspace, *actor, call.id, parser.isSet(forceOption));
        if (!analysis) {
            ctx.err << review::describeCall(call) << ": " << analysis.error() << '\n';
            status = ExitFailures;
            continue;
        }
        if (ctx.json)
            array.append(toJson(call, analysis.value()));
        else
            ctx.out << describe(review::describeCall(call), analysis.value()) << '\n';
    }
    if (ctx.json)
        printJson(ctx, QJsonDocument(array));
    return status;
}

int runPeaks(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa peaks CALL [--buckets N] [--output FILE]\n"
           "Waveform peaks as JSON: per bucket, min and max per channel (-1..1). Stored peaks are "
           "used when there are some."));
    const QCommandLineOption bucketsOption(QStringLiteral("buckets"),
                                           tr("At most this many buckets (default 2000)."),
                                           QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    parser.addOptions({bucketsOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("call"),
                                 tr("The phone system's call id, or #ID for the workspace's id."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("peaks"), args))
        return *exit;
    bool numeric = false;
    const int maxBuckets = parser.value(bucketsOption).toInt(&numeric);
    if (parser.positionalArguments().size() != 1 || !numeric || maxBuckets < 1) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto calls = resolveCalls(ctx, *workspace, *actor, parser.positionalArguments(), false);
    if (!calls)
        return ExitFailures;
    const auto analysis = analyzeCall(*workspace, *actor, calls->first().id);
    if (!analysis)
        return reportFailure(ctx, analysis.error());
    const QByteArray& bytes = analysis->peaks;
    const auto stored = audio::Peaks::deserialize(
        std::span(reinterpret_cast<const std::uint8_t*>(bytes.constData()), size_t(bytes.size())));
    if (!stored)
        return reportFailure(ctx, QString::fromStdString(stored.error()));
    const int factor = std::max<int>(
        1, int((stored.value().bucketCount() + size_t(maxBuckets) - 1) / size_t(maxBuckets)));
    const audio::Peaks peaks = stored.value().coarser(factor);

    QJsonArray buckets;
    for (size_t bucket = 0; bucket < peaks.bucketCount(); ++bucket) {
        QJsonArray row;
        for (int channel = 0; channel < peaks.channels(); ++channel)
            row << double(peaks.min(bucket, channel)) / 32767.0
                << double(peaks.max(bucket, channel)) / 32767.0;
        buckets.append(row);
    }
    const review::CallIdentity& call = calls->first();
    const QJsonObject object{{QStringLiteral("call"), call.id},
                             {QStringLiteral("call_id"), call.phoneSystemId.isEmpty()
                                                             ? QJsonValue()
                                                             : QJsonValue(call.phoneSystemId)},
                             {QStringLiteral("sample_rate"), peaks.sampleRate()},
                             {QStringLiteral("channels"), peaks.channels()},
                             {QStringLiteral("samples_per_bucket"), peaks.samplesPerBucket()},
                             {QStringLiteral("frames"), qint64(peaks.frames())},
                             {QStringLiteral("from_cache"), analysis->fromCache},
                             {QStringLiteral("peaks"), buckets}};
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (!parser.isSet(outputOption)) {
        ctx.out << QString::fromUtf8(json) << '\n';
        return ExitOk;
    }
    QSaveFile file(parser.value(outputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return reportFailure(ctx,
                             tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return ExitOk;
}

} // namespace callqa::app
