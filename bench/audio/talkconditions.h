#pragma once
// The damage a phone system does to a call, applied to a scripted call and written as a
// recording file for the analysis to read.

#include "bench/audio/talkscript.h"

#include <string>
#include <vector>

namespace callqa::audio::bench {

struct Condition {
    enum class Kind {
        Clean,
        QuietCustomer,
        Bleed,
        PinkNoise,
        Hum,
        QuietWithHum,
        Codec,
        MonoCodec,
        TwoLegs, // each side through the codec into a file of its own, analysed as two legs
    };
    std::string name;
    Kind kind = Kind::Clean;
    double value = 0.0;    // dB down, bleed dB, SNR dB or hum Hz
    std::string codecArgs; // ffmpeg output arguments for the codecs
    std::string extension; // of the output file
};

// Every condition of the accuracy table, in its order.
std::vector<Condition> allConditions();

// What renderCondition wrote: one file, or the agent's and the customer's legs.
struct Rendered {
    std::string file; // "" when a tool failed
    std::string secondLeg;
};

// Writes `call` damaged by `condition` into `dir`.
Rendered renderCondition(const ScriptedCall& call, const Condition& condition,
                         const std::string& dir);

} // namespace callqa::audio::bench
