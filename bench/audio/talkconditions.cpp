#include "bench/audio/talkconditions.h"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <numbers>
#include <random>

namespace callqa::audio::bench {

namespace {

using Kind = Condition::Kind;

bool run(const std::string& command)
{
    return std::system((command + " </dev/null >/dev/null 2>&1").c_str()) == 0;
}

double dbGain(double db)
{
    return std::pow(10.0, db / 20.0);
}

// RMS of a track over its truth segments: the level of its speech.
double speechRms(const std::vector<float>& track, const std::vector<Segment>& truth)
{
    double sum = 0;
    std::size_t count = 0;
    for (const Segment& s : truth) {
        for (auto i = std::size_t(s.startMs * kScriptRate / 1000);
             i < std::size_t(s.endMs * kScriptRate / 1000) && i < track.size(); ++i) {
            sum += double(track[i]) * track[i];
            ++count;
        }
    }
    return count ? std::sqrt(sum / double(count)) : 0.0;
}

// Pink noise (Paul Kellet's filter over white noise) at unit RMS.
std::vector<float> pinkNoise(std::size_t count, unsigned seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> white(0.0, 1.0);
    std::vector<float> out(count);
    double b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0, sum = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const double w = white(random);
        b0 = 0.99886 * b0 + w * 0.0555179;
        b1 = 0.99332 * b1 + w * 0.0750759;
        b2 = 0.96900 * b2 + w * 0.1538520;
        b3 = 0.86650 * b3 + w * 0.3104856;
        b4 = 0.55000 * b4 + w * 0.5329522;
        b5 = -0.7616 * b5 - w * 0.0168980;
        const double pink = b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362;
        b6 = w * 0.115926;
        out[i] = float(pink);
        sum += pink * pink;
    }
    const double rms = std::sqrt(sum / double(std::max<std::size_t>(count, 1)));
    for (float& v : out)
        v = float(v / rms);
    return out;
}

// Mains hum: the fundamental and its third harmonic at half its amplitude, at `rmsDb` dBFS.
void addHum(std::vector<float>& track, double hz, double rmsDb)
{
    const double amplitude = dbGain(rmsDb) / std::sqrt((1.0 + 0.25) / 2.0);
    for (std::size_t i = 0; i < track.size(); ++i) {
        const double t = double(i) / kScriptRate;
        track[i] += float(amplitude * (std::sin(2 * std::numbers::pi * hz * t) +
                                       0.5 * std::sin(2 * std::numbers::pi * 3 * hz * t)));
    }
}

bool writeRaw(const std::string& path, const std::vector<float>& left,
              const std::vector<float>* right)
{
    std::ofstream out(path, std::ios::binary);
    for (std::size_t i = 0; i < left.size(); ++i) {
        out.write(reinterpret_cast<const char*>(&left[i]), sizeof(float));
        if (right)
            out.write(reinterpret_cast<const char*>(&(*right)[i]), sizeof(float));
    }
    return bool(out);
}

std::string rawInput(int channels, const std::string& path)
{
    return "ffmpeg -nostdin -v error -y -f f32le -ar 8000 -ac " + std::to_string(channels) +
           " -i '" + path + "' ";
}

} // namespace

std::vector<Condition> allConditions()
{
    std::vector<Condition> c;
    c.push_back({"clean", Kind::Clean, 0, "", "wav"});
    for (const double db : {12.0, 18.0, 24.0})
        c.push_back(
            {"quiet side -" + std::to_string(int(db)) + " dB", Kind::QuietCustomer, db, "", "wav"});
    for (const double db : {-25.0, -20.0, -15.0})
        c.push_back({"bleed " + std::to_string(int(db)) + " dB", Kind::Bleed, db, "", "wav"});
    for (const double snr : {20.0, 15.0, 10.0})
        c.push_back({"pink noise " + std::to_string(int(snr)) + " dB SNR", Kind::PinkNoise, snr, "",
                     "wav"});
    c.push_back({"hum 50 Hz", Kind::Hum, 50, "", "wav"});
    c.push_back({"hum 60 Hz", Kind::Hum, 60, "", "wav"});
    c.push_back({"quiet -18 dB + hum", Kind::QuietWithHum, 50, "", "wav"});
    c.push_back({"u-law 8 kHz", Kind::Codec, 0, "-c:a pcm_mulaw", "wav"});
    c.push_back({"A-law 8 kHz", Kind::Codec, 0, "-c:a pcm_alaw", "wav"});
    c.push_back({"GSM 6.10", Kind::MonoCodec, 0, "-c:a libgsm", "gsm"});
    c.push_back({"MP3 24 kbps", Kind::Codec, 0, "-c:a libmp3lame -b:a 24k", "mp3"});
    c.push_back({"MP3 32 kbps", Kind::Codec, 0, "-c:a libmp3lame -b:a 32k", "mp3"});
    c.push_back({"AAC 32 kbps", Kind::Codec, 0, "-c:a aac -b:a 32k", "m4a"});
    for (const int kbps : {12, 16, 24})
        c.push_back({"Opus " + std::to_string(kbps) + " kbps stereo", Kind::Codec, 0,
                     "-c:a libopus -b:a " + std::to_string(kbps) + "k", "opus"});
    c.push_back({"two legs u-law", Kind::TwoLegs, 0, "-c:a pcm_mulaw", "wav"});
    c.push_back({"two legs GSM 6.10", Kind::TwoLegs, 0, "-c:a libgsm", "gsm"});
    c.push_back({"two legs Opus 12 kbps", Kind::TwoLegs, 0, "-c:a libopus -b:a 12k", "opus"});
    return c;
}

