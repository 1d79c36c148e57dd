#include "audio/playback/playbackengine.h"

#include "audio/core/decoder.h"
#include "audio/playback/engine/decodeworker.h"
#include "audio/playback/engine/mixmatrix.h"
#include "audio/playback/engine/outputformat.h"
#include "audio/playback/engine/playbackclock.h"
#include "audio/playback/engine/playbackstream.h"
#include "audio/playback/engine/ringdevice.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QFile>
#include <QFileInfo>
#include <QMediaDevices>

#include <algorithm>

namespace callqa::audio {

namespace {

constexpr int kTickMs = 30;
// Ring depth: deep enough to ride out a busy machine, shallow enough to stay small.
constexpr int kRingMs = 500;
// At the end the sink may never report an empty buffer; give up waiting after this many ticks.
constexpr int kEndTicks = 40;

} // namespace

struct PlaybackEngine::Session {
    QAudioFormat format;
    int channels = 0;
    std::int64_t durationFrames = 0;
    std::unique_ptr<PlaybackStream> stream;
    std::unique_ptr<RingDevice> device;
    std::unique_ptr<DecodeWorker> worker; // last: stops before the device and ring go
};

PlaybackEngine::PlaybackEngine(QObject* parent) : QObject(parent)
{
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &PlaybackEngine::tick);
}

PlaybackEngine::~PlaybackEngine()
{
    dropSink();
}

PlaybackResult PlaybackEngine::open(const QString& path, const QString& secondLeg)
{
    const auto requestedAt = std::chrono::steady_clock::now();
    close();
    const QAudioFormat format =
        chooseOutputFormat(QMediaDevices::defaultAudioOutput().preferredFormat());
    DecoderOptions options;
    options.sampleRate = format.sampleRate();
    options.tempo = m_speed;
    auto decoder = secondLeg.isEmpty()
                       ? Decoder::open(QFile::encodeName(path).toStdString(), options)
                       : Decoder::openLegs(QFile::encodeName(path).toStdString(),
                                           QFile::encodeName(secondLeg).toStdString(), options);
    if (!decoder)
        return PlaybackResult::failure(
            tr("Cannot play %1: %2")
                .arg(QFileInfo(path).fileName(), QString::fromStdString(decoder.error())));
    auto session = std::make_unique<Session>();
    session->format = format;
    session->channels = decoder->channels();
    session->durationFrames = decoder->durationFrames();
    session->stream = std::make_unique<PlaybackStream>(
        static_cast<std::size_t>(msToFrames(kRingMs, format.sampleRate())), session->channels);
    session->device = std::make_unique<RingDevice>(*session->stream, format);
    RingDevice* device = session->device.get();
    // Queued: the device lives on this thread; Qt drops the call if the device is gone.
    session->worker =
        std::make_unique<DecodeWorker>(std::move(decoder).value(), *session->stream, [device] {
            QMetaObject::invokeMethod(device, &RingDevice::announceData, Qt::QueuedConnection);
        });
    m_session = std::move(session);
    m_startFrame = 0;
    m_requestedAt = requestedAt;
    m_error.clear();
    m_decodeErrorReported = false;
    applyMix();
    m_session->device->setGain(m_volume);
    setState(State::Stopped);
    Q_EMIT durationChanged(duration());
    Q_EMIT positionChanged(0);
    return {};
}

void PlaybackEngine::close()
{
    dropSink();
    m_ticker.stop();
    m_session.reset();
    m_lastPosition = -1;
    setState(State::Stopped);
}

bool PlaybackEngine::isOpen() const
{
    return m_session != nullptr;
}

void PlaybackEngine::play()
{
    if (!m_session || m_state == State::Playing)
        return;
    if (m_state == State::Paused && m_sink) {
        m_sink->resume();
    } else if (!startSink()) {
        return;
    }
    m_error.clear();
    m_endTicks = 0;
    setState(State::Playing);
    m_ticker.start();
}

void PlaybackEngine::pause()
{
    if (m_state != State::Playing)
        return;
    m_sink->suspend();
    m_ticker.stop();
    setState(State::Paused);
    Q_EMIT positionChanged(position());
}

void PlaybackEngine::stop()
{
    if (!m_session)
        return;
    dropSink();
    m_ticker.stop();
    restartAt(0);
    if (m_state != State::Error)
        setState(State::Stopped);
    Q_EMIT positionChanged(0);
}

void PlaybackEngine::seek(qint64 ms)
{
    if (!m_session)
        return;
    // The sink still holds audio from before the seek (about 100 ms on PulseAudio) and takes
    // new samples only as that drains: a fresh sink stream plays the new place sooner.
    const bool playing = m_state == State::Playing;
    if (playing || m_state == State::Paused)
        dropSink();
    restartAt(msToFrames(std::max<qint64>(0, ms), m_session->format.sampleRate()));
    if (playing)
        startSink();
    m_lastPosition = position();
    Q_EMIT positionChanged(m_lastPosition);
}

void PlaybackEngine::skip(qint64 deltaMs)
{
    seek(position() + deltaMs);
}

bool PlaybackEngine::setSpeed(double speed)
{
    if (!(speed >= kMinTempo && speed <= kMaxTempo))
        return false;
    if (speed == m_speed)
        return true;
    const std::int64_t at = m_session ? heardFrame() : 0;
    m_speed = speed;
    if (m_session)
        restartAt(at); // the tempo filter restarts where the listener is
    return true;
}

