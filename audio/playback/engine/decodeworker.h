#pragma once
// The decoder thread: owns one Decoder and keeps the PlaybackStream's ring full. A seek (or a
// tempo change, which restarts at the same place) is a new generation: the thread picks up the
// latest request only, so seeks made while scrubbing coalesce.

#include "audio/core/decoder.h"
#include "audio/playback/engine/playbackstream.h"

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace callqa::audio {

class DecodeWorker {
public:
    // `wake` runs on the decoder thread when samples arrive for a consumer that found the ring
    // empty; it must only post to the consumer's thread.
    DecodeWorker(Decoder decoder, PlaybackStream& stream, std::function<void()> wake);
    DecodeWorker(const DecodeWorker&) = delete;
    DecodeWorker& operator=(const DecodeWorker&) = delete;
    ~DecodeWorker();

    // Starts a new generation at output frame `frame` with `tempo`.
    void seek(std::int64_t frame, double tempo);
    // The decode error that ended the stream, if any (empty otherwise).
    std::string error() const;

private:
    struct Request {
        std::uint64_t generation = 0;
        std::int64_t frame = 0;
        double tempo = 1.0;
    };

    void run(std::stop_token stop);
    void start(const Request& request);
    void fail(std::string error);

    Decoder m_decoder;
    PlaybackStream& m_stream;
    std::function<void()> m_wake;
    std::vector<float> m_chunk;
    std::uint64_t m_generation = ~std::uint64_t{0};
    bool m_ended = false;

    mutable std::mutex m_mutex;
    std::condition_variable_any m_changed;
    Request m_request;     // guarded by m_mutex
    std::string m_error;   // guarded by m_mutex
    std::jthread m_thread; // last: starts once everything above exists
};

} // namespace callqa::audio
