#include "review/checklists/checkliststore.h"

#include "checklists/checklistjson.h"
#include "checklists/validation.h"
#include "review/audit/auditlog.h"
#include "review/auth/refusal.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::ChecklistStore", text);
}

QString joinErrors(const QList<checklists::ValidationError>& errors)
{
    QStringList lines;
    for (const checklists::ValidationError& error : errors)
        lines << error.toString();
    return lines.join(QLatin1Char('\n'));
}

checklists::Checklist parseStored(const QString& json, const QString& key)
{
    auto parsed = checklists::fromJson(json.toUtf8());
    if (!parsed.ok())
        throw Refusal{tr("The stored checklist “%1” cannot be read: %2")
                          .arg(key, joinErrors(parsed.errors()))};
    return parsed.value();
}

// Drafts may break rules while they are being edited, so they are read without validation.
checklists::Checklist parseDraft(const QString& json, const QString& key)
{
    auto parsed = checklists::fromDraftJson(json.toUtf8());
    if (!parsed.ok())
        throw Refusal{tr("The stored draft of “%1” cannot be read: %2")
                          .arg(key, joinErrors(parsed.errors()))};
    return parsed.value();
}

struct ChecklistRow {
    qint64 id = 0;
    QString name;
    bool archived = false;
    std::optional<QString> draftJson;
    qint64 draftRevision = 0;
    int draftBasedOn = 0;
    qint64 draftUpdatedAt = 0;
    QString draftUpdatedBy;
};

std::optional<ChecklistRow> findChecklist(Database& db, const QString& key)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, name, archived, draft_json, draft_revision, "
                                         "draft_based_on, draft_updated_at, draft_updated_by "
                                         "FROM checklists WHERE checklist_key = ?"),
                          {key});
    if (!q.next())
        return std::nullopt;
    ChecklistRow row;
    row.id = q.value(0).toLongLong();
    row.name = q.value(1).toString();
    row.archived = q.value(2).toBool();
    if (!q.value(3).isNull())
        row.draftJson = q.value(3).toString();
    row.draftRevision = q.value(4).toLongLong();
    row.draftBasedOn = q.value(5).toInt();
    row.draftUpdatedAt = q.value(6).toLongLong();
    row.draftUpdatedBy = q.value(7).toString();
    return row;
}

int latestVersionNumber(Database& db, qint64 checklistId)
{
    return db
        .scalar(
            QStringLiteral("SELECT max(version) FROM checklist_versions WHERE checklist_id = ?"),
            {checklistId})
        .toInt();
}

ChecklistVersion readVersion(QSqlQuery& q)
{
    ChecklistVersion version;
    version.id = q.value(0).toLongLong();
    version.key = q.value(1).toString();
    version.version = q.value(2).toInt();
    version.checklist = parseStored(q.value(3).toString(), version.key);
    version.publishedAt = q.value(4).toLongLong();
    version.publishedBy = q.value(5).toString();
    return version;
}

const QString kVersionColumns = QStringLiteral(
    "SELECT v.id, c.checklist_key, v.version, v.content_json, v.published_at, v.published_by "
    "FROM checklist_versions v JOIN checklists c ON c.id = v.checklist_id ");

template <typename T, typename Body> Result<T> attempt(Body&& body)
{
    try {
        return body();
    } catch (const Refusal& refusal) {
        return Result<T>::failure(refusal.message);
    } catch (const DbError& error) {
        return Result<T>::failure(error.message());
    }
}

} // namespace

ChecklistStore::ChecklistStore(Workspace& workspace, Actor actor)
    : m_workspace(workspace), m_actor(std::move(actor))
{
}

Result<QList<ChecklistSummary>> ChecklistStore::list(bool includeArchived)
{
    if (const Status allowed = authorize(m_actor, Action::ReadChecklists); !allowed)
        return Result<QList<ChecklistSummary>>::failure(allowed.error());
    return attempt<QList<ChecklistSummary>>([&] {
        QList<ChecklistSummary> out;
        QSqlQuery q = m_workspace.db().exec(
            QStringLiteral("SELECT c.id, c.checklist_key, c.name, c.archived, "
                           "c.draft_json IS NOT NULL, "
                           "(SELECT max(v.version) FROM checklist_versions v "
                           " WHERE v.checklist_id = c.id) "
                           "FROM checklists c ORDER BY c.name, c.checklist_key"));
        while (q.next()) {
            ChecklistSummary summary;
            summary.id = q.value(0).toLongLong();
            summary.key = q.value(1).toString();
            summary.name = q.value(2).toString();
            summary.archived = q.value(3).toBool();
            summary.hasDraft = q.value(4).toBool();
            summary.latestVersion = q.value(5).toInt();
            if (includeArchived || !summary.archived)
                out << summary;
        }
        return out;
    });
}

Result<qint64> ChecklistStore::importDraft(const QByteArray& json)
{
    const auto parsed = checklists::fromJson(json);
    if (!parsed.ok())
        return Result<qint64>::failure(joinErrors(parsed.errors()));
    return saveDraft(parsed.value());
}

