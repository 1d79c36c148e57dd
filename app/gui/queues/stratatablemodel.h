#pragma once

#include "review/queues/draw.h"
#include "review/queues/placenames.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <vector>

namespace callqa::app {

// The queue wizard's live count: per quota group and stratum, the eligible calls and how many
// the quota gives it.
class StrataTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Group, Stratum, Eligible, Allocated, ColumnCount };

    explicit StrataTableModel(QObject* parent = nullptr);
    void setStrata(std::vector<review::StratumCount> strata);
    void setPlaceNames(review::PlaceNames names) { m_names = std::move(names); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<review::StratumCount> m_strata;
    QLocale m_locale;
    review::PlaceNames m_names;
};

} // namespace callqa::app
