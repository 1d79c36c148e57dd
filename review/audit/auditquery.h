#pragma once

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {

class Workspace;

// One row of the audit log.
struct AuditRecord {
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QJsonObject detail;
};

// Which rows to list. Empty strings do not filter. `action` matches the action itself or a
// family of actions: "user" lists "user.create", "user.roles", ...
struct AuditFilter {
    std::optional<qint64> sinceMs; // inclusive
    std::optional<qint64> untilMs; // exclusive
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    int limit = 100;
};

// The audit log, newest first. Needs an actor who may read the audit log.
Result<QList<AuditRecord>> queryAudit(Workspace& workspace, const Actor& actor,
                                      const AuditFilter& filter);

} // namespace callqa::review