Result<qint64> ChecklistStore::saveDraft(const checklists::Checklist& checklist,
                                         std::optional<qint64> expectedRevision)
{
    if (const Status allowed = authorize(m_actor, Action::ManageChecklists); !allowed)
        return Result<qint64>::failure(allowed.error());
    if (checklist.key.trimmed().isEmpty())
        return Result<qint64>::failure(tr("A checklist needs a key before it can be saved."));
    Database& db = m_workspace.db();
    qint64 revision = 0;
    const auto result = attempt<bool>([&] {
        const Status status = db.transact([&] {
            const qint64 now = m_workspace.now();
            const QString json = QString::fromUtf8(checklists::toJson(checklist));
            auto row = findChecklist(db, checklist.key);
            if (!row) {
                const qint64 id = db.insert(
                    QStringLiteral("INSERT INTO checklists (checklist_key, name, draft_json, "
                                   "draft_revision, draft_based_on, draft_updated_at, "
                                   "draft_updated_by, created_at) VALUES (?, ?, ?, 1, 0, ?, ?, ?) "
                                   "RETURNING id"),
                    {checklist.key, checklist.name, json, now, m_actor.login, now});
                revision = 1;
                appendAudit(db, now,
                            {m_actor.login, QStringLiteral("checklist.create"),
                             QStringLiteral("checklist"), QString::number(id),
                             QJsonObject{{QStringLiteral("key"), checklist.key}}});
                return;
            }
            if (expectedRevision && *expectedRevision != row->draftRevision)
                throw Refusal{tr("The draft of “%1” was saved by %2 after you opened it. Reload "
                                 "it before saving.")
                                  .arg(checklist.key, row->draftUpdatedBy)};
            revision = row->draftRevision + 1;
            const int basedOn =
                row->draftJson ? row->draftBasedOn : latestVersionNumber(db, row->id);
            db.exec(QStringLiteral("UPDATE checklists SET name = ?, draft_json = ?, "
                                   "draft_revision = ?, draft_based_on = ?, draft_updated_at = ?, "
                                   "draft_updated_by = ? WHERE id = ?"),
                    {checklist.name, json, revision, basedOn, now, m_actor.login, row->id});
            appendAudit(db, now,
                        {m_actor.login, QStringLiteral("checklist.draft.save"),
                         QStringLiteral("checklist"), QString::number(row->id),
                         QJsonObject{{QStringLiteral("key"), checklist.key},
                                     {QStringLiteral("revision"), revision}}});
        });
        if (!status)
            throw Refusal{status.error()};
        return true;
    });
    if (!result)
        return Result<qint64>::failure(result.error());
    return revision;
}

Result<ChecklistDraft> ChecklistStore::draft(const QString& key)
{
    if (const Status allowed = authorize(m_actor, Action::ManageChecklists); !allowed)
        return Result<ChecklistDraft>::failure(allowed.error());
    return attempt<ChecklistDraft>([&] {
        Database& db = m_workspace.db();
        const auto row = findChecklist(db, key);
        if (!row)
            throw Refusal{tr("There is no checklist “%1”.").arg(key)};
        ChecklistDraft draft;
        draft.revision = row->draftRevision;
        if (row->draftJson) {
            draft.checklist = parseDraft(*row->draftJson, key);
            draft.updatedAt = row->draftUpdatedAt;
            draft.updatedBy = row->draftUpdatedBy;
            draft.basedOnVersion = row->draftBasedOn;
            return draft;
        }
        const Result<ChecklistVersion> latest = version(key);
        if (!latest)
            throw Refusal{latest.error()};
        draft.checklist = latest->checklist;
        draft.basedOnVersion = latest->version;
        return draft;
    });
}

Status ChecklistStore::discardDraft(const QString& key)
{
    if (const Status allowed = authorize(m_actor, Action::ManageChecklists); !allowed)
        return allowed;
    Database& db = m_workspace.db();
    return transactRefusable(db, [&] {
        const auto row = findChecklist(db, key);
        if (!row)
            throw Refusal{tr("There is no checklist “%1”.").arg(key)};
        if (!row->draftJson)
            return;
        if (latestVersionNumber(db, row->id) == 0)
            throw Refusal{tr("“%1” has never been published; its draft is all there is.").arg(key)};
        db.exec(QStringLiteral("UPDATE checklists SET draft_json = NULL, draft_revision = ? "
                               "WHERE id = ?"),
                {row->draftRevision + 1, row->id});
        appendAudit(db, m_workspace.now(),
                    {m_actor.login, QStringLiteral("checklist.draft.discard"),
                     QStringLiteral("checklist"), QString::number(row->id),
                     QJsonObject{{QStringLiteral("key"), key}}});
    });
}

