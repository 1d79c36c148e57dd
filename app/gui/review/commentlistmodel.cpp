#include "app/gui/review/commentlistmodel.h"

#include "review/calls/calllistmodel.h"

#include <QLocale>

namespace callqa::app {

CommentListModel::CommentListModel(QObject* parent) : QAbstractListModel(parent) {}

void CommentListModel::setComments(QList<review::ReviewComment> comments)
{
    beginResetModel();
    m_comments = std::move(comments);
    endResetModel();
}

void CommentListModel::setItemNames(QHash<QString, QString> names)
{
    m_itemNames = std::move(names);
    if (!m_comments.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_comments.size()) - 1));
}

int CommentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

QVariant CommentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_comments.size())
        return {};
    const review::ReviewComment& comment = m_comments.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString at = review::formatDuration(comment.atMs, QLocale());
        if (comment.itemKey.isEmpty())
            return tr("%1  %2: %3").arg(at, comment.author, comment.body);
        return tr("%1  %2 on “%3”: %4")
            .arg(at, comment.author, m_itemNames.value(comment.itemKey, comment.itemKey),
                 comment.body);
    }
    case Qt::ToolTipRole:
        return comment.body;
    case CommentIdRole:
        return comment.id;
    case AtMsRole:
        return comment.atMs;
    case AuthorRole:
        return comment.author;
    default:
        return {};
    }
}

} // namespace callqa::app
