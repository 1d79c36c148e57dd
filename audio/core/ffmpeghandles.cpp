#include "audio/core/ffmpeghandles.h"

namespace callqa::audio::ffmpeg {

std::string errorString(int errnum)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(errnum, buffer, sizeof buffer);
    return buffer;
}

} // namespace callqa::audio::ffmpeg
