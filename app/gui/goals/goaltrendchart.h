#pragma once

#include "review/goals/goalprogress.h"

#include <QWidget>

class QChartView;

namespace callqa::app {

// A goal's weekly series (Qt Charts): the weeks of the baseline window and those since, the
// target as a dashed line from start to deadline, and a mark where each adjusted version took
// over.
class GoalTrendChart : public QWidget {
    Q_OBJECT
public:
    explicit GoalTrendChart(QWidget* parent = nullptr);
    void setProgress(const review::GoalProgress& progress);
    void clear();

    // For tests: the chart's series names and their point counts, in order.
    QStringList seriesNames() const;
    QList<int> seriesPointCounts() const;

private:
    QChartView* m_view;
};

} // namespace callqa::app
