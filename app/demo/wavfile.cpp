#include "app/demo/wavfile.h"

#include <QFile>

namespace callqa::app {

bool writeWavFile(const QString& path, const QByteArray& data, quint16 formatTag, int channels,
                  int sampleRate, int bitsPerSample)
{
    QByteArray header;
    const auto u32 = [&](quint32 v) {
        for (int i = 0; i < 4; ++i)
            header.append(char((v >> (8 * i)) & 0xff));
    };
    const auto u16 = [&](quint16 v) {
        header.append(char(v & 0xff));
        header.append(char(v >> 8));
    };
    const int blockAlign = channels * bitsPerSample / 8;
    header.append("RIFF");
    u32(quint32(36 + data.size()));
    header.append("WAVEfmt ");
    u32(16);
    u16(formatTag);
    u16(quint16(channels));
    u32(quint32(sampleRate));
    u32(quint32(sampleRate * blockAlign));
    u16(quint16(blockAlign));
    u16(quint16(bitsPerSample));
    header.append("data");
    u32(quint32(data.size()));
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(header) == header.size() &&
           file.write(data) == data.size();
}

} // namespace callqa::app
