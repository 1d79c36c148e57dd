#pragma once
// Internal: tempo change with pitch kept, libavfilter abuffer -> atempo [-> atempo] -> abuffersink
// on interleaved float32. At exactly 1.0 no graph exists and samples pass straight through.

#include "audio/core/ffmpeghandles.h"
#include "audio/core/result.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace callqa::audio::ffmpeg {

class TempoFilter {
public:
    TempoFilter(int sampleRate, int channels);
    TempoFilter(const TempoFilter&) = delete;
    TempoFilter& operator=(const TempoFilter&) = delete;
    ~TempoFilter();

    double tempo() const { return m_tempo; }
    // Changes the tempo while decoding: a live command when the chain keeps its shape, else the
    // old graph is drained into `out` and a new one is built on the next push.
    Status setTempo(double tempo, std::vector<float>& out);
    // Appends the tempo-changed samples that are ready to `out`.
    Status push(const float* interleaved, std::size_t frames, std::vector<float>& out);
    // End of stream: appends everything the filter still holds.
    Status drain(std::vector<float>& out);
    // Drops everything buffered (after a seek).
    void reset();

private:
    Status build();
    Status pull(std::vector<float>& out);
    static int stageCount(double tempo);

    int m_sampleRate;
    int m_channels;
    double m_tempo = 1.0;
    std::int64_t m_nextPts = 0;
    FilterGraphPtr m_graph;
    AVFilterContext* m_source = nullptr; // owned by m_graph
    AVFilterContext* m_sink = nullptr;   // owned by m_graph
    FramePtr m_frame;
};

} // namespace callqa::audio::ffmpeg
