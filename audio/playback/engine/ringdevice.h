#pragma once
// The pull-mode QIODevice the QAudioSink reads: takes frames from the PlaybackStream, mixes the
// recording's channels to the output's (mute, solo, volume) and writes the sink's sample format.
// Lives on the sink's thread; every setter is called from that thread.

#include "audio/playback/engine/playbackstream.h"

#include <QAudioFormat>
#include <QIODevice>

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace callqa::audio {

class RingDevice : public QIODevice {
    Q_OBJECT
public:
    RingDevice(PlaybackStream& stream, const QAudioFormat& format, QObject* parent = nullptr);

    void setMix(std::vector<float> matrix) { m_matrix = std::move(matrix); }
    void setGain(float gain) { m_gain = gain; }
    // A new generation was requested: counters and the first-sample time begin again, and the
    // ring's older samples are dropped now rather than at the sink's next pull.
    void restart();
    std::int64_t framesHanded() const { return m_framesHanded; }
    std::optional<std::chrono::steady_clock::time_point> firstFrameTime() const
    {
        return m_firstFrameTime;
    }
    // Tells the sink that data is back (it stops pulling after an empty read).
    void announceData() { Q_EMIT readyRead(); }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    PlaybackStream& m_stream;
    QAudioFormat m_format;
    std::vector<float> m_matrix;
    float m_gain = 1.0f;
    std::vector<float> m_in;
    std::vector<float> m_out;
    std::int64_t m_framesHanded = 0;
    std::optional<std::chrono::steady_clock::time_point> m_firstFrameTime;
};

} // namespace callqa::audio
