#pragma once

#include "review/calibration/drift.h"

#include <QWidget>

class QChartView;

namespace callqa::app {

// Each reviewer's bias per month as a line (Qt Charts), a dashed zero line, and the reviewers
// whose trend exceeds the threshold named in the legend as flagged.
class DriftChartView : public QWidget {
    Q_OBJECT
public:
    explicit DriftChartView(QWidget* parent = nullptr);
    void setDrift(const QList<review::ReviewerDrift>& drift);

    // For tests: the legend's names, one per reviewer, in order.
    QStringList seriesNames() const;

private:
    QChartView* m_view;
};

} // namespace callqa::app
