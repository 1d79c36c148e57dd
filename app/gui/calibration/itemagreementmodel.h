#pragma once

#include "review/calibration/calibrationreport.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace callqa::app {

// The report view's per-item table: one row per checklist item, one column per coefficient.
// An undefined coefficient shows a dash, its reason as the tooltip. CoefficientRole gives the
// bare number (or an invalid QVariant) for the bar delegate.
class ItemAgreementModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Item,
        Ratings,
        Agreement,
        Kappa,
        AlphaNominal,
        AlphaOrdinal,
        AlphaInterval,
        ColumnCount
    };
    static constexpr int CoefficientRole = Qt::UserRole + 1;

    explicit ItemAgreementModel(QObject* parent = nullptr);
    void setItems(QList<review::ItemAgreementRow> items);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const review::Estimate* estimateAt(const review::ItemAgreementRow& row, int column) const;

    QList<review::ItemAgreementRow> m_items;
    QLocale m_locale;
};

} // namespace callqa::app
