#include "audio/playback/engine/ringdevice.h"

#include "audio/playback/engine/mixmatrix.h"
#include "audio/playback/engine/outputformat.h"

#include <algorithm>

namespace callqa::audio {

namespace {

constexpr std::size_t kBlockFrames = 1024;

} // namespace

RingDevice::RingDevice(PlaybackStream& stream, const QAudioFormat& format, QObject* parent)
    : QIODevice(parent), m_stream(stream), m_format(format),
      m_matrix(mixMatrix(stream.channels(), format.channelCount(), {}, {})),
      m_in(kBlockFrames * static_cast<std::size_t>(stream.channels())),
      m_out(kBlockFrames * static_cast<std::size_t>(format.channelCount()))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void RingDevice::restart()
{
    m_framesHanded = 0;
    m_firstFrameTime.reset();
    m_stream.dropStale();
}

qint64 RingDevice::bytesAvailable() const
{
    return static_cast<qint64>(m_stream.readableFrames()) * m_format.bytesPerFrame() +
           QIODevice::bytesAvailable();
}

bool RingDevice::atEnd() const
{
    return m_stream.finished();
}

qint64 RingDevice::readData(char* data, qint64 maxSize)
{
    const int bytesPerFrame = m_format.bytesPerFrame();
    if (bytesPerFrame <= 0)
        return 0;
    auto wanted = static_cast<std::size_t>(maxSize / bytesPerFrame);
    const int inChannels = m_stream.channels();
    const int outChannels = m_format.channelCount();
    std::size_t done = 0;
    while (done < wanted) {
        const std::size_t got = m_stream.read(m_in.data(), std::min(kBlockFrames, wanted - done));
        if (got == 0)
            break;
        mixFrames(m_in, inChannels, m_out, outChannels, m_matrix, m_gain, got);
        writeSamples(
            std::span<const float>(m_out.data(), got * static_cast<std::size_t>(outChannels)),
            m_format.sampleFormat(), data + done * static_cast<std::size_t>(bytesPerFrame));
        done += got;
    }
    if (done > 0 && !m_firstFrameTime)
        m_firstFrameTime = std::chrono::steady_clock::now();
    m_framesHanded += static_cast<std::int64_t>(done);
    return static_cast<qint64>(done) * bytesPerFrame;
}

qint64 RingDevice::writeData(const char*, qint64)
{
    return -1;
}

} // namespace callqa::audio
