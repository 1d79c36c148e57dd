#include "audio/core/decoder.h"
#include "tests/audio/audiotestsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>

using namespace callqa::audio;
using namespace callqa::audio::test;

namespace {

struct Format {
    const char* name;
    const char* file;
    int rate;
    int channels;
    const char* codecArgs;
    int decodedRate; // Opus always decodes at 48 kHz
};

// Every format a call recording arrives in; one second of 440 Hz (left) / 660 Hz (right).
const Format kFormats[] = {
    {"WAV PCM 8 kHz mono", "pcm8.wav", 8000, 1, "-c:a pcm_s16le", 8000},
    {"WAV PCM 16 kHz stereo", "pcm16.wav", 16000, 2, "-c:a pcm_s16le", 16000},
    {"WAV u-law 8 kHz mono", "ulaw.wav", 8000, 1, "-c:a pcm_mulaw", 8000},
    {"WAV A-law 8 kHz stereo", "alaw.wav", 8000, 2, "-c:a pcm_alaw", 8000},
    {"GSM 6.10 in WAV", "gsm.wav", 8000, 1, "-c:a gsm_ms -ar 8000 -ac 1", 8000},
    {"MP3 8 kHz mono", "mono.mp3", 8000, 1, "-c:a libmp3lame -b:a 32k", 8000},
    {"MP3 16 kHz stereo", "stereo.mp3", 16000, 2, "-c:a libmp3lame -b:a 64k", 16000},
    {"Opus in Ogg mono", "mono.opus", 8000, 1, "-c:a libopus -b:a 24k", 48000},
    {"Opus in Ogg stereo", "stereo.ogg", 16000, 2, "-c:a libopus -b:a 48k", 48000},
    {"AAC in M4A mono", "mono.m4a", 16000, 1, "-c:a aac -b:a 48k", 16000},
    {"AAC in M4A stereo", "stereo.m4a", 44100, 2, "-c:a aac -b:a 96k", 44100},
    {"FLAC mono", "mono.flac", 8000, 1, "-c:a flac", 8000},
    {"FLAC stereo", "stereo.flac", 16000, 2, "-c:a flac", 16000},
};

std::vector<int> tones(int channels)
{
    return channels == 1 ? std::vector{440} : std::vector{440, 660};
}

// Overwrites a WAV's fmt chunk field (little-endian) at `offset` bytes into the chunk body.
void patchWavFmt(std::vector<std::uint8_t>& wav, std::size_t offset, std::uint32_t value, int bytes)
{
    const char tag[] = {'f', 'm', 't', ' '};
    const auto at = std::search(wav.begin(), wav.end(), std::begin(tag), std::end(tag));
    REQUIRE(at != wav.end());
    const auto body = static_cast<std::size_t>(at - wav.begin()) + 8;
    for (int i = 0; i < bytes; ++i)
        wav[body + offset + static_cast<std::size_t>(i)] =
            static_cast<std::uint8_t>(value >> (8 * i));
}

} // namespace

TEST_CASE("every call format decodes to its own rate and channels", "[decoder]")
{
    TempDir dir;
    for (const Format& format : kFormats) {
        INFO(format.name);
        const std::string path =
            ffmpeg(dir, format.file,
                   sineSource(format.rate, 1.0, tones(format.channels)) + " " + format.codecArgs);
        Decoder decoder = openOrFail(path);
        CHECK(decoder.sampleRate() == format.decodedRate);
        CHECK(decoder.channels() == format.channels);
        // The container's figure: for MP3 it still counts the encoder delay and padding (two
        // frames, 144 ms at 8 kHz); the exact length comes from decoding.
        CHECK(decoder.durationMs() == Approx(1000).margin(160));
        const std::vector<float> all = decodeAll(decoder);
        const auto frames = static_cast<double>(all.size()) / format.channels;
        // Lossy codecs keep their padding only within one codec frame.
        CHECK(frames == Approx(format.decodedRate).margin(format.decodedRate * 0.05));
        CHECK(decoder.atEnd());
        for (int c = 0; c < format.channels; ++c) {
            const std::vector<float> mono = channel(all, format.channels, c);
            const std::span<const float> middle(mono.data() + mono.size() / 4, mono.size() / 2);
            INFO("channel " << c);
            CHECK(zeroCrossingFrequency(middle, format.decodedRate) ==
                  Approx(tones(format.channels)[static_cast<std::size_t>(c)]).epsilon(0.02));
            CHECK(rms(middle) == Approx(0.5 / std::sqrt(2.0)).epsilon(0.25));
        }
    }
}

