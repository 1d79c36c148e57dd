#pragma once

#include "review/evaluations/reviewcomments.h"

#include <QAbstractListModel>

namespace callqa::app {

// The comments of the call under review, in call order: time, author, item, text.
class CommentListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { CommentIdRole = Qt::UserRole + 1, AtMsRole, AuthorRole };

    explicit CommentListModel(QObject* parent = nullptr);

    void setComments(QList<review::ReviewComment> comments);
    const QList<review::ReviewComment>& comments() const { return m_comments; }
    // How an item key reads in the list (its prompt); the key itself when not set.
    void setItemNames(QHash<QString, QString> names);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<review::ReviewComment> m_comments;
    QHash<QString, QString> m_itemNames;
};

} // namespace callqa::app
