// CallImporter::handleKnownContent: a recording the workspace has seen, again or moved.
#include "review/calls/callimportjob.h"

#include "review/audit/auditlog.h"
#include "review/calls/recordingpath.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QDir>
#include <QFileInfo>

namespace callqa::review {

using importing::outsideRootReason;

bool CallImporter::handleKnownContent(const QString& hash, const QString& storedPath,
                                      const QString& storedSecond, ImportReport& report,
                                      const std::function<void(const QString&)>& reject)
{
    Database& db = m_workspace.db();
    QSqlQuery known = db.exec(QStringLiteral("SELECT id, relative_path, second_leg_path FROM "
                                             "calls WHERE content_sha256 = ?"),
                              {hash});
    if (!known.next())
        return false;
    const qint64 callId = known.value(0).toLongLong();
    const QString oldPath = known.value(1).toString();
    const QString oldSecond = known.value(2).toString();
    known.finish();
    if (oldPath == storedPath && oldSecond == storedSecond) {
        ++report.duplicates;
        const Status cleared = db.transact([&] {
            const bool found =
                db.exec(QStringLiteral("UPDATE calls SET missing = ? WHERE id = ? AND missing"),
                        {false, callId})
                    .numRowsAffected() == 1;
            if (!found)
                return;
            appendAudit(db, m_workspace.now(),
                        {m_actor, QStringLiteral("call.found"), QStringLiteral("call"),
                         QString::number(callId),
                         QJsonObject{{QStringLiteral("path"), storedPath}}});
            announceChange(db, QStringLiteral("calls"));
        });
        if (!cleared)
            reject(cleared.error());
        return true;
    }
    const auto stillThere = [&](const QString& stored) {
        return stored.isEmpty() || QFileInfo::exists(resolveRecordingPath(m_root, stored));
    };
    if (stillThere(oldPath) && stillThere(oldSecond)) {
        ++report.duplicates;
        return true;
    }
    if (QDir::isAbsolutePath(storedPath) || QDir::isAbsolutePath(storedSecond)) {
        reject(outsideRootReason(m_root));
        return true;
    }
    bool moved = false;
    const Status relinked = db.transact([&] {
        // Only from the path we saw: a workstation that re-linked it a moment ago wins.
        moved = db.exec(QStringLiteral("UPDATE calls SET relative_path = ?, second_leg_path = ?, "
                                       "missing = ? WHERE id = ? AND relative_path = ?"),
                        {storedPath, storedSecond.isEmpty() ? QVariant() : QVariant(storedSecond),
                         false, callId, oldPath})
                    .numRowsAffected() == 1;
        if (!moved)
            return;
        announceChange(db, QStringLiteral("calls"));
        QJsonObject detail;
        detail.insert(QStringLiteral("from"), oldPath);
        detail.insert(QStringLiteral("to"), storedPath);
        if (!storedSecond.isEmpty()) {
            detail.insert(QStringLiteral("customer_leg_from"), oldSecond);
            detail.insert(QStringLiteral("customer_leg_to"), storedSecond);
        }
        appendAudit(db, m_workspace.now(),
                    {m_actor, QStringLiteral("call.relink"), QStringLiteral("call"),
                     QString::number(callId), detail});
    });
    if (!relinked)
        reject(relinked.error());
    else if (moved)
        ++report.relinked;
    else
        ++report.duplicates;
    return true;
}

} // namespace callqa::review
