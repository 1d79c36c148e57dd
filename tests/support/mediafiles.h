#pragma once

#include <QString>
#include <QStringList>

namespace callqa::testing {

// Runs a tool (ffmpeg, sox, ...) and REQUIREs it to succeed, printing its output when it fails.
void runTool(const QString& program, const QStringList& arguments);

// Writes a test recording with the ffmpeg CLI: a sine of `hz` for `seconds`, `channels` channels,
// encoded with `codecArgs` (e.g. {"-c:a","libopus"}); the format follows the file's extension.
QString makeRecording(const QString& path, double seconds, const QStringList& codecArgs = {},
                      int channels = 1, int rate = 8000, int hz = 440);

// Writes raw bytes to a file (for corrupt/empty/non-audio inputs).
void writeBytes(const QString& path, const QByteArray& bytes);

} // namespace callqa::testing
