#include "app/gui/review/reviewformmodel.h"

#include "checklists/answerchoices.h"
#include "checklists/scoring.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace callqa::app {

namespace {

// Internal ids: 0 for a section row, section + 1 for the items under it.
constexpr quintptr kSectionRow = 0;

} // namespace

QString formatPercent(const std::optional<double>& percent)
{
    if (!percent)
        return QStringLiteral("–");
    return QLocale().toString(*percent, 'f', 0) + QLocale().percent();
}

ReviewFormModel::ReviewFormModel(QObject* parent) : QAbstractItemModel(parent) {}

void ReviewFormModel::setChecklist(checklists::Checklist checklist, checklists::AnswerSet answers)
{
    beginResetModel();
    m_checklist = std::move(checklist);
    m_answers = std::move(answers);
    m_flagged.clear();
    m_score = checklists::score(m_checklist, m_answers);
    endResetModel();
}

bool ReviewFormModel::setAnswer(const QString& itemKey, const checklists::Answer& answer)
{
    const QModelIndex at = indexOfItem(itemKey);
    if (m_readOnly || !at.isValid() || m_answers.answer(itemKey) == answer)
        return false;
    m_answers.set(itemKey, answer);
    if (answer.isAnswered())
        m_flagged.remove(itemKey);
    rescore();
    Q_EMIT answersChanged();
    return true;
}

QString ReviewFormModel::flagUnanswered()
{
    m_flagged = QSet<QString>(m_score.unanswered.begin(), m_score.unanswered.end());
    for (const checklists::InvalidAnswer& invalid : m_score.invalidAnswers)
        m_flagged.insert(invalid.itemKey);
    rescore();
    for (const checklists::Section& section : m_checklist.sections)
        for (const checklists::Item& item : section.items)
            if (m_flagged.contains(item.key))
                return item.key;
    return {};
}

void ReviewFormModel::rescore()
{
    m_score = checklists::score(m_checklist, m_answers);
    // Scores of every section and every answer's critical mark may change with one answer.
    for (int s = 0; s < m_checklist.sections.size(); ++s) {
        const QModelIndex section = index(s, 0);
        Q_EMIT dataChanged(section, index(s, ColumnCount - 1));
        const int items = rowCount(section);
        if (items > 0)
            Q_EMIT dataChanged(index(0, 0, section), index(items - 1, ColumnCount - 1, section));
    }
}

QModelIndex ReviewFormModel::indexOfItem(const QString& itemKey, int column) const
{
    for (int s = 0; s < m_checklist.sections.size(); ++s) {
        const QList<checklists::Item>& items = m_checklist.sections.at(s).items;
        for (int i = 0; i < items.size(); ++i)
            if (items.at(i).key == itemKey)
                return createIndex(i, column, quintptr(s + 1));
    }
    return {};
}

const checklists::Item* ReviewFormModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kSectionRow)
        return nullptr;
    return &m_checklist.sections.at(int(index.internalId() - 1)).items.at(index.row());
}

QModelIndex ReviewFormModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSectionRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ReviewFormModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kSectionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionRow);
}

int ReviewFormModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_checklist.sections.size());
    if (parent.internalId() != kSectionRow || parent.column() != 0)
        return 0;
    return int(m_checklist.sections.at(parent.row()).items.size());
}

int ReviewFormModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ReviewFormModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kSectionRow)
        return sectionData(index.row(), index.column(), role);
    return itemData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant ReviewFormModel::sectionData(int s, int column, int role) const
{
    const checklists::Section& section = m_checklist.sections.at(s);
    const checklists::SectionScore* score =
        s < m_score.sections.size() ? &m_score.sections.at(s) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (column == PromptColumn)
            return section.title;
        if (score && score->criticalFail)
            return tr("critical fail: %1").arg(formatPercent(0.0));
        return formatPercent(score ? score->percent : std::nullopt);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (score && score->criticalFail)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case IsSectionRole:
        return true;
    case CriticalFailRole:
        return score && score->criticalFail;
    default:
        return {};
    }
}

QVariant ReviewFormModel::itemData(int s, int i, int column, int role) const
{
    const checklists::Item& item = m_checklist.sections.at(s).items.at(i);
    const bool failed = m_score.failedCriticalItems.contains(item.key);
    const bool flagged = m_flagged.contains(item.key);
    switch (role) {
    case Qt::DisplayRole:
        if (column == PromptColumn)
            return item.critical == checklists::Critical::None
                       ? item.prompt
                       : tr("%1 (critical)").arg(item.prompt);
        if (failed)
            return tr("%1: critical fail")
                .arg(checklists::describeAnswer(item, m_answers.answer(item.key)));
        if (flagged)
            return tr("not answered");
        return checklists::describeAnswer(item, m_answers.answer(item.key));
    case Qt::ToolTipRole:
        return item.guidance.isEmpty() ? QVariant() : QVariant(item.guidance);
    case Qt::ForegroundRole:
        if (failed || flagged)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::BackgroundRole:
        if (flagged)
            return QBrush(QColor(0xfb, 0xe3, 0xe3));
        return {};
    case ItemKeyRole:
        return item.key;
    case IsSectionRole:
        return false;
    case FlaggedRole:
        return flagged;
    case CriticalFailRole:
        return failed;
    default:
        return {};
    }
}

QVariant ReviewFormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == PromptColumn ? tr("Item") : tr("Answer");
}

} // namespace callqa::app
