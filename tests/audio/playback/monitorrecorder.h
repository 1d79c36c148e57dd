#pragma once
// Records what the throwaway PulseAudio session's null sink plays (`parec` on its monitor) as
// interleaved float stereo at 48 kHz, and measures tones in it.

#include <QProcess>

#include <string>

#include <vector>

namespace callqa::audio::test {

constexpr int kMonitorRate = 48000;

class MonitorRecorder {
public:
    MonitorRecorder();  // REQUIREs the session and parec; returns once audio flows
    ~MonitorRecorder(); // stops parec
    // Stops recording and returns interleaved stereo float samples.
    std::vector<float> finish();

private:
    QProcess m_parec;
};

// One stretch of a steady tone (or of silence, hz == 0) in a recording.
struct ToneRun {
    double hz = 0;
    double start = 0;  // s
    double length = 0; // s
};

// Splits one channel into 20 ms windows (tone when its RMS is above -30 dBFS, frequency from
// zero crossings) and merges neighbours within 3 % into runs; runs shorter than 60 ms are
// dropped as transitions.
std::vector<ToneRun> toneRuns(const std::vector<float>& interleaved, int channel);

// The first run of `hz` (within 3 %), or nullptr.
const ToneRun* findRun(const std::vector<ToneRun>& runs, double hz, double minLength = 0.2);

std::string describe(const std::vector<ToneRun>& runs);

} // namespace callqa::audio::test
