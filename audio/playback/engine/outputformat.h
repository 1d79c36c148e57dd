#pragma once
// Pure: which format the engine asks the sink for, and float samples written in it.

#include <QAudioFormat>

#include <cstddef>
#include <span>

namespace callqa::audio {

// The device's preferred rate and sample format, at most two channels (calls are mono or
// stereo); 48 kHz stereo float when the preferred format is unusable (no device).
QAudioFormat chooseOutputFormat(const QAudioFormat& preferred);

// Writes `samples` (clipped to -1..1) in `format`'s sample format to `out`, which holds
// samples.size() * format.bytesPerSample() bytes.
void writeSamples(std::span<const float> samples, QAudioFormat::SampleFormat format, char* out);

} // namespace callqa::audio
