#pragma once
// The checklist being scored as a tree: sections, each with its items and their answers. Every
// change rescores with the scoring engine, so section and overall scores and critical fails are
// live; a submit attempt flags the unanswered items.

#include "checklists/answerset.h"
#include "checklists/checklist.h"
#include "checklists/scoreresult.h"

#include <QAbstractItemModel>
#include <QSet>

namespace callqa::app {

class ReviewFormModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { PromptColumn, AnswerColumn, ColumnCount };
    enum Role { ItemKeyRole = Qt::UserRole + 1, IsSectionRole, FlaggedRole, CriticalFailRole };

    explicit ReviewFormModel(QObject* parent = nullptr);

    void setChecklist(checklists::Checklist checklist, checklists::AnswerSet answers);
    const checklists::Checklist& checklist() const { return m_checklist; }
    const checklists::AnswerSet& answers() const { return m_answers; }
    const checklists::ScoreResult& score() const { return m_score; }

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    // False (nothing changes) when read-only or the key names no item.
    bool setAnswer(const QString& itemKey, const checklists::Answer& answer);
    // Marks the unanswered items and returns the first one's key; empty when complete.
    QString flagUnanswered();

    QModelIndex indexOfItem(const QString& itemKey, int column = PromptColumn) const;
    const checklists::Item* itemAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void answersChanged();

private:
    QVariant sectionData(int section, int column, int role) const;
    QVariant itemData(int section, int item, int column, int role) const;
    void rescore();

    checklists::Checklist m_checklist;
    checklists::AnswerSet m_answers;
    checklists::ScoreResult m_score;
    QSet<QString> m_flagged;
    bool m_readOnly = false;
};

// "87 %" in the user's locale; "–" when the score does not count.
QString formatPercent(const std::optional<double>& percent);

} // namespace callqa::app
