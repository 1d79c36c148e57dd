#include "audio/playback/engine/decodeworker.h"

#include <chrono>

namespace callqa::audio {

namespace {

// Small chunks keep the time from a seek to its first samples short.
constexpr std::size_t kChunkFrames = 512;
// How long the thread naps when the ring is full (a fraction of the ring's depth).
constexpr auto kFullNap = std::chrono::milliseconds(5);

} // namespace

DecodeWorker::DecodeWorker(Decoder decoder, PlaybackStream& stream, std::function<void()> wake)
    : m_decoder(std::move(decoder)), m_stream(stream), m_wake(std::move(wake)),
      m_chunk(kChunkFrames * static_cast<std::size_t>(stream.channels())),
      m_request{stream.requestedGeneration(), 0, m_decoder.tempo()},
      m_thread([this](std::stop_token stop) { run(std::move(stop)); })
{
}

DecodeWorker::~DecodeWorker()
{
    m_thread.request_stop();
    m_changed.notify_all();
}

void DecodeWorker::seek(std::int64_t frame, double tempo)
{
    {
        std::lock_guard lock(m_mutex);
        m_request = {m_stream.bumpGeneration(), frame, tempo};
    }
    m_changed.notify_all();
}

std::string DecodeWorker::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void DecodeWorker::fail(std::string error)
{
    std::lock_guard lock(m_mutex);
    m_error = std::move(error);
}

void DecodeWorker::start(const Request& request)
{
    if (request.tempo != m_decoder.tempo()) {
        if (Status tempo = m_decoder.setTempo(request.tempo); !tempo)
            fail(tempo.error());
    }
    // A fresh decoder already stands at its start; seeking there would only cost time.
    const bool fresh = m_generation == ~std::uint64_t{0};
    if (!(fresh && request.frame == 0)) {
        if (Status sought = m_decoder.seek(request.frame); !sought)
            fail(sought.error());
    }
    m_generation = request.generation;
    m_ended = false;
    m_stream.beginGeneration(m_generation);
}

void DecodeWorker::run(std::stop_token stop)
{
    while (!stop.stop_requested()) {
        Request request;
        {
            std::unique_lock lock(m_mutex);
            const auto changed = [&] { return m_request.generation != m_generation; };
            if (!changed()) {
                if (m_ended)
                    m_changed.wait(lock, stop, changed);
                else if (m_stream.writableFrames() < kChunkFrames)
                    m_changed.wait_for(lock, stop, kFullNap, changed);
            }
            if (stop.stop_requested())
                return;
            request = m_request;
        }
        if (request.generation != m_generation) {
            start(request);
            continue;
        }
        if (m_ended || m_stream.writableFrames() < kChunkFrames)
            continue;
        auto got = m_decoder.read(m_chunk.data(), kChunkFrames);
        if (!got) {
            fail(got.error());
            m_ended = true;
            m_stream.markEnded(m_generation);
        } else if (got.value() == 0) {
            m_ended = true;
            m_stream.markEnded(m_generation);
        } else {
            m_stream.write(m_chunk.data(), got.value());
        }
        if (m_stream.takeStarved() && m_wake)
            m_wake();
    }
}

} // namespace callqa::audio
