#pragma once

#include "review/queues/myqueue.h"

#include <QAbstractTableModel>

namespace callqa::app {

// The signed-in reviewer's queue items as a table; Qt::UserRole of any cell is the call's id.
class MyQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Queue, Call, State, Stratum, ColumnCount };
    static constexpr int CallIdRole = Qt::UserRole;

    explicit MyQueueModel(QObject* parent = nullptr);
    void setEntries(QList<review::MyQueueEntry> entries);
    // The row of the item, or -1.
    int rowOfItem(qint64 itemId) const;
    qint64 itemIdAt(int row) const; // 0 outside the rows

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<review::MyQueueEntry> m_entries;
};

// "to do", "in progress", "done" in the user's language.
QString itemStateText(const QString& state);

} // namespace callqa::app