void PlaybackEngine::setVolume(float volume)
{
    m_volume = std::clamp(volume, 0.0f, 1.0f);
    if (m_session)
        m_session->device->setGain(m_volume);
}

void PlaybackEngine::setChannelMap(ChannelMap map)
{
    m_map = map;
    applyMix();
}

void PlaybackEngine::setMuted(CallSide side, bool muted)
{
    (side == CallSide::Agent ? m_focus.agentMuted : m_focus.customerMuted) = muted;
    applyMix();
}

void PlaybackEngine::setSolo(std::optional<CallSide> side)
{
    m_focus.solo = side;
    applyMix();
}

qint64 PlaybackEngine::position() const
{
    return m_session ? framesToMs(heardFrame(), m_session->format.sampleRate()) : 0;
}

qint64 PlaybackEngine::duration() const
{
    return m_session ? framesToMs(m_session->durationFrames, m_session->format.sampleRate()) : 0;
}

QAudioFormat PlaybackEngine::outputFormat() const
{
    return m_session ? m_session->format : QAudioFormat();
}

std::optional<std::chrono::microseconds> PlaybackEngine::firstSampleLatency() const
{
    if (!m_session)
        return std::nullopt;
    const auto first = m_session->device->firstFrameTime();
    if (!first)
        return std::nullopt;
    return std::chrono::duration_cast<std::chrono::microseconds>(*first - m_requestedAt);
}

bool PlaybackEngine::startSink()
{
    if (QMediaDevices::audioOutputs().isEmpty()) {
        fail(tr("No audio output device was found, so the call cannot be played. Everything "
                "else keeps working."));
        return false;
    }
    m_sink = std::make_unique<QAudioSink>(QMediaDevices::defaultAudioOutput(), m_session->format);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        // Never delete the sink inside its own signal: look again from the event loop.
        if (state == QAudio::StoppedState)
            QMetaObject::invokeMethod(this, &PlaybackEngine::checkSinkFailure,
                                      Qt::QueuedConnection);
    });
    m_sink->start(m_session->device.get());
    if (m_sink->error() != QAudio::NoError || m_sink->state() == QAudio::StoppedState) {
        const QAudio::Error error = m_sink->error();
        dropSink();
        fail(error == QAudio::OpenError
                 ? tr("The audio output device could not be opened, so the call cannot be "
                      "played. Everything else keeps working.")
                 : tr("The audio output failed, so the call cannot be played. Everything else "
                      "keeps working."));
        return false;
    }
    return true;
}

void PlaybackEngine::dropSink()
{
    if (!m_sink)
        return;
    m_sink->disconnect(this);
    m_sink->stop();
    m_sink.reset();
}

void PlaybackEngine::checkSinkFailure()
{
    if (!m_sink || m_sink->state() != QAudio::StoppedState || m_sink->error() == QAudio::NoError)
        return;
    fail(tr("The audio output stopped (the device or sound server went away). Press play to "
            "try again."));
}

void PlaybackEngine::restartAt(std::int64_t frame)
{
    frame = std::max<std::int64_t>(0, frame);
    if (m_session->durationFrames > 0)
        frame = std::min(frame, m_session->durationFrames);
    m_startFrame = frame;
    m_session->worker->seek(frame, m_speed);
    m_session->device->restart(); // after the new generation exists: drops the older ones
    m_requestedAt = std::chrono::steady_clock::now();
    m_endTicks = 0;
}

std::int64_t PlaybackEngine::bufferedFrames() const
{
    if (!m_sink || m_session->format.bytesPerFrame() <= 0)
        return 0;
    return std::max<qint64>(0, m_sink->bufferSize() - m_sink->bytesFree()) /
           m_session->format.bytesPerFrame();
}

std::int64_t PlaybackEngine::heardFrame() const
{
    return audio::heardFrame({m_startFrame, m_speed, m_session->device->framesHanded(),
                              bufferedFrames(), m_session->durationFrames});
}

void PlaybackEngine::applyMix()
{
    if (m_session)
        m_session->device->setMix(
            mixMatrix(m_session->channels, m_session->format.channelCount(), m_map, m_focus));
}

void PlaybackEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PlaybackEngine::fail(const QString& message)
{
    if (m_session) {
        const std::int64_t at = heardFrame();
        dropSink();
        restartAt(at);
    }
    m_ticker.stop();
    m_error = message;
    setState(State::Error);
    Q_EMIT errorOccurred(message);
}

void PlaybackEngine::tick()
{
    if (!m_session)
        return;
    if (!m_decodeErrorReported) {
        if (const std::string error = m_session->worker->error(); !error.empty()) {
            m_decodeErrorReported = true;
            Q_EMIT errorOccurred(tr("The recording could not be decoded past this point: %1")
                                     .arg(QString::fromStdString(error)));
        }
    }
    if (m_state == State::Playing && m_session->device->atEnd()) {
        if (bufferedFrames() == 0 || ++m_endTicks >= kEndTicks) {
            finish();
            return;
        }
    }
    const qint64 now = position();
    if (now != m_lastPosition) {
        m_lastPosition = now;
        Q_EMIT positionChanged(now);
    }
}

void PlaybackEngine::finish()
{
    Q_EMIT positionChanged(duration());
    dropSink();
    m_ticker.stop();
    restartAt(0);
    m_lastPosition = 0;
    setState(State::Stopped);
}

} // namespace callqa::audio
