#pragma once
// Plays one call recording: a decoder thread fills a lock-free ring, a pull-mode QIODevice feeds
// a QAudioSink from it. Position comes from the frames the sink has taken. Speed keeps the pitch
// (the core's tempo filter); the agent's and customer's channels can be muted or soloed.
// Use from one thread (the one the engine lives on); it runs its own decoder thread.

#include "audio/playback/channelmap.h"
#include "audio/playback/playbackresult.h"

#include <QAudioFormat>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAudioSink;
QT_END_NAMESPACE

namespace callqa::audio {

class PlaybackEngine : public QObject {
    Q_OBJECT
public:
    // Error: the output failed (no device, server gone); the file stays open, position, seek,
    // speed and the channel choice keep working, and play() tries the output again.
    enum class State { Stopped, Playing, Paused, Error };
    Q_ENUM(State)

    static constexpr qint64 kSkipStepMs = 5000;

    explicit PlaybackEngine(QObject* parent = nullptr);
    ~PlaybackEngine() override;

    // `secondLeg`: a call recorded one direction per file plays its two legs as channels 0 and 1
    // (see Decoder::openLegs).
    PlaybackResult open(const QString& path, const QString& secondLeg = {});
    void close();
    bool isOpen() const;

    void play();
    void pause();
    void stop();
    void seek(qint64 ms);
    void skip(qint64 deltaMs); // e.g. +/- kSkipStepMs
    // 0.5..3.0, pitch kept; false (and nothing changes) outside that range.
    bool setSpeed(double speed);
    void setVolume(float volume); // 0..1, linear
    void setChannelMap(ChannelMap map);
    void setMuted(CallSide side, bool muted);
    void setSolo(std::optional<CallSide> side);

    State state() const { return m_state; }
    qint64 position() const; // ms of the recording
    qint64 duration() const; // ms; 0 when unknown
    double speed() const { return m_speed; }
    float volume() const { return m_volume; }
    ChannelFocus focus() const { return m_focus; }
    QString errorString() const { return m_error; }
    // The format handed to the sink (the default device's preference); invalid when no file.
    QAudioFormat outputFormat() const;
    // From the last open() or seek() to its first sample handed to the sink; empty until then.
    std::optional<std::chrono::microseconds> firstSampleLatency() const;

Q_SIGNALS:
    void positionChanged(qint64 ms);
    void stateChanged(callqa::audio::PlaybackEngine::State state);
    void durationChanged(qint64 ms);
    void errorOccurred(const QString& message);

private:
    struct Session;

    bool startSink();
    void dropSink();
    void restartAt(std::int64_t frame);
    std::int64_t heardFrame() const;
    std::int64_t bufferedFrames() const;
    void applyMix();
    void setState(State state);
    void fail(const QString& message);
    void checkSinkFailure();
    void tick();
    void finish();

    std::unique_ptr<Session> m_session;
    std::unique_ptr<QAudioSink> m_sink; // after m_session: destroyed first, it reads the device
    QTimer m_ticker;
    State m_state = State::Stopped;
    QString m_error;
    double m_speed = 1.0;
    float m_volume = 1.0f;
    ChannelMap m_map;
    ChannelFocus m_focus;
    std::int64_t m_startFrame = 0;
    std::chrono::steady_clock::time_point m_requestedAt;
    qint64 m_lastPosition = -1;
    int m_endTicks = 0;
    bool m_decodeErrorReported = false;
};

} // namespace callqa::audio
