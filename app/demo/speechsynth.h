#pragma once

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace callqa::app {

// Speaks text with espeak-ng and converts it with sox to mono 16-bit PCM at 8 kHz (telephone
// quality), caching each utterance for the run.
class SpeechSynth {
public:
    explicit SpeechSynth(QString workFolder);
    // Empty optional and lastError() set when espeak-ng or sox fail or are missing.
    std::optional<QVector<qint16>> speak(const QString& text, const QString& voice);
    const QString& lastError() const { return m_lastError; }

    static constexpr int kSampleRate = 8000;

private:
    QString m_workFolder;
    QHash<QString, QVector<qint16>> m_cache;
    QString m_lastError;
    int m_counter = 0;
};

// Runs a program to completion; returns an error text, empty when it exited 0.
QString runTool(const QString& program, const QStringList& arguments, int timeoutMs = 60000);

} // namespace callqa::app
