#pragma once
// Routes FFmpeg's own log lines ("[mp3float @ 0x...] Header missing") to the program instead of
// stderr. FFmpeg has one log callback for the whole process, so a program makes one
// FfmpegLogRoute at start-up (the command line does, from its --verbose option) and keeps it
// while it runs; the library never installs one by itself. Every failure still comes back as a
// value from the call that failed: these lines are only FFmpeg's commentary on it.

#include <cstdarg>
#include <functional>
#include <string>

namespace callqa::audio {

class FfmpegLogRoute {
public:
    // One line as FFmpeg formats it, without the newline.
    using Sink = std::function<void(const std::string& line)>;

    // With a sink, FFmpeg's warnings and errors go to it, one line a call and never two calls at
    // once (FFmpeg may log from any thread). Without one, FFmpeg prints nothing at all.
    explicit FfmpegLogRoute(Sink sink = {});
    FfmpegLogRoute(const FfmpegLogRoute&) = delete;
    FfmpegLogRoute& operator=(const FfmpegLogRoute&) = delete;
    // Hands over an unfinished last line; the route made before this one (or FFmpeg's own
    // printing of errors to stderr) takes over again.
    ~FfmpegLogRoute();

private:
    static void receive(void* context, int level, const char* format, std::va_list args);
    void take(void* context, int level, const char* format, std::va_list args);

    Sink m_sink;
    FfmpegLogRoute* m_previous = nullptr;
    std::string m_pending; // the start of a line FFmpeg has not finished yet
    int m_printPrefix = 1; // av_log_format_line2's state: the next piece starts a line
};

} // namespace callqa::audio
