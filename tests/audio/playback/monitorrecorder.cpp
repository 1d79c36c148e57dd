#include "tests/audio/playback/monitorrecorder.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <sstream>

namespace callqa::audio::test {

namespace {

constexpr double kWindow = 0.02;

double zeroCrossingHz(const float* mono, std::size_t n, std::size_t stride)
{
    double first = -1;
    double last = -1;
    int crossings = 0;
    for (std::size_t i = 1; i < n; ++i) {
        const float a = mono[(i - 1) * stride];
        const float b = mono[i * stride];
        if (a < 0.0f && b >= 0.0f) {
            const double at = static_cast<double>(i - 1) + a / (a - b);
            if (first < 0)
                first = at;
            last = at;
            ++crossings;
        }
    }
    return crossings < 2 ? 0.0 : (crossings - 1) * kMonitorRate / (last - first);
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 0.03 * std::max(a, b);
}

} // namespace

MonitorRecorder::MonitorRecorder()
{
    const QByteArray sink = qgetenv("CALLQA_TEST_PULSE_SINK");
    INFO("run through ctest: the `pulse` fixture (scripts/pulse-session.sh) provides the sound "
         "server");
    REQUIRE(!sink.isEmpty());
    m_parec.start(
        QStringLiteral("parec"),
        {QStringLiteral("--device=") + QString::fromLocal8Bit(sink) + QStringLiteral(".monitor"),
         QStringLiteral("--format=float32le"), QStringLiteral("--rate=48000"),
         QStringLiteral("--channels=2"), QStringLiteral("--latency-msec=20"),
         QStringLiteral("--raw")});
    REQUIRE(m_parec.waitForStarted(10000));
    // The null sink's monitor streams silence while idle: once bytes come, recording runs.
    REQUIRE(m_parec.waitForReadyRead(20000));
}

MonitorRecorder::~MonitorRecorder()
{
    if (m_parec.state() != QProcess::NotRunning) {
        m_parec.terminate();
        m_parec.waitForFinished(5000);
    }
}

std::vector<float> MonitorRecorder::finish()
{
    m_parec.terminate();
    m_parec.waitForFinished(10000);
    const QByteArray bytes = m_parec.readAllStandardOutput();
    std::vector<float> samples(static_cast<std::size_t>(bytes.size()) / sizeof(float) / 2 * 2);
    std::memcpy(samples.data(), bytes.constData(), samples.size() * sizeof(float));
    return samples;
}

std::vector<ToneRun> toneRuns(const std::vector<float>& interleaved, int channel)
{
    const auto window = static_cast<std::size_t>(kWindow * kMonitorRate);
    const std::size_t frames = interleaved.size() / 2;
    std::vector<ToneRun> runs;
    for (std::size_t at = 0; at + window <= frames; at += window) {
        const float* mono = interleaved.data() + at * 2 + static_cast<std::size_t>(channel);
        double sum = 0;
        for (std::size_t i = 0; i < window; ++i)
            sum += double{mono[i * 2]} * mono[i * 2];
        const bool loud = std::sqrt(sum / static_cast<double>(window)) > 0.0316;
        const double hz = loud ? zeroCrossingHz(mono, window, 2) : 0.0;
        const double start = static_cast<double>(at) / kMonitorRate;
        if (!runs.empty() && ((hz == 0 && runs.back().hz == 0) ||
                              (hz > 0 && runs.back().hz > 0 && near(hz, runs.back().hz)))) {
            runs.back().length += kWindow;
        } else {
            runs.push_back({hz, start, kWindow});
        }
    }
    std::vector<ToneRun> kept;
    for (const ToneRun& run : runs) {
        if (run.length < 0.06)
            continue;
        if (!kept.empty() &&
            (kept.back().hz == run.hz || (run.hz > 0 && near(kept.back().hz, run.hz))))
            kept.back().length = run.start + run.length - kept.back().start;
        else
            kept.push_back(run);
    }
    return kept;
}

const ToneRun* findRun(const std::vector<ToneRun>& runs, double hz, double minLength)
{
    for (const ToneRun& run : runs) {
        if (run.hz > 0 && near(run.hz, hz) && run.length >= minLength)
            return &run;
    }
    return nullptr;
}

std::string describe(const std::vector<ToneRun>& runs)
{
    std::ostringstream out;
    for (const ToneRun& run : runs)
        out << "[" << run.start << "s +" << run.length << "s " << run.hz << " Hz] ";
    return out.str();
}

} // namespace callqa::audio::test
