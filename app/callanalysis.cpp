#include "app/callanalysis.h"

#include "app/workspacelocation.h"
#include "audio/core/analyzefile.h"
#include "review/calls/recordingpath.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::CallAnalysis", text);
}

QJsonArray segmentsJson(const std::vector<audio::Segment>& segments)
{
    QJsonArray array;
    for (const audio::Segment& segment : segments)
        array.append(QJsonArray{qint64(segment.startMs), qint64(segment.endMs)});
    return array;
}

std::optional<int> channelOf(const std::optional<int>& mapped, int fallback, int channels)
{
    const int channel = mapped.value_or(fallback);
    return channel >= 0 && channel < channels ? std::optional<int>(channel) : std::nullopt;
}

QString recordingsRoot(review::Workspace& workspace)
{
    return workstationRecordingsRoot(workspace).path;
}

} // namespace

QString callRecordingPath(review::Workspace& workspace, const review::CallRecording& recording)
{
    return review::resolveRecordingPath(recordingsRoot(workspace), recording.storedPath);
}

QString callSecondLegPath(review::Workspace& workspace, const review::CallRecording& recording)
{
    if (recording.secondLegStoredPath.isEmpty())
        return {};
    return review::resolveRecordingPath(recordingsRoot(workspace), recording.secondLegStoredPath);
}

QString missingRecordingFile(const QString& path, const QString& secondLeg)
{
    if (!QFileInfo(path).isFile())
        return path;
    if (!secondLeg.isEmpty() && !QFileInfo(secondLeg).isFile())
        return secondLeg;
    return {};
}

audio::Result<audio::Analysis> analyzeRecording(const QString& path, const QString& secondLeg,
                                                const audio::AnalysisOptions& options)
{
    const std::string file = QFile::encodeName(path).toStdString();
    if (secondLeg.isEmpty())
        return audio::analyzeFile(file, options);
    return audio::analyzeLegs(file, QFile::encodeName(secondLeg).toStdString(), options);
}

review::CallTalkMetrics toCallTalkMetrics(const review::CallRecording& recording,
                                          const audio::TalkMetrics& talk)
{
    const int channels = int(talk.channels.size());
    review::CallTalkMetrics m;
    m.callId = recording.callId;
    m.durationMs = talk.durationMs;
    m.sides = channels >= 2 ? 2 : 1;
    m.talkMs = talk.anyoneTalkMs;
    m.deadAirMs = talk.deadAirMs;
    m.deadAirCount = int(talk.deadAir.size());
    m.detail.insert(QStringLiteral("dead_air"), segmentsJson(talk.deadAir));
    if (m.sides < 2) {
        if (channels == 1)
            m.detail.insert(QStringLiteral("segments"), segmentsJson(talk.channels[0].segments));
        return m;
    }
    m.overtalkMs = talk.overtalkMs;
    m.overtalkCount = int(talk.overtalk.size());
    m.detail.insert(QStringLiteral("overtalk"), segmentsJson(talk.overtalk));
    const auto agent = channelOf(recording.agentChannel, 0, channels);
    auto customer = channelOf(recording.customerChannel, 1, channels);
    if (customer == agent)
        customer.reset();
    if (agent) {
        const audio::ChannelTalk& side = talk.channels[size_t(*agent)];
        m.agentTalkMs = side.talkMs;
        m.agentShare = side.share;
        m.longestAgentMonologueMs = side.longestMonologue.durationMs();
        m.detail.insert(QStringLiteral("agent_segments"), segmentsJson(side.segments));
    }
    if (customer) {
        const audio::ChannelTalk& side = talk.channels[size_t(*customer)];
        m.customerTalkMs = side.talkMs;
        m.customerShare = side.share;
        m.longestCustomerMonologueMs = side.longestMonologue.durationMs();
        m.detail.insert(QStringLiteral("customer_segments"), segmentsJson(side.segments));
    }
    return m;
}

review::Result<CallAnalysis> analyzeCall(review::Workspace& workspace, const review::Actor& actor,
                                         qint64 callId, bool force)
{
    using R = review::Result<CallAnalysis>;
    review::CallAnalysisStore store(workspace, actor);
    const auto recording = store.recording(callId);
    if (!recording)
        return R::failure(recording.error());

    std::optional<int> olderVersion;
    std::optional<CallAnalysis> stored;
    if (!force) {
        const auto peaks = store.peaks(recording->contentSha256);
        const auto talk = store.talk(callId);
        if (!peaks)
            return R::failure(peaks.error());
        if (!talk)
            return R::failure(talk.error());
        if (peaks.value() && talk.value()) {
            if (talk.value()->detectorVersion >= audio::kVoiceActivityVersion)
                return CallAnalysis{*talk.value(), *peaks.value(), true, std::nullopt,
                                    std::nullopt};
            olderVersion = talk.value()->detectorVersion;
            stored = CallAnalysis{*talk.value(), *peaks.value(), true, std::nullopt, olderVersion};
        }
    }

    const QString path = callRecordingPath(workspace, recording.value());
    const QString secondLeg = callSecondLegPath(workspace, recording.value());
    const QString missing = missingRecordingFile(path, secondLeg);
    if (!missing.isEmpty() && stored)
        return *stored;
    if (!missing.isEmpty())
        return R::failure(tr("The recording of call %1 is not at %2. Import the folder it moved "
                             "to, or tell this workstation where the recordings are mounted "
                             "(Workspace > Recordings folder… in the window, or "
                             "CALLQA_RECORDINGS_ROOT).")
                              .arg(callId)
                              .arg(missing));
    const auto analysis = analyzeRecording(path, secondLeg);
    if (!analysis)
        return R::failure(
            tr("Cannot analyse %1: %2").arg(path, QString::fromStdString(analysis.error())));
    auto result = storeCallAnalysis(workspace, actor, recording.value(), analysis.value());
    if (result)
        result.value().reanalyzedFromVersion = olderVersion;
    return result;
}

review::Result<CallAnalysis> storeCallAnalysis(review::Workspace& workspace,
                                               const review::Actor& actor,
                                               const review::CallRecording& recording,
                                               const audio::Analysis& analysis)
{
    using R = review::Result<CallAnalysis>;
    review::CallAnalysisStore store(workspace, actor);
    CallAnalysis result;
    result.talk = toCallTalkMetrics(recording, *analysis.talk);
    result.talk.analyzedAt = workspace.now();
    result.talk.detectorVersion = analysis.talkDetectorVersion;
    const std::vector<std::uint8_t> bytes = analysis.peaks.serialize();
    result.peaks = QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    if (const review::Status saved = store.savePeaks(recording.contentSha256, result.peaks); !saved)
        return R::failure(saved.error());
    if (const review::Status saved = store.saveTalk(result.talk); !saved)
        return R::failure(saved.error());
    return result;
}

} // namespace callqa::app