TEST_CASE("reads of any size give the same stream", "[decoder]")
{
    TempDir dir;
    const std::string path =
        ffmpeg(dir, "s.mp3", sineSource(16000, 1.0, {440, 660}) + " -c:a libmp3lame");
    Decoder a = openOrFail(path);
    Decoder b = openOrFail(path);
    const std::vector<float> big = decodeAll(a, 65536);
    const std::vector<float> small = decodeAll(b, 37);
    CHECK(big == small);
}

TEST_CASE("a buffer in memory decodes like the file", "[decoder]")
{
    TempDir dir;
    const std::string path = ffmpeg(dir, "s.ogg", sineSource(8000, 0.5, {440}) + " -c:a libopus");
    const std::vector<std::uint8_t> bytes = readBytes(path);
    auto fromMemory = Decoder::openBuffer(bytes);
    REQUIRE(fromMemory.ok());
    Decoder fromFile = openOrFail(path);
    CHECK(decodeAll(fromMemory.value()) == decodeAll(fromFile));
}

TEST_CASE("output rate and channel count are converted on request", "[decoder]")
{
    TempDir dir;
    // identical channels: a plain downmix keeps their level (swr's default adds 3 dB)
    const std::string stereo =
        ffmpeg(dir, "st.wav", sineSource(16000, 1.0, {440, 440}) + " -c:a pcm_s16le");
    const std::string mono =
        ffmpeg(dir, "mo.wav", sineSource(8000, 1.0, {440}) + " -c:a pcm_s16le");

    Decoder down = openOrFail(stereo, {8000, 1, 1.0});
    CHECK(down.sampleRate() == 8000);
    CHECK(down.channels() == 1);
    CHECK(down.sourceSampleRate() == 16000);
    CHECK(down.sourceChannels() == 2);
    const std::vector<float> downmixed = decodeAll(down);
    CHECK(downmixed.size() == Approx(8000).margin(40));
    const std::span<const float> middle(downmixed.data() + 2000, 4000);
    CHECK(rms(middle) == Approx(0.5 / std::sqrt(2.0)).epsilon(0.02));
    CHECK(zeroCrossingFrequency(middle, 8000) == Approx(440).epsilon(0.01));

    Decoder up = openOrFail(mono, {48000, 2, 1.0});
    const std::vector<float> upmixed = decodeAll(up);
    CHECK(upmixed.size() / 2 == Approx(48000).margin(200));
    for (int c = 0; c < 2; ++c) {
        const std::vector<float> side = channel(upmixed, 2, c);
        const std::span<const float> part(side.data() + 12000, 24000);
        CHECK(rms(part) == Approx(0.5 / std::sqrt(2.0)).epsilon(0.02));
        CHECK(zeroCrossingFrequency(part, 48000) == Approx(440).epsilon(0.01));
    }
}

TEST_CASE("bad output formats and tempos are refused before decoding", "[decoder]")
{
    TempDir dir;
    const std::string path = ffmpeg(dir, "a.wav", sineSource(8000, 0.1, {440}) + " -c:a pcm_s16le");
    struct Row {
        DecoderOptions options;
        const char* error;
    };
    const Row rows[] = {
        {{500, 0, 1.0}, "sample rate"}, {{400000, 0, 1.0}, "sample rate"},
        {{0, 33, 1.0}, "channels"},     {{0, -1, 1.0}, "channels"},
        {{0, 0, 0.25}, "tempo"},        {{0, 0, 3.5}, "tempo"},
    };
    for (const Row& row : rows) {
        auto decoder = Decoder::open(path, row.options);
        REQUIRE_FALSE(decoder.ok());
        CHECK_THAT(decoder.error(), Catch::Contains(row.error));
    }
}