Rendered renderCondition(const ScriptedCall& call, const Condition& condition,
                         const std::string& dir)
{
    std::vector<float> left = call.agent;
    std::vector<float> right = call.customer;
    switch (condition.kind) {
    case Kind::Clean:
    case Kind::Codec:
    case Kind::MonoCodec:
    case Kind::TwoLegs:
        break;
    case Kind::QuietCustomer:
        for (float& v : right)
            v = float(v * dbGain(-condition.value));
        break;
    case Kind::Bleed:
        for (std::size_t i = 0; i < left.size(); ++i) {
            left[i] = float(call.agent[i] + dbGain(condition.value) * call.customer[i]);
            right[i] = float(call.customer[i] + dbGain(condition.value) * call.agent[i]);
        }
        break;
    case Kind::PinkNoise: {
        const auto noiseLeft = pinkNoise(left.size(), 1);
        const auto noiseRight = pinkNoise(right.size(), 2);
        const double gl = speechRms(call.agent, call.agentTruth) * dbGain(-condition.value);
        const double gr = speechRms(call.customer, call.customerTruth) * dbGain(-condition.value);
        for (std::size_t i = 0; i < left.size(); ++i) {
            left[i] += float(gl * noiseLeft[i]);
            right[i] += float(gr * noiseRight[i]);
        }
        break;
    }
    case Kind::Hum:
        addHum(left, condition.value, -35.0);
        addHum(right, condition.value, -35.0);
        break;
    case Kind::QuietWithHum:
        for (float& v : right)
            v = float(v * dbGain(-18.0));
        addHum(left, condition.value, -35.0);
        break;
    }
    std::string stem = dir + "/";
    for (const char ch : condition.name)
        stem += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
    const std::string out = stem + "." + condition.extension;
    if (condition.kind == Kind::MonoCodec || condition.kind == Kind::TwoLegs) {
        // Each side through the codec alone. Mono codecs: then back into one stereo PCM file
        // (what a recorder mixing two mono legs would store); two legs stay two files.
        const std::string l = stem + "-l.f32", r = stem + "-r.f32";
        const std::string le = stem + "-l." + condition.extension;
        const std::string re = stem + "-r." + condition.extension;
        if (!writeRaw(l, left, nullptr) || !writeRaw(r, right, nullptr) ||
            !run(rawInput(1, l) + condition.codecArgs + " '" + le + "'") ||
            !run(rawInput(1, r) + condition.codecArgs + " '" + re + "'"))
            return {};
        if (condition.kind == Kind::TwoLegs)
            return {le, re};
        return run("ffmpeg -nostdin -v error -y -i '" + le + "' -i '" + re +
                   "' -filter_complex amerge=inputs=2 -c:a pcm_s16le '" + stem + ".wav'")
                   ? Rendered{stem + ".wav", {}}
                   : Rendered{};
    }
    const std::string raw = stem + ".f32";
    const std::string codec =
        condition.kind == Kind::Codec ? condition.codecArgs : std::string("-c:a pcm_s16le");
    if (!writeRaw(raw, left, &right) || !run(rawInput(2, raw) + codec + " '" + out + "'"))
        return {};
    return {out, {}};
}

} // namespace callqa::audio::bench
