#pragma once

#include "review/queues/assignment.h"
#include "review/storage/database.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace callqa::review {

// What the queue store's writes share (inside a transaction; throw DbError or Refusal).

QString jsonText(const QJsonObject& object);
QJsonObject jsonObject(const QString& text);
// The reviewers named for queue items, with their own agent link and their open items; refused
// when one is not an active reviewer or supervisor.
std::vector<ReviewerSlot> reviewerSlots(Database& db, const QStringList& logins);
// Multi-row INSERTs of `columns` values per row.
void insertRows(Database& db, const QString& head, int columns, const QVariantList& values);
// NULL for 0 (no agent, no start time).
QVariant nullable(qint64 value);
// " FOR UPDATE OF i SKIP LOCKED" on PostgreSQL, nothing on SQLite.
QString skipLocked(Backend backend);

} // namespace callqa::review
