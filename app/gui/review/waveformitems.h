#pragma once
// What a waveform shows besides the audio: which channel is whom, shaded spans, comment markers.

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace callqa::app {

// Which peaks channel is drawn as which lane. No customer channel: one lane (a mono call, where
// both sides speak on one channel).
struct WaveformChannelMap {
    int agent = 0;
    std::optional<int> customer = 1;

    static WaveformChannelMap mono() { return {0, std::nullopt}; }
};

struct WaveformSpan {
    enum class Kind { DeadAir, Overtalk };
    qint64 startMs = 0;
    qint64 endMs = 0;
    Kind kind = Kind::DeadAir;
};

struct WaveformMarker {
    qint64 ms = 0;
    QString label;
};

} // namespace callqa::app
