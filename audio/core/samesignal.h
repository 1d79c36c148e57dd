#pragma once
// Stereo files whose two channels carry one signal: a mono mix written twice, or a stereo codec
// at a low bitrate that downmixes (libopus does below about 24 kbit/s on 8 kHz calls). Their
// channels cannot tell the agent from the customer, so they are analysed as one channel.

#include "audio/core/voiceactivity.h"

#include <span>

namespace callqa::audio {

// True when, over the frames where either channel is at least `minThresholdDb`, a share of at
// least `sameSignalShare` has |correlation| >= `sameSignalCorrelation` and levels within
// `sameSignalLevelDb` of each other. False when no frame is that loud.
bool carrySameSignal(std::span<const float> firstDb, std::span<const float> secondDb,
                     std::span<const float> correlation, const VadOptions& options);

} // namespace callqa::audio
