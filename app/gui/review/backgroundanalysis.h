#pragma once
// Decodes a call never analysed, off the GUI thread: peaks (reported as they grow, so the
// waveform fills in) and talk metrics. Results arrive on the object's thread; storing them is
// the caller's (the workspace connection belongs to the GUI thread). Destroying it cancels the
// decoding and waits for it.

#include "audio/core/analyzefile.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace callqa::app {

class BackgroundAnalysis : public QObject {
    Q_OBJECT
public:
    // `secondLeg`: the customer's leg of a call recorded in two files, else empty.
    BackgroundAnalysis(QString path, QString secondLeg, QObject* parent = nullptr);
    ~BackgroundAnalysis() override;

    void start();
    bool isRunning() const;

Q_SIGNALS:
    void peaksGrew(const std::shared_ptr<const callqa::audio::Peaks>& partial);
    void finished(const std::shared_ptr<const callqa::audio::Analysis>& analysis);
    void failed(const QString& error);

private:
    QString m_path;
    QString m_secondLeg;
    std::atomic<bool> m_cancel{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace callqa::app
