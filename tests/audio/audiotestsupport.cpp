#include "tests/audio/audiotestsupport.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <numeric>

namespace callqa::audio::test {

void requireTool(const std::string& program)
{
    const std::string probe = "command -v " + program + " >/dev/null 2>&1";
    INFO("the audio tests need `" << program << "` on PATH (Debian: see scripts/install-deps.sh)");
    REQUIRE(std::system(probe.c_str()) == 0);
}

TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "callqa-audio-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::string TempDir::path(const std::string& name) const
{
    return (m_path / name).string();
}

void run(const std::string& command)
{
    INFO("command: " << command);
    REQUIRE(std::system(command.c_str()) == 0);
}

std::string ffmpeg(const TempDir& dir, const std::string& name, const std::string& args)
{
    requireTool("ffmpeg");
    const std::string out = dir.path(name);
    run("ffmpeg -nostdin -v error -y " + args + " '" + out + "'");
    return out;
}

std::string sineSource(int sampleRate, double seconds, const std::vector<int>& frequencies)
{
    std::string exprs;
    for (const int f : frequencies)
        exprs += (exprs.empty() ? "" : "|") + ("0.5*sin(2*PI*" + std::to_string(f) + "*t)");
    return "-f lavfi -i \"aevalsrc=exprs='" + exprs + "':s=" + std::to_string(sampleRate) +
           ":d=" + std::to_string(seconds) + "\"";
}

std::vector<float> decodeAll(Decoder& decoder, std::size_t chunk)
{
    std::vector<float> all;
    std::vector<float> buffer(chunk * static_cast<std::size_t>(decoder.channels()));
    for (;;) {
        auto got = decoder.read(buffer.data(), chunk);
        INFO(got.error());
        REQUIRE(got.ok());
        if (got.value() == 0)
            break;
        all.insert(all.end(), buffer.begin(),
                   buffer.begin() +
                       static_cast<std::ptrdiff_t>(got.value() *
                                                   static_cast<std::size_t>(decoder.channels())));
    }
    return all;
}

Decoder openOrFail(const std::string& path, const DecoderOptions& options)
{
    auto decoder = Decoder::open(path, options);
    INFO(path << ": " << decoder.error());
    REQUIRE(decoder.ok());
    return std::move(decoder).value();
}

std::vector<float> channel(std::span<const float> interleaved, int channels, int index)
{
    std::vector<float> out;
    for (std::size_t i = static_cast<std::size_t>(index); i < interleaved.size();
         i += static_cast<std::size_t>(channels))
        out.push_back(interleaved[i]);
    return out;
}

double zeroCrossingFrequency(std::span<const float> mono, int sampleRate)
{
    // Interpolated positions of the first and last rising crossings.
    double first = -1;
    double last = -1;
    int crossings = 0;
    for (std::size_t i = 1; i < mono.size(); ++i) {
        if (mono[i - 1] < 0.0f && mono[i] >= 0.0f) {
            const double at = static_cast<double>(i - 1) + mono[i - 1] / (mono[i - 1] - mono[i]);
            if (first < 0)
                first = at;
            last = at;
            ++crossings;
        }
    }
    if (crossings < 2)
        return 0.0;
    return (crossings - 1) * static_cast<double>(sampleRate) / (last - first);
}

double rms(std::span<const float> samples)
{
    if (samples.empty())
        return 0.0;
    const double sum = std::accumulate(samples.begin(), samples.end(), 0.0,
                                       [](double acc, float v) { return acc + double{v} * v; });
    return std::sqrt(sum / static_cast<double>(samples.size()));
}

std::vector<std::uint8_t> readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::string& path, std::span<const std::uint8_t> bytes)
{
    std::ofstream out(path, std::ios::binary);
    REQUIRE(out.good());
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out.good());
}

namespace {

long statusField(const std::string& name)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(name, 0) == 0)
            return std::stol(line.substr(name.size()));
    }
    FAIL("no " << name << " in /proc/self/status");
    return 0;
}

} // namespace

RssGrowth::RssGrowth()
{
    std::ofstream("/proc/self/clear_refs") << "5";
    m_start = statusField("VmRSS:");
}

long RssGrowth::kib() const
{
    return statusField("VmHWM:") - m_start;
}

} // namespace callqa::audio::test
