#include "app/demo/speechsynth.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

namespace callqa::app {

QString runTool(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return QCoreApplication::translate("callqa::app::Demo", "cannot run %1 (is it installed?)")
            .arg(program);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return QCoreApplication::translate("callqa::app::Demo", "%1 did not finish in time")
            .arg(program);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QCoreApplication::translate("callqa::app::Demo", "%1 failed: %2")
            .arg(program, QString::fromLocal8Bit(process.readAll()).trimmed().left(300));
    return {};
}

SpeechSynth::SpeechSynth(QString workFolder) : m_workFolder(std::move(workFolder)) {}

std::optional<QVector<qint16>> SpeechSynth::speak(const QString& text, const QString& voice)
{
    const QString key = voice + QLatin1Char('\n') + text;
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    const QString stem =
        m_workFolder + QStringLiteral("/utterance-") + QString::number(++m_counter);
    const QString wav = stem + QStringLiteral(".wav");
    const QString raw = stem + QStringLiteral(".raw");
    m_lastError = runTool(QStringLiteral("espeak-ng"),
                          {QStringLiteral("-v"), voice, QStringLiteral("-s"), QStringLiteral("150"),
                           QStringLiteral("-w"), wav, text});
    if (m_lastError.isEmpty())
        m_lastError = runTool(
            QStringLiteral("sox"),
            {wav, QStringLiteral("-r"), QString::number(kSampleRate), QStringLiteral("-c"),
             QStringLiteral("1"), QStringLiteral("-b"), QStringLiteral("16"), QStringLiteral("-e"),
             QStringLiteral("signed-integer"), QStringLiteral("-t"), QStringLiteral("raw"), raw});
    if (!m_lastError.isEmpty())
        return std::nullopt;
    QFile file(raw);
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = file.errorString();
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QVector<qint16> samples(bytes.size() / 2);
    std::memcpy(samples.data(), bytes.constData(), size_t(samples.size()) * 2);
    QFile::remove(wav);
    QFile::remove(raw);
    m_cache.insert(key, samples);
    return samples;
}

} // namespace callqa::app
