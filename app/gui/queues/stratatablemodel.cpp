#include "app/gui/queues/stratatablemodel.h"

namespace callqa::app {

StrataTableModel::StrataTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void StrataTableModel::setStrata(std::vector<review::StratumCount> strata)
{
    beginResetModel();
    m_strata = std::move(strata);
    m_locale = QLocale();
    endResetModel();
}

int StrataTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_strata.size());
}

int StrataTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StrataTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const review::StratumCount& s = m_strata[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Eligible ? QVariant(Qt::AlignTrailing | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeading | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Group:
        return m_names.readable(s.group);
    case Stratum:
        return m_names.readable(s.stratum);
    case Eligible:
        return m_locale.toString(s.eligible);
    case Allocated:
        return m_locale.toString(s.allocated);
    default:
        return {};
    }
}

QVariant StrataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return tr("Quota group");
    case Stratum:
        return tr("Stratum");
    case Eligible:
        return tr("Eligible");
    case Allocated:
        return tr("To draw");
    default:
        return {};
    }
}

} // namespace callqa::app
