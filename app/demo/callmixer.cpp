#include "app/demo/callmixer.h"

#include <algorithm>

namespace callqa::app {

MixedCall mixCall(const QList<Turn>& turns, int sampleRate, int leadInMs)
{
    MixedCall call;
    qint64 cursor = qint64(leadInMs) * sampleRate / 1000;
    qint64 previousEnd = cursor;
    for (const Turn& turn : turns) {
        const qint64 gap = qint64(turn.gapBeforeMs) * sampleRate / 1000;
        const qint64 start = std::max<qint64>(0, previousEnd + gap);
        const qint64 end = start + turn.samples.size();
        call.segments << MixedSegment{turn.speaker, start, end};
        previousEnd = std::max(previousEnd, end);
        cursor = std::max(cursor, end);
    }
    const qint64 frames = cursor + qint64(leadInMs) * sampleRate / 1000;
    call.interleaved.fill(0, frames * 2);
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const Turn& turn = turns.at(i);
        const int channel = turn.speaker == Speaker::Agent ? 0 : 1;
        const qint64 start = call.segments.at(i).startFrame;
        for (qsizetype s = 0; s < turn.samples.size(); ++s)
            call.interleaved[(start + s) * 2 + channel] = turn.samples.at(s);
    }
    return call;
}

} // namespace callqa::app
