// FFmpeg's own log lines go where the program's FfmpegLogRoute sends them (real FFmpeg on a
// damaged file), and the failure still comes back as a value.
#include "audio/core/decoder.h"
#include "audio/core/ffmpeglogroute.h"
#include "tests/audio/audiotestsupport.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace callqa::audio;
using namespace callqa::audio::test;

namespace {

// A WAV whose header claims no channels: FFmpeg logs why it cannot decode it.
std::string noChannelsWav(const TempDir& dir)
{
    const std::string path = ffmpeg(dir, "nochannels.wav", sineSource(8000, 1.0, {440}));
    std::vector<std::uint8_t> bytes = readBytes(path);
    REQUIRE(bytes.size() > 24);
    bytes[22] = 0; // NumChannels, little-endian
    bytes[23] = 0;
    writeBytes(path, bytes);
    return path;
}

} // namespace

TEST_CASE("FFmpeg's lines go to the route one by one and the failure still comes back",
          "[ffmpeglog]")
{
    TempDir dir;
    const std::string file = noChannelsWav(dir);
    std::vector<std::string> lines;
    {
        const FfmpegLogRoute route([&](const std::string& line) { lines.push_back(line); });
        const Result<Decoder> opened = Decoder::open(file);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error() == "no audio stream");
    }
    REQUIRE_FALSE(lines.empty());
    // FFmpeg's "[wav @ 0x...]" prefix starts a message (a message's later lines go without it).
    CHECK(lines.front().find(" @ 0x") != std::string::npos);
    for (const std::string& line : lines) {
        INFO(line);
        CHECK_FALSE(line.empty());
        CHECK(line.find('\n') == std::string::npos);
    }
}

TEST_CASE("a route without a sink keeps FFmpeg silent, and the route before it takes over after",
          "[ffmpeglog]")
{
    TempDir dir;
    const std::string file = noChannelsWav(dir);
    std::vector<std::string> lines;
    const FfmpegLogRoute outer([&](const std::string& line) { lines.push_back(line); });
    {
        const FfmpegLogRoute silent;
        CHECK_FALSE(Decoder::open(file).ok());
    }
    CHECK(lines.empty());
    CHECK_FALSE(Decoder::open(file).ok());
    CHECK_FALSE(lines.empty());
}
