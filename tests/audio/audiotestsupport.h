#pragma once
// Helpers for the audio tests: temp folders, generated recordings (ffmpeg/sox), whole-stream
// decodes and simple signal measurements.

#include "audio/core/decoder.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace callqa::audio::test {

// Fails the test (never skips it) when a program the test needs is not on PATH.
void requireTool(const std::string& program);

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir();
    std::string path(const std::string& name) const;

private:
    std::filesystem::path m_path;
};

// Runs a shell command and REQUIREs it to succeed.
void run(const std::string& command);

// `ffmpeg -v error -y ARGS DIR/NAME`; returns the output path. Requires ffmpeg.
std::string ffmpeg(const TempDir& dir, const std::string& name, const std::string& args);

// An lavfi source of a sine per channel (`frequencies` 1 or 2 values), amplitude 0.5.
std::string sineSource(int sampleRate, double seconds, const std::vector<int>& frequencies);

// Decodes to the end in `chunk`-frame reads; REQUIREs every read to succeed.
std::vector<float> decodeAll(Decoder& decoder, std::size_t chunk = 4096);
Decoder openOrFail(const std::string& path, const DecoderOptions& options = {});

// One channel out of interleaved samples.
std::vector<float> channel(std::span<const float> interleaved, int channels, int index);
// Frequency from rising zero crossings (for clean tones).
double zeroCrossingFrequency(std::span<const float> mono, int sampleRate);
double rms(std::span<const float> samples);

// Peak resident memory minus resident memory at construction, after resetting the peak (Linux).
class RssGrowth {
public:
    RssGrowth();
    long kib() const;

private:
    long m_start = 0;
};

std::vector<std::uint8_t> readBytes(const std::string& path);
void writeBytes(const std::string& path, std::span<const std::uint8_t> bytes);

} // namespace callqa::audio::test
