#pragma once

#include "app/cli/clisupport.h"
#include "review/queues/queuestore.h"

#include <QHash>
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

// Quota groups and strata ("agent=17/week=2026-W10") as a person reads them: with the agent's
// phone-system id and name instead of the internal id.
class PlaceNames {
public:
    explicit PlaceNames(review::Workspace& workspace);
    QString readable(const QString& place) const;

private:
    QHash<qint64, QString> m_agents;
};

} // namespace callqa::app
