#pragma once

#include "app/cli/clisupport.h"
#include "review/queues/queuestore.h"

#include <QJsonObject>

namespace callqa::app {

QString queueTr(const char* text);

// Signs in, finds QUEUE (name or #id) and hands both over; prints and returns the exit code
// when either fails.
struct OpenQueue {
    SignedIn signedIn;
    std::optional<review::QueueSummary> queue;
    int exitCode = ExitOk;
};
OpenQueue openQueue(CliContext& ctx, const QString& reference);

QJsonObject queueToJson(const review::QueueSummary& queue);
QJsonObject queueItemToJson(const review::QueueItem& item);

} // namespace callqa::app
