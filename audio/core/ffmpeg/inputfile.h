#pragma once
// Internal: an opened container with its best audio stream chosen and checked.

#include "audio/core/ffmpeghandles.h"
#include "audio/core/result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>

namespace callqa::audio::ffmpeg {

class InputFile {
public:
    // A file on disk, or bytes the caller keeps alive for the life of the InputFile.
    static Result<std::unique_ptr<InputFile>> open(const std::string& path);
    static Result<std::unique_ptr<InputFile>> open(std::span<const std::uint8_t> bytes);

    InputFile() = default; // use open()
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;
    ~InputFile();

    AVFormatContext* format() const { return m_format.get(); }
    AVStream* stream() const { return m_format->streams[m_streamIndex]; }
    int streamIndex() const { return m_streamIndex; }
    const AVCodec* codec() const { return m_codec; }

    // What the container says, in units of `unit` seconds (0 when unknown), and whether FFmpeg
    // only guessed it from the bitrate (MP3 without a Xing header).
    std::int64_t duration(AVRational unit) const;
    std::int64_t durationMs() const { return duration(AVRational{1, 1000}); }
    bool durationExact() const;

    // State of the in-memory reader, read by the AVIOContext callbacks.
    struct MemoryCursor {
        const std::uint8_t* data = nullptr;
        std::size_t size = 0;
        std::size_t position = 0;
    };

private:
    static Result<std::unique_ptr<InputFile>> finishOpen(std::unique_ptr<InputFile> input,
                                                         AVFormatContext* raw, const char* url);

    MemoryCursor m_cursor;
    IoContextPtr m_io; // declared before m_format: the format context is closed first
    FormatContextPtr m_format;
    int m_streamIndex = -1;
    const AVCodec* m_codec = nullptr;
};

} // namespace callqa::audio::ffmpeg
