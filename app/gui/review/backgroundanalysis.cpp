#include "app/gui/review/backgroundanalysis.h"

#include "app/callanalysis.h"

namespace callqa::app {

BackgroundAnalysis::BackgroundAnalysis(QString path, QString secondLeg, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_secondLeg(std::move(secondLeg))
{
}

BackgroundAnalysis::~BackgroundAnalysis()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

bool BackgroundAnalysis::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundAnalysis::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] {
        audio::AnalysisOptions options;
        options.progress = [this](std::int64_t) { return !m_cancel.load(); };
        options.partialPeaks = [this](audio::Peaks partial) {
            auto shared = std::make_shared<const audio::Peaks>(std::move(partial));
            QMetaObject::invokeMethod(
                this, [this, shared] { Q_EMIT peaksGrew(shared); }, Qt::QueuedConnection);
        };
        auto analysis = analyzeRecording(m_path, m_secondLeg, options);
        if (m_cancel)
            return;
        if (!analysis) {
            const QString error = QString::fromStdString(analysis.error());
            QMetaObject::invokeMethod(
                this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
            return;
        }
        auto shared = std::make_shared<const audio::Analysis>(std::move(analysis).value());
        QMetaObject::invokeMethod(
            this, [this, shared] { Q_EMIT finished(shared); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("callqa-analysis"));
    m_thread->start(QThread::LowPriority);
}

} // namespace callqa::app
