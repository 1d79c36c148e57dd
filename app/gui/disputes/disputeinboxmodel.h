#pragma once

#include "review/disputes/disputeinbox.h"
#include "review/evaluations/evaluationstore.h"

#include <QAbstractTableModel>

#include <optional>

namespace callqa::app {

// The disputes of a supervisor's inbox, in inboxOrder: state, agent, evaluation, reason, age and
// the day of its window it was opened on. Qt::UserRole of any cell is the dispute's id.
class DisputeInboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { State, Agent, Evaluation, Reason, Age, Window, ColumnCount };
    static constexpr int DisputeIdRole = Qt::UserRole;

    struct Row {
        review::Dispute dispute;
        std::optional<review::EvaluationSummary> evaluation; // the disputed one
    };

    explicit DisputeInboxModel(QObject* parent = nullptr);
    void setRows(QList<Row> rows, qint64 nowMs, review::DisputeSettings settings);
    const Row* rowAt(int row) const;
    int rowOfDispute(qint64 disputeId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const Row& row, int column) const;

    QList<Row> m_rows;
    qint64 m_now = 0;
    review::DisputeSettings m_settings;
};

// "3 days", "5 hours", "12 minutes": how long ago, in the user's language.
QString ageText(qint64 ms);

} // namespace callqa::app
