#include "audio/core/ffmpeglog.h"

extern "C" {
#include <libavutil/log.h>
}

namespace callqa::audio::ffmpeg {

void quietFfmpegLog()
{
    // av_log's level is process-wide by FFmpeg's design; only ever lowered here.
    if (av_log_get_level() > AV_LOG_ERROR)
        av_log_set_level(AV_LOG_ERROR);
}

} // namespace callqa::audio::ffmpeg
