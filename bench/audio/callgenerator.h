#pragma once

#include <string>
#include <vector>

namespace callqa::audio::bench {

// Writes a speech-like stereo 8 kHz call of `minutes` minutes into `dir` (espeak-ng turns, agent
// left and customer right, looped with sox) as call.mp3, call.opus and call-ulaw.wav, reusing
// files already there. Returns the paths, or an empty list when a tool failed.
std::vector<std::string> generateCall(const std::string& dir, int minutes);

} // namespace callqa::audio::bench
