#pragma once

#include "review/disputes/disputerules.h"
#include "review/evaluations/evaluationstore.h"

#include <QAbstractTableModel>

#include <optional>

namespace callqa::app {

// An agent's evaluations: when, which call, score, verdict, acknowledged or not, and the state of
// its dispute, if any. Qt::UserRole of any cell is the evaluation's id.
class MyEvaluationsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Submitted, Call, Score, Verdict, Acknowledged, Dispute, ColumnCount };
    static constexpr int EvaluationIdRole = Qt::UserRole;

    struct Row {
        review::EvaluationSummary evaluation;
        std::optional<review::DisputeState> dispute;
    };

    explicit MyEvaluationsModel(QObject* parent = nullptr);
    void setRows(QList<Row> rows);
    const Row* rowAt(int row) const;
    int rowOfEvaluation(qint64 evaluationId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
};

// "open", "accepted", ... in the user's language.
QString disputeStateText(review::DisputeState state);

} // namespace callqa::app
