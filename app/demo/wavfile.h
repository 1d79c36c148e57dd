#pragma once

#include <QByteArray>
#include <QString>

namespace callqa::app {

// Writes a canonical 44-byte-header WAV file around `data`. formatTag 1 = PCM, 7 = u-law.
bool writeWavFile(const QString& path, const QByteArray& data, quint16 formatTag, int channels,
                  int sampleRate, int bitsPerSample);

} // namespace callqa::app
