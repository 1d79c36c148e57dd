#pragma once
// A scripted stereo call whose truth is known: espeak-ng sentences placed on an agent (left)
// and a customer (right) track with turns, pauses, two dead-air stretches and overtalk
// episodes adding up to about 20 s.

#include "audio/core/segment.h"

#include <string>
#include <vector>

namespace callqa::audio::bench {

inline constexpr int kScriptRate = 8000;

struct ScriptedCall {
    std::vector<float> agent;    // mono samples at kScriptRate
    std::vector<float> customer; // same length
    std::vector<Segment> agentTruth;
    std::vector<Segment> customerTruth;
    std::int64_t durationMs() const
    {
        return static_cast<std::int64_t>(agent.size()) * 1000 / kScriptRate;
    }
};

// Who speaks: espeak-ng voices and levels of the two sides.
struct Voices {
    std::string name;
    std::string agent; // espeak-ng arguments
    std::string customer;
    float agentGain = 1.0f; // on the voice's own level
    float customerGain = 1.0f;
};

// Two casts: a US agent with a British customer 2 dB quieter, and a faster female US agent 4 dB
// quieter than a slow, high-pitched Scottish customer.
std::vector<Voices> allVoices();

// Speaks the sentences with espeak-ng into `dir` (sox trims each to where the voice is) and
// places them. Empty tracks when a tool failed.
ScriptedCall scriptCall(const std::string& dir, const Voices& voices);

} // namespace callqa::audio::bench
