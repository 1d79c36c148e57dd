#include "app/gui/calibration/itemagreementmodel.h"

#include "review/calibration/agreementband.h"

#include <cmath>

namespace callqa::app {

namespace {

// Rounded first, so a kappa of -1e-17 reads 0.000, not -0.000.
double rounded(double value)
{
    const double r = std::round(value * 1000) / 1000;
    return r == 0 ? 0.0 : r;
}

} // namespace

ItemAgreementModel::ItemAgreementModel(QObject* parent) : QAbstractTableModel(parent) {}

void ItemAgreementModel::setItems(QList<review::ItemAgreementRow> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int ItemAgreementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemAgreementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const review::Estimate* ItemAgreementModel::estimateAt(const review::ItemAgreementRow& row,
                                                       int column) const
{
    const auto alpha = [&](review::Level level) -> const review::Estimate* {
        for (const auto& [l, e] : row.alpha) {
            if (l == level)
                return &e;
        }
        return nullptr;
    };
    switch (column) {
    case Agreement:
        return &row.percentAgreement;
    case Kappa:
        return &row.fleiss.kappa;
    case AlphaNominal:
        return alpha(review::Level::Nominal);
    case AlphaOrdinal:
        return alpha(review::Level::Ordinal);
    case AlphaInterval:
        return alpha(review::Level::ConfidenceInterval);
    default:
        return nullptr;
    }
}

QVariant ItemAgreementModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const review::ItemAgreementRow& row = m_items.at(index.row());
    if (index.column() == Item) {
        if (role == Qt::DisplayRole)
            return row.key;
        if (role == Qt::ToolTipRole)
            return row.type;
        return {};
    }
    if (index.column() == Ratings) {
        if (role == Qt::DisplayRole)
            return m_locale.toString(row.ratings);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const review::Estimate* e = estimateAt(row, index.column());
    if (!e)
        return role == Qt::ToolTipRole ? tr("Only scale items have ordinal and interval alpha.")
                                       : QVariant();
    switch (role) {
    case Qt::DisplayRole: {
        if (!e->value)
            return QStringLiteral("—");
        QString text = m_locale.toString(rounded(*e->value), 'f', 3);
        if (index.column() == Kappa)
            text += QStringLiteral(" (%1)").arg(m_locale.toString(row.fleiss.calls));
        return text;
    }
    case Qt::ToolTipRole: {
        if (!e->value)
            return tr("Undefined: %1").arg(e->reason);
        QString tip =
            index.column() == Agreement ? QString() : review::agreementBand(rounded(*e->value));
        if (index.column() == Kappa)
            tip += tr(", over the %1 call(s) every reviewer rated").arg(row.fleiss.calls);
        if (e->ci95)
            tip += tr(" — 95 % interval %1 to %2")
                       .arg(m_locale.toString(e->ci95->lower, 'f', 3),
                            m_locale.toString(e->ci95->upper, 'f', 3));
        return tip;
    }
    case CoefficientRole:
        return e->value ? QVariant(*e->value) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ItemAgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Item");
    case Ratings:
        return tr("Ratings");
    case Agreement:
        return tr("Agreement");
    case Kappa:
        return tr("Fleiss' κ (calls)");
    case AlphaNominal:
        return tr("α nominal");
    case AlphaOrdinal:
        return tr("α ordinal");
    case AlphaInterval:
        return tr("α interval");
    default:
        return {};
    }
}

} // namespace callqa::app
