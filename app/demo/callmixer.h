#pragma once

#include <QList>
#include <QVector>

namespace callqa::app {

enum class Speaker { Agent, Customer };

// One spoken turn: mono samples and the pause before it (negative: it starts before the previous
// turn ends, so both talk at once).
struct Turn {
    Speaker speaker = Speaker::Agent;
    QVector<qint16> samples;
    int gapBeforeMs = 0;
};

struct MixedSegment {
    Speaker speaker;
    qint64 startFrame;
    qint64 endFrame;
};

struct MixedCall {
    QVector<qint16> interleaved; // stereo: agent left, customer right
    QList<MixedSegment> segments;
};

// Lays the turns out on a stereo timeline, agent on the left channel and customer on the right.
MixedCall mixCall(const QList<Turn>& turns, int sampleRate, int leadInMs = 300);

} // namespace callqa::app
