#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace callqa::audio::test {

template <typename Done> bool waitUntil(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(2);
    }
    return true;
}

} // namespace callqa::audio::test
