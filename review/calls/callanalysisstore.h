#pragma once

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace callqa::review {

class Database;

class Workspace;

// Where a call's audio is and which channel is whom: what analysis and playback need.
struct CallRecording {
    qint64 callId = 0;
    QString contentSha256;
    QString storedPath; // relative to the recordings root (see recordingpath.h)
    // The customer's leg of a call recorded one direction per file (then storedPath is the
    // agent's); empty for a call in one file.
    QString secondLegStoredPath;
    int channels = 0;
    std::optional<int> agentChannel;
    std::optional<int> customerChannel;
};

// The call's recording as stored; nullopt when there is no such call. No permission check: for
// the stores that decided who may read it. Throws DbError.
std::optional<CallRecording> readCallRecording(Database& db, qint64 callId);

// Talk metrics of one call, by side. Times in milliseconds. A recording with one side (mono, or
// one signal on both channels) has no agent/customer figures and no overtalk: they need two
// channels.
struct CallTalkMetrics {
    qint64 callId = 0;
    qint64 durationMs = 0;
    int sides = 2;                // the sides the recording tells apart: 2, or 1
    std::optional<qint64> talkMs; // someone talks (none in rows from detector version 1)
    std::optional<qint64> agentTalkMs;
    std::optional<qint64> customerTalkMs;
    std::optional<double> agentShare; // of all talk, 0..1
    std::optional<double> customerShare;
    qint64 deadAirMs = 0;
    int deadAirCount = 0;
    std::optional<qint64> overtalkMs; // none with one side
    std::optional<int> overtalkCount;
    std::optional<qint64> longestAgentMonologueMs;
    std::optional<qint64> longestCustomerMonologueMs;
    QJsonObject detail; // positions: speech segments per side, dead air, overtalk
    qint64 analyzedAt = 0;
    int detectorVersion = 0; // audio::kVoiceActivityVersion of the analysis

    bool operator==(const CallTalkMetrics&) const = default;
};

// Results of audio analysis kept in the workspace: waveform peaks by content hash (opaque bytes
// from the audio library), talk metrics by call. Anyone who may read calls may read and fill
// them; they are derived data, recomputable from the recording.
class CallAnalysisStore {
public:
    CallAnalysisStore(Workspace& workspace, Actor actor);

    Result<CallRecording> recording(qint64 callId);

    Result<std::optional<QByteArray>> peaks(const QString& contentSha256);
    Status savePeaks(const QString& contentSha256, const QByteArray& data);

    Result<std::optional<CallTalkMetrics>> talk(qint64 callId);
    Status saveTalk(const CallTalkMetrics& metrics);

private:
    Workspace& m_workspace;
    Actor m_actor;
};

} // namespace callqa::review
