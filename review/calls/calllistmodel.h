#pragma once

#include "review/calls/calllibrary.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace callqa::review {

// The call library as a table model (QtCore only, so tests and any view can use it).
class CallListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Started, Agent, Team, Duration, Direction, Queue, Score, File, ColumnCount };

    explicit CallListModel(QObject* parent = nullptr);
    void setCalls(QList<CallSummary> calls);
    const CallSummary* callAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CallSummary> m_calls;
    QLocale m_locale;
};

// "1:05:09" or "4:07": durations the way a player shows them, digits in the locale's script.
QString formatDuration(qint64 ms, const QLocale& locale);

} // namespace callqa::review
