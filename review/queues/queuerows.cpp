#include "review/queues/queuerows.h"

#include "review/auth/refusal.h"
#include "review/storage/dialect.h"
#include "review/textfold.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::QueueStore", text);
}

} // namespace

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The reviewers named for a queue, with their own agent link and their open items.
std::vector<ReviewerSlot> reviewerSlots(Database& db, const QStringList& logins)
{
    std::vector<ReviewerSlot> slots;
    for (const QString& login : logins) {
        QSqlQuery user = db.exec(
            QStringLiteral("SELECT u.login, u.agent_id FROM users u WHERE u.login_folded = ? AND "
                           "u.active = TRUE AND EXISTS (SELECT 1 FROM user_roles r WHERE "
                           "r.user_id = u.id AND r.role IN ('reviewer', 'supervisor'))"),
            {foldForSearch(login)});
        if (!user.next())
            throw Refusal{tr("%1 is not an active reviewer or supervisor of this workspace, so "
                             "no queue items can go to them.")
                              .arg(login)};
        ReviewerSlot slot{user.value(0).toString(), user.value(1).toLongLong(), 0};
        slot.openItems =
            db.scalar(QStringLiteral("SELECT count(*) FROM review_queue_items i JOIN "
                                     "review_queues q ON q.id = i.queue_id WHERE q.state = 'open' "
                                     "AND i.assignee = ? AND i.state IN ('todo', 'in_progress')"),
                      {slot.login})
                .toLongLong();
        slots.push_back(slot);
    }
    return slots;
}

// Multi-row INSERTs: a statement per row costs a server round trip each.
void insertRows(Database& db, const QString& head, int columns, const QVariantList& values)
{
    constexpr int kRowsPerStatement = 200;
    const QString row = QLatin1Char('(') +
                        QStringList(columns, QStringLiteral("?")).join(QStringLiteral(", ")) +
                        QLatin1Char(')');
    for (qsizetype start = 0; start < values.size(); start += columns * kRowsPerStatement) {
        const QVariantList chunk = values.mid(start, columns * kRowsPerStatement);
        db.exec(head + QStringList(chunk.size() / columns, row).join(QStringLiteral(", ")), chunk);
    }
}

QVariant nullable(qint64 value)
{
    return value == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

// Locks the chosen row and passes over rows other transactions hold (PostgreSQL); SQLite's
// single writer needs no lock.
QString skipLocked(Backend backend)
{
    const QString lock = dialect::forUpdateOf(backend, QStringLiteral("i"));
    return lock.isEmpty() ? lock : lock + QStringLiteral(" SKIP LOCKED");
}

} // namespace callqa::review
