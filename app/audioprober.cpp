#include "app/audioprober.h"

#include "audio/core/exactduration.h"
#include "audio/core/probe.h"

namespace callqa::app {

review::RecordingProbe probeRecording(const QString& absolutePath)
{
    const audio::ProbeResult probe = audio::probeFile(absolutePath.toStdString());
    review::RecordingProbe out;
    out.ok = probe.ok;
    out.error = QString::fromStdString(probe.error);
    out.format = QString::fromStdString(probe.format);
    out.codec = QString::fromStdString(probe.codec);
    out.sampleRate = probe.sampleRate;
    out.channels = probe.channels;
    out.durationMs = probe.durationMs;
    if (probe.ok && !probe.durationExact) {
        // FFmpeg guessed from the bitrate: decode once for the real length.
        const auto exact = audio::measureExactDurationMs(absolutePath.toStdString());
        if (exact)
            out.durationMs = exact.value();
    }
    return out;
}

} // namespace callqa::app
