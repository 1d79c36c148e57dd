#pragma once
// Keeps the throwaway sound server busy: a thread changes the null sink's volume over and over
// through the session's command socket, so every PulseAudio client of the server (each context
// in every process) keeps receiving sink events and asking for the sink's details.

#include <atomic>
#include <stop_token>
#include <thread>

namespace callqa::audio::test {

class ServerFlood {
public:
    ServerFlood(); // REQUIREs the session's command socket (CALLQA_TEST_PULSE_CLI)
    ServerFlood(const ServerFlood&) = delete;
    ServerFlood& operator=(const ServerFlood&) = delete;
    ~ServerFlood();

    long commandsSent() const { return m_sent.load(); }

private:
    void run(std::stop_token stop);

    int m_fd = -1;
    std::atomic<long> m_sent{0};
    std::jthread m_thread; // last: starts once the socket is connected
};

} // namespace callqa::audio::test