Result<ChecklistVersion> ChecklistStore::publish(const QString& key,
                                                 std::optional<qint64> expectedRevision)
{
    if (const Status allowed = authorize(m_actor, Action::ManageChecklists); !allowed)
        return Result<ChecklistVersion>::failure(allowed.error());
    Database& db = m_workspace.db();
    ChecklistVersion published;
    const Status status = transactRefusable(db, [&] {
        const auto row = findChecklist(db, key);
        if (!row)
            throw Refusal{tr("There is no checklist “%1”.").arg(key)};
        const int latest = latestVersionNumber(db, row->id);
        if (!row->draftJson)
            throw Refusal{latest > 0
                              ? tr("“%1” has no unpublished draft; its latest version is %2.")
                                    .arg(key)
                                    .arg(latest)
                              : tr("“%1” has no draft to publish.").arg(key)};
        if (expectedRevision && *expectedRevision != row->draftRevision)
            throw Refusal{tr("The draft of “%1” was changed by %2 after you opened it. "
                             "Review the changes before publishing.")
                              .arg(key, row->draftUpdatedBy)};
        auto parsed = checklists::fromJson(row->draftJson->toUtf8());
        if (!parsed.ok())
            throw Refusal{tr("The draft of “%1” cannot be published:\n%2")
                              .arg(key, joinErrors(parsed.errors()))};
        const qint64 now = m_workspace.now();
        published.key = key;
        published.version = latest + 1;
        published.checklist = parsed.value();
        published.publishedAt = now;
        published.publishedBy = m_actor.login;
        published.id = db.insert(
            QStringLiteral("INSERT INTO checklist_versions (checklist_id, version, name, "
                           "content_json, published_at, published_by) VALUES (?, ?, ?, ?, ?, "
                           "?) RETURNING id"),
            {row->id, published.version, published.checklist.name,
             QString::fromUtf8(checklists::toJson(published.checklist)), now, m_actor.login});
        db.exec(QStringLiteral("UPDATE checklists SET draft_json = NULL, draft_revision = ?, "
                               "name = ? WHERE id = ?"),
                {row->draftRevision + 1, published.checklist.name, row->id});
        appendAudit(db, now,
                    {m_actor.login, QStringLiteral("checklist.publish"),
                     QStringLiteral("checklist"), QString::number(row->id),
                     QJsonObject{{QStringLiteral("key"), key},
                                 {QStringLiteral("version"), published.version},
                                 {QStringLiteral("version_id"), published.id}}});
    });
    if (!status)
        return Result<ChecklistVersion>::failure(status.error());
    return published;
}

Status ChecklistStore::setArchived(const QString& key, bool archived)
{
    if (const Status allowed = authorize(m_actor, Action::ManageChecklists); !allowed)
        return allowed;
    Database& db = m_workspace.db();
    return transactRefusable(db, [&] {
        const auto row = findChecklist(db, key);
        if (!row)
            throw Refusal{tr("There is no checklist “%1”.").arg(key)};
        if (row->archived == archived)
            return;
        db.exec(QStringLiteral("UPDATE checklists SET archived = ? WHERE id = ?"),
                {archived, row->id});
        appendAudit(
            db, m_workspace.now(),
            {m_actor.login,
             archived ? QStringLiteral("checklist.archive") : QStringLiteral("checklist.unarchive"),
             QStringLiteral("checklist"), QString::number(row->id),
             QJsonObject{{QStringLiteral("key"), key}}});
    });
}

Result<ChecklistVersion> ChecklistStore::version(const QString& key, int version)
{
    if (const Status allowed = authorize(m_actor, Action::ReadChecklists); !allowed)
        return Result<ChecklistVersion>::failure(allowed.error());
    return attempt<ChecklistVersion>([&] {
        QSqlQuery q = version > 0
                          ? m_workspace.db().exec(
                                kVersionColumns % QStringLiteral("WHERE c.checklist_key = ? AND "
                                                                 "v.version = ?"),
                                {key, version})
                          : m_workspace.db().exec(
                                kVersionColumns % QStringLiteral("WHERE c.checklist_key = ? "
                                                                 "ORDER BY v.version DESC LIMIT 1"),
                                {key});
        if (!q.next())
            throw Refusal{version > 0
                              ? tr("Checklist “%1” has no version %2.").arg(key).arg(version)
                              : tr("Checklist “%1” has no published version.").arg(key)};
        return readVersion(q);
    });
}

Result<ChecklistVersion> ChecklistStore::versionById(qint64 versionId)
{
    if (const Status allowed = authorize(m_actor, Action::ReadChecklists); !allowed)
        return Result<ChecklistVersion>::failure(allowed.error());
    return attempt<ChecklistVersion>([&] {
        QSqlQuery q =
            m_workspace.db().exec(kVersionColumns % QStringLiteral("WHERE v.id = ?"), {versionId});
        if (!q.next())
            throw Refusal{tr("There is no checklist version with id %1.").arg(versionId)};
        return readVersion(q);
    });
}

} // namespace callqa::review
