#include "audio/core/ffmpeglogroute.h"

extern "C" {
#include <libavutil/log.h>
}

#include <mutex>

namespace callqa::audio {

namespace {

// av_log's callback is process-wide and takes no context of ours, so the route that receives it
// has to be found here; the routes themselves are owned by the program.
std::mutex g_routeMutex;
FfmpegLogRoute* g_route = nullptr;

// Verbose routes get warnings too (e.g. "Estimating duration from bitrate"); info and debug
// lines are FFmpeg's internals.
constexpr int kRoutedLevel = AV_LOG_WARNING;

} // namespace

FfmpegLogRoute::FfmpegLogRoute(Sink sink) : m_sink(std::move(sink))
{
    const std::lock_guard lock(g_routeMutex);
    m_previous = g_route;
    g_route = this;
    av_log_set_callback(&FfmpegLogRoute::receive);
}

FfmpegLogRoute::~FfmpegLogRoute()
{
    const std::lock_guard lock(g_routeMutex);
    if (m_sink && !m_pending.empty())
        m_sink(m_pending);
    g_route = m_previous;
    if (!g_route)
        av_log_set_callback(&av_log_default_callback);
}

void FfmpegLogRoute::receive(void* context, int level, const char* format, std::va_list args)
{
    const std::lock_guard lock(g_routeMutex);
    if (g_route)
        g_route->take(context, level, format, args);
}

void FfmpegLogRoute::take(void* context, int level, const char* format, std::va_list args)
{
    if (!m_sink || level > kRoutedLevel)
        return;
    char piece[1024];
    av_log_format_line2(context, level, format, args, piece, sizeof(piece), &m_printPrefix);
    m_pending += piece;
    for (auto end = m_pending.find('\n'); end != std::string::npos; end = m_pending.find('\n')) {
        const std::string line = m_pending.substr(0, end);
        m_pending.erase(0, end + 1);
        if (!line.empty())
            m_sink(line);
    }
}

} // namespace callqa::audio
