#include "audio/core/probe.h"

#include "audio/core/ffmpeg/inputfile.h"

namespace callqa::audio {

namespace {

ProbeResult failure(std::string message)
{
    ProbeResult result;
    result.error = std::move(message);
    return result;
}

} // namespace

ProbeResult probeFile(const std::string& path)
{
    auto input = ffmpeg::InputFile::open(path);
    if (!input)
        return failure(input.error());
    const AVCodecParameters* params = input.value()->stream()->codecpar;

    ProbeResult result;
    result.ok = true;
    result.format = input.value()->format()->iformat->name;
    result.codec = input.value()->codec()->name;
    result.sampleRate = params->sample_rate;
    result.channels = params->ch_layout.nb_channels;
    result.durationMs = input.value()->durationMs();
    result.durationExact = input.value()->durationExact();
    if (result.durationMs <= 0)
        return failure("recording is empty (no duration)");
    return result;
}

} // namespace callqa::audio
