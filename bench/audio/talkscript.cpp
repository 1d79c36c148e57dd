#include "bench/audio/talkscript.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace callqa::audio::bench {

namespace {

// Sentences without commas: espeak-ng pauses at a comma, and the truth is one segment each.
const char* const kAgentLines[] = {
    "Thank you for calling customer support my name is Alex and I will be looking after you today",
    "Can I have your account number please",
    "I can see the order here and it left our warehouse on Monday morning with the courier",
    "It should arrive by Thursday at the latest",
    "Let me check the tracking details for you while you wait on the line",
    "The courier scanned it at the depot this morning so it is on its way",
    "I am going to open a ticket with the courier right now and ask them to deliver it tomorrow",
    "You will get an email with the reference number in a few minutes",
    "Is there anything else I can help you with today",
    "Thank you for your patience and have a lovely afternoon",
    "I understand that this is frustrating and I am sorry for the delay you have had",
    "Just one moment please",
};
const char* const kCustomerLines[] = {
    "Hi yes I ordered a replacement part two weeks ago and it still has not arrived",
    "It still has not arrived and I really need it for the weekend because we have guests",
    "The number is four five seven nine nine two",
    "Thursday is too late for me really",
    "Can you not send another one by express delivery so that it gets here before Friday",
    "Okay that sounds fine",
    "Yes please do that",
    "No that is all thank you",
    "I have been waiting at home every single day this week for that parcel to turn up",
    "Right",
};

bool run(const std::string& command)
{
    return std::system((command + " 2>/dev/null").c_str()) == 0;
}

std::vector<float> speak(const std::string& dir, const std::string& name, const char* voice,
                         const char* text)
{
    const std::string wav = dir + "/" + name + ".wav";
    const std::string raw = dir + "/" + name + ".f32";
    if (!run(std::string("espeak-ng ") + voice + " -w '" + wav + "' \"" + text + "\"") ||
        !run("sox '" + wav + "' -r 8000 -c 1 -e floating-point -b 32 -t raw '" + raw +
             "' silence 1 0.02 0.3% reverse silence 1 0.02 0.3% reverse"))
        return {};
    std::ifstream in(raw, std::ios::binary);
    std::vector<float> samples;
    float sample = 0;
    while (in.read(reinterpret_cast<char*>(&sample), sizeof sample))
        samples.push_back(sample);
    return samples;
}

struct Turn {
    bool agent;
    int line;
    // Seconds from the end of the previous turn to the start of this one; negative overlaps it.
    double gap;
};

// About three minutes: gaps under the 5 s dead-air threshold except two (7 s and 6 s), and
// interruptions (negative gaps) whose overlaps add up to about 20 s. A side never overlaps itself.
const Turn kTurns[] = {
    {true, 0, 0.8},  {false, 0, -2.5}, {true, 10, 0.6},  {false, 1, -4.0}, {true, 1, 0.4},
    {false, 2, 0.5}, {true, 2, 1.2},   {true, 3, 0.5},   {false, 3, -1.5}, {true, 11, 2.0},
    {true, 4, 7.0},  {false, 4, -3.5}, {true, 5, 0.8},   {false, 8, -3.5}, {true, 6, 0.7},
    {false, 5, 0.4}, {true, 7, 1.5},   {false, 9, -1.0}, {true, 1, 0.6},   {false, 6, 6.0},
    {true, 8, 0.9},  {false, 7, -1.5}, {true, 9, 0.5},   {false, 1, 3.0},  {true, 10, -4.0},
    {false, 5, 1.0}, {true, 3, 0.8},
};

} // namespace

std::vector<Voices> allVoices()
{
    return {{"A", "-v en-us -s 165", "-v en-gb -s 150 -p 30", 1.0f, 0.8f},
            {"B", "-v en-us+f3 -s 180", "-v en-sc -s 140 -p 60", 0.6f, 1.0f}};
}

ScriptedCall scriptCall(const std::string& dir, const Voices& voices)
{
    std::vector<std::vector<float>> agentClips, customerClips;
    int index = 0;
    for (const char* line : kAgentLines)
        agentClips.push_back(
            speak(dir, voices.name + "a" + std::to_string(index++), voices.agent.c_str(), line));
    index = 0;
    for (const char* line : kCustomerLines)
        customerClips.push_back(
            speak(dir, voices.name + "c" + std::to_string(index++), voices.customer.c_str(), line));
    for (const auto& clip : agentClips)
        if (clip.empty())
            return {};
    for (const auto& clip : customerClips)
        if (clip.empty())
            return {};

    struct Placed {
        bool agent;
        std::int64_t start;
        const std::vector<float>* clip;
    };
    std::vector<Placed> placed;
    std::int64_t previousEnd = 0, agentEnd = 0, customerEnd = 0;
    for (const Turn& turn : kTurns) {
        const auto& clip =
            turn.agent ? agentClips[std::size_t(turn.line)] : customerClips[std::size_t(turn.line)];
        std::int64_t& ownEnd = turn.agent ? agentEnd : customerEnd;
        const std::int64_t start = std::max<std::int64_t>(
            ownEnd + kScriptRate / 2, previousEnd + std::int64_t(turn.gap * kScriptRate));
        placed.push_back({turn.agent, start, &clip});
        ownEnd = start + std::int64_t(clip.size());
        previousEnd = ownEnd;
    }
    const std::int64_t end = std::max(agentEnd, customerEnd);
    ScriptedCall call;
    const auto total = std::size_t(end + 2 * kScriptRate);
    call.agent.assign(total, 0.0f);
    call.customer.assign(total, 0.0f);
    for (const Placed& p : placed) {
        auto& track = p.agent ? call.agent : call.customer;
        auto& truth = p.agent ? call.agentTruth : call.customerTruth;
        const float gain = p.agent ? voices.agentGain : voices.customerGain;
        for (std::size_t i = 0; i < p.clip->size(); ++i)
            track[std::size_t(p.start) + i] += gain * (*p.clip)[i];
        truth.push_back({p.start * 1000 / kScriptRate,
                         (p.start + std::int64_t(p.clip->size())) * 1000 / kScriptRate});
    }
    return call;
}

} // namespace callqa::audio::bench
