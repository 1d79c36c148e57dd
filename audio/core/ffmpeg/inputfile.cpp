#include "audio/core/ffmpeg/inputfile.h"

#include "audio/core/ffmpeglog.h"
#include "audio/core/formatlimits.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace callqa::audio::ffmpeg {

namespace {

constexpr int kIoBufferSize = 16 * 1024;

int readMemory(void* opaque, std::uint8_t* buffer, int size)
{
    auto* cursor = static_cast<InputFile::MemoryCursor*>(opaque);
    const std::size_t left = cursor->size - cursor->position;
    const std::size_t n = std::min(left, static_cast<std::size_t>(std::max(size, 0)));
    if (n == 0)
        return AVERROR_EOF;
    std::memcpy(buffer, cursor->data + cursor->position, n);
    cursor->position += n;
    return static_cast<int>(n);
}

std::int64_t seekMemory(void* opaque, std::int64_t offset, int whence)
{
    auto* cursor = static_cast<InputFile::MemoryCursor*>(opaque);
    const auto size = static_cast<std::int64_t>(cursor->size);
    if (whence & AVSEEK_SIZE)
        return size;
    std::int64_t base = 0;
    switch (whence & ~AVSEEK_FORCE) {
    case SEEK_SET:
        break;
    case SEEK_CUR:
        base = static_cast<std::int64_t>(cursor->position);
        break;
    case SEEK_END:
        base = size;
        break;
    default:
        return AVERROR(EINVAL);
    }
    if (offset > std::numeric_limits<std::int64_t>::max() - base)
        return AVERROR(EINVAL);
    const std::int64_t target = base + offset;
    if (target < 0 || target > size)
        return AVERROR(EINVAL);
    cursor->position = static_cast<std::size_t>(target);
    return target;
}

} // namespace

InputFile::~InputFile() = default;

Result<std::unique_ptr<InputFile>> InputFile::open(const std::string& path)
{
    return finishOpen(std::make_unique<InputFile>(), nullptr, path.c_str());
}

Result<std::unique_ptr<InputFile>> InputFile::open(std::span<const std::uint8_t> bytes)
{
    auto input = std::make_unique<InputFile>();
    input->m_cursor = {bytes.data(), bytes.size(), 0};
    auto* buffer = static_cast<unsigned char*>(av_malloc(kIoBufferSize));
    if (!buffer)
        return Result<std::unique_ptr<InputFile>>::failure("out of memory");
    input->m_io.reset(avio_alloc_context(buffer, kIoBufferSize, 0, &input->m_cursor, &readMemory,
                                         nullptr, &seekMemory));
    if (!input->m_io) {
        av_free(buffer);
        return Result<std::unique_ptr<InputFile>>::failure("out of memory");
    }
    AVFormatContext* raw = avformat_alloc_context();
    if (!raw)
        return Result<std::unique_ptr<InputFile>>::failure("out of memory");
    raw->pb = input->m_io.get();
    raw->flags |= AVFMT_FLAG_CUSTOM_IO;
    return finishOpen(std::move(input), raw, nullptr);
}

Result<std::unique_ptr<InputFile>> InputFile::finishOpen(std::unique_ptr<InputFile> input,
                                                         AVFormatContext* raw, const char* url)
{
    using R = Result<std::unique_ptr<InputFile>>;
    quietFfmpegLog();
    capFfmpegAllocations();
    // On failure avformat_open_input frees a context we allocated.
    if (const int rc = avformat_open_input(&raw, url, nullptr, nullptr); rc < 0)
        return R::failure("cannot open: " + errorString(rc));
    input->m_format.reset(raw);

    if (const int rc = avformat_find_stream_info(raw, nullptr); rc < 0)
        return R::failure("cannot read stream info: " + errorString(rc));

    input->m_streamIndex = av_find_best_stream(raw, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (input->m_streamIndex < 0)
        return R::failure("no audio stream");
    const AVCodecParameters* params = input->stream()->codecpar;
    if (std::string error = formatLimitError(params->sample_rate, params->ch_layout.nb_channels);
        !error.empty())
        return R::failure(std::move(error));
    input->m_codec = avcodec_find_decoder(params->codec_id);
    if (!input->m_codec)
        return R::failure(std::string("no decoder for codec ") +
                          avcodec_get_name(params->codec_id));
    // Only the audio stream is demuxed from here on.
    for (unsigned i = 0; i < raw->nb_streams; ++i) {
        if (static_cast<int>(i) != input->m_streamIndex)
            raw->streams[i]->discard = AVDISCARD_ALL;
    }
    return input;
}

std::int64_t InputFile::duration(AVRational unit) const
{
    const AVStream* st = stream();
    if (st->duration != AV_NOPTS_VALUE && st->duration > 0)
        return av_rescale_q(st->duration, st->time_base, unit);
    if (m_format->duration != AV_NOPTS_VALUE && m_format->duration > 0)
        return av_rescale_q(m_format->duration, AVRational{1, AV_TIME_BASE}, unit);
    return 0;
}

bool InputFile::durationExact() const
{
    return m_format->duration_estimation_method != AVFMT_DURATION_FROM_BITRATE;
}

} // namespace callqa::audio::ffmpeg
