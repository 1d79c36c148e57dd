#pragma once

#include "review/coaching/coachingstore.h"

#include <QAbstractTableModel>

namespace callqa::app {

// A coaching session's action items: title (a check box: done), owner, due date, done on; the
// overdue ones in red. Checking one asks the store (through itemChecked); nothing is unchecked.
class ActionItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Owner, Due, Done, ColumnCount };

    explicit ActionItemsModel(QObject* parent = nullptr);
    void setItems(QList<review::ActionItem> items, qint64 nowMs);
    const review::ActionItem* itemAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QColor overdueColor();

Q_SIGNALS:
    void itemChecked(qint64 itemId);

private:
    QList<review::ActionItem> m_items;
    qint64 m_now = 0;
};

} // namespace callqa::app
