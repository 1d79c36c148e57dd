#pragma once

#include <QString>

#include <utility>

namespace callqa::audio {

// Success, or a one-line translated reason for the user (what PlaybackEngine::open returns).
class PlaybackResult {
public:
    PlaybackResult() = default;
    static PlaybackResult failure(QString error)
    {
        PlaybackResult result;
        result.m_error = std::move(error);
        result.m_failed = true;
        return result;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace callqa::audio