TEST_CASE("broken inputs give an error value, never a crash or a hang", "[decoder]")
{
    TempDir dir;
    const std::string good =
        ffmpeg(dir, "good.wav", "-bitexact " + sineSource(8000, 0.5, {440}) + " -c:a pcm_s16le");
    const std::vector<std::uint8_t> wav = readBytes(good);
    const std::string ogg = ffmpeg(dir, "good.ogg", sineSource(8000, 0.5, {440}) + " -c:a libopus");
    const std::vector<std::uint8_t> opus = readBytes(ogg);

    std::vector<std::pair<std::string, std::vector<std::uint8_t>>> cases;
    cases.emplace_back("empty file", std::vector<std::uint8_t>{});
    const std::string text = "this is not a recording, just some words in a text file\n";
    cases.emplace_back("text file", std::vector<std::uint8_t>(text.begin(), text.end()));
    std::vector<std::uint8_t> noise(4096);
    for (std::size_t i = 0; i < noise.size(); ++i)
        noise[i] = static_cast<std::uint8_t>((i * 2654435761u) >> 13);
    cases.emplace_back("random bytes", noise);
    cases.emplace_back("Ogg cut inside its headers",
                       std::vector<std::uint8_t>(opus.begin(), opus.begin() + 100));
    auto zeroChannels = wav;
    patchWavFmt(zeroChannels, 2, 0, 2);
    cases.emplace_back("WAV with zero channels", zeroChannels);
    auto manyChannels = wav;
    patchWavFmt(manyChannels, 2, 4000, 2);
    cases.emplace_back("WAV with 4000 channels", manyChannels);
    auto hugeRate = wav;
    patchWavFmt(hugeRate, 4, 0x7fffffff, 4);
    cases.emplace_back("WAV with an absurd sample rate", hugeRate);
    auto hugeHeader = wav;
    patchWavFmt(hugeHeader, static_cast<std::size_t>(-4), 0xfffffff0u, 4); // the fmt chunk size
    cases.emplace_back("WAV whose fmt chunk claims 4 GB", hugeHeader);
    const std::string image =
        ffmpeg(dir, "image.png", "-f lavfi -i color=c=red:s=16x16 -frames:v 1");
    cases.emplace_back("an image (no audio stream)", readBytes(image));

    for (const auto& [name, bytes] : cases) {
        INFO(name);
        const std::string path = dir.path("case.bin");
        writeBytes(path, bytes);
        auto fromFile = Decoder::open(path);
        CHECK_FALSE(fromFile.ok());
        CHECK_FALSE(fromFile.error().empty());
        auto fromMemory = Decoder::openBuffer(bytes);
        CHECK_FALSE(fromMemory.ok());
    }
    auto missing = Decoder::open(dir.path("does-not-exist.wav"));
    REQUIRE_FALSE(missing.ok());
    CHECK_THAT(missing.error(), Catch::Contains("cannot open"));
}

TEST_CASE("damaged or truncated audio decodes what is there and ends", "[decoder]")
{
    TempDir dir;
    const std::string mp3 =
        ffmpeg(dir, "a.mp3", sineSource(8000, 2.0, {440}) + " -c:a libmp3lame -b:a 32k");
    std::vector<std::uint8_t> bytes = readBytes(mp3);

    SECTION("cut in half")
    {
        bytes.resize(bytes.size() / 2);
    }
    SECTION("garbage in the middle")
    {
        for (std::size_t i = bytes.size() / 3; i < bytes.size() / 3 + 400; ++i)
            bytes[i] = static_cast<std::uint8_t>(i * 77);
    }
    SECTION("WAV data chunk claims more than the file holds")
    {
        const std::string wav =
            ffmpeg(dir, "a.wav", "-bitexact " + sineSource(8000, 1.0, {440}) + " -c:a pcm_s16le");
        bytes = readBytes(wav);
        bytes.resize(bytes.size() / 2 + 1); // odd: a partial sample at the end
    }
    auto decoder = Decoder::openBuffer(bytes);
    REQUIRE(decoder.ok());
    const std::vector<float> all = decodeAll(decoder.value());
    CHECK(all.size() > 2000);
    CHECK(all.size() < 16000 + 2000);
    CHECK(std::all_of(all.begin(), all.end(), [](float v) { return std::abs(v) <= 1.01f; }));
}

TEST_CASE("a header claiming a huge block is refused without allocating it", "[decoder][memory]")
{
    // A 16 kB WAV whose LIST/INFO chunk claims a 512 MiB tag: uncapped, FFmpeg allocated and
    // zeroed all of it (a fuzzing finding; `ffprobe` on this file peaks at 570 MB).
    const auto le32 = [](std::vector<std::uint8_t>& out, std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    };
    const auto tag = [](std::vector<std::uint8_t>& out, const char* fourcc) {
        out.insert(out.end(), fourcc, fourcc + 4);
    };
    std::vector<std::uint8_t> body;
    tag(body, "WAVE");
    tag(body, "fmt ");
    le32(body, 16);
    for (const std::uint32_t v : {0x00010001u, 8000u, 16000u, 0x00100002u})
        le32(body, v); // PCM mono, 8 kHz, 16 bits
    tag(body, "LIST");
    le32(body, 0x7ffffff0u);
    tag(body, "INFO");
    tag(body, "INAM");
    le32(body, 512u << 20);
    body.insert(body.end(), 16, 'x');
    tag(body, "data");
    le32(body, 16000);
    body.insert(body.end(), 16000, 0);
    std::vector<std::uint8_t> wav;
    tag(wav, "RIFF");
    le32(wav, static_cast<std::uint32_t>(body.size()));
    wav.insert(wav.end(), body.begin(), body.end());

    const RssGrowth growth;
    auto opened = Decoder::openBuffer(wav);
    if (opened) // whatever FFmpeg makes of the rest, it must not have taken the memory
        (void)decodeAll(opened.value());
    INFO("grew by " << growth.kib() << " KiB");
    CHECK(growth.kib() < 64 * 1024);
}
