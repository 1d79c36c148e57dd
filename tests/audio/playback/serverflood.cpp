#include "tests/audio/playback/serverflood.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QtGlobal>

#include <cstring>
#include <string>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace callqa::audio::test {

ServerFlood::ServerFlood()
{
    const QByteArray path = qgetenv("CALLQA_TEST_PULSE_CLI");
    INFO("run through ctest: the `pulse` fixture (scripts/pulse-session.sh) provides the "
         "server's command socket");
    REQUIRE(!path.isEmpty());
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    REQUIRE(static_cast<std::size_t>(path.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
    m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(m_fd >= 0);
    REQUIRE(::connect(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0);
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

ServerFlood::~ServerFlood()
{
    m_thread.request_stop();
    ::shutdown(m_fd, SHUT_RDWR); // wakes a blocked send
    m_thread.join();
    ::close(m_fd);
}

void ServerFlood::run(std::stop_token stop)
{
    char replies[65536];
    for (long i = 0; !stop.stop_requested(); ++i) {
        // Two volumes in turn: every command is a change, so every one sends an event.
        const std::string command =
            "set-sink-volume callqa_null " + std::to_string(i % 2 ? 40000 : 30000) + "\n";
        if (::send(m_fd, command.data(), command.size(), MSG_NOSIGNAL) < 0)
            return;
        m_sent.fetch_add(1);
        // The server answers every command with a prompt; read them so it never stalls.
        while (::recv(m_fd, replies, sizeof(replies), MSG_DONTWAIT) > 0) {
        }
    }
}

} // namespace callqa::audio::test
