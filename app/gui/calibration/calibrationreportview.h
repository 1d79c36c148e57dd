#pragma once

#include "review/calibration/calibrationreport.h"
#include "review/calibration/calibrationsession.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTreeWidget;

class QChartView;
class QBarSet;

namespace callqa::app {

class ItemAgreementModel;

// A calibration session's report: the per-item table with coefficient bars, the overall score's
// coefficients, the reviewers' bias against the expert (or the others) as a bar chart, and the
// meeting's agenda (per call, the items most disagreed on). It shows what it is given; reading
// the report (and blind mode) is CalibrationStore's business.
class CalibrationReportView : public QWidget {
    Q_OBJECT
public:
    explicit CalibrationReportView(QWidget* parent = nullptr);
    void setReport(const review::CalibrationSession& session,
                   const review::CalibrationReport& report);

    // For tests: the bias bars, in the report's reviewer order (0 for a reviewer without one).
    QList<double> biasBars() const;
    const ItemAgreementModel* itemModel() const { return m_items; }
    QTreeWidget* agenda() const { return m_agenda; }

private:
    QLabel* m_title;
    QLabel* m_overall;
    QTableView* m_table;
    ItemAgreementModel* m_items;
    QChartView* m_chart;
    QBarSet* m_bias = nullptr;
    QTreeWidget* m_agenda;
};

} // namespace callqa::app
