#include "app/gui/calibration/calibrationreportview.h"

#include "app/gui/calibration/coefficientbardelegate.h"
#include "app/gui/calibration/itemagreementmodel.h"
#include "review/calibration/agreementband.h"
#include "review/calls/callreference.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace callqa::app {

namespace {

QString describe(const review::Estimate& e, const QLocale& locale)
{
    if (!e.value)
        return CalibrationReportView::tr("undefined (%1)").arg(e.reason);
    QString text = locale.toString(*e.value, 'f', 3);
    if (e.ci95)
        text += QStringLiteral(" [%1, %2]")
                    .arg(locale.toString(e.ci95->lower, 'f', 3),
                         locale.toString(e.ci95->upper, 'f', 3));
    return text;
}

} // namespace

CalibrationReportView::CalibrationReportView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_overall(new QLabel(this)),
      m_table(new QTableView(this)), m_items(new ItemAgreementModel(this)),
      m_chart(new QChartView(this)), m_agenda(new QTreeWidget(this))
{
    m_title->setWordWrap(true);
    m_overall->setWordWrap(true);
    m_overall->setTextFormat(Qt::PlainText);
    m_table->setModel(m_items);
    m_table->setItemDelegate(new CoefficientBarDelegate(m_table));
    m_table->verticalHeader()->hide();
    // Coefficient columns share one width, wide enough for a readable bar.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column = ItemAgreementModel::Agreement; column < ItemAgreementModel::ColumnCount;
         ++column) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, 130);
    }
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);
    m_agenda->setHeaderLabels({tr("Call / item"), tr("Disagreement")});
    m_agenda->setRootIsDecorated(true);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_chart);
    lower->addWidget(m_agenda);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_overall);
}

void CalibrationReportView::setReport(const review::CalibrationSession& s,
                                      const review::CalibrationReport& report)
{
    const QLocale locale;
    m_title->setText(
        tr("<b>%1</b> — %2 v%3, %4, %5, %6 reviewer(s), %7 call(s). N/A is a category of its own "
           "in agreement, kappa and nominal alpha, missing data in ordinal and interval alpha.")
            .arg(s.name.toHtmlEscaped(), s.checklistKey.toHtmlEscaped())
            .arg(s.checklistVersion)
            .arg(s.blind ? tr("blind") : tr("open mode"), s.closed ? tr("closed") : tr("open"))
            .arg(s.participants.size())
            .arg(s.callIds.size()));
    m_items->setItems(report.items);
    m_overall->setText(
        tr("Overall score, %1 call(s) every reviewer scored — ICC(1,1) %2 · "
           "ICC(2,1) %3 · ICC(3,1) %4 · interval alpha over every call %5")
            .arg(report.icc.calls)
            .arg(describe(report.icc.icc1, locale), describe(report.icc.icc2, locale),
                 describe(report.icc.icc3, locale), describe(report.overallAlphaInterval, locale)));

    auto* chart = new QChart;
    chart->setTitle(s.expert.isEmpty()
                        ? tr("Bias against the others' mean (score points)")
                        : tr("Bias against the expert %1 (score points)").arg(s.expert));
    chart->legend()->hide();
    m_bias = new QBarSet(tr("Bias"));
    QStringList names;
    double extent = 1;
    // A horizontal bar chart draws its first category at the bottom: reversed, the reviewers
    // read top to bottom in the report's order.
    for (auto r = report.reviewers.crbegin(); r != report.reviewers.crend(); ++r) {
        const double bias = r->agreement.bias.value.value_or(0.0);
        *m_bias << bias;
        extent = std::max(extent, std::fabs(bias));
        names << (r->expert ? tr("%1 (expert)").arg(r->login) : r->login);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(m_bias);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(-std::ceil(extent), std::ceil(extent));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    // setChart() hands the previous chart back to us.
    const std::unique_ptr<QChart> previous(m_chart->chart());
    m_chart->setChart(chart);

    m_agenda->clear();
    for (const review::CallRow& c : report.calls) {
        QString spread = tr("%1 score(s)").arg(c.spread.scores);
        if (c.spread.min && c.spread.max)
            spread += tr(", %1 to %2")
                          .arg(locale.toString(*c.spread.min, 'f', 1),
                               locale.toString(*c.spread.max, 'f', 1));
        auto* call =
            new QTreeWidgetItem(m_agenda, {review::describeCall({c.callId, c.externalId}), spread});
        for (const review::AgendaEntry& entry : c.agenda)
            new QTreeWidgetItem(
                call, {entry.itemKey,
                       tr("%1 of pairs differ").arg(locale.toString(entry.disagreement, 'f', 2))});
    }
    m_agenda->expandAll();
    m_agenda->resizeColumnToContents(0);
}

QList<double> CalibrationReportView::biasBars() const
{
    QList<double> bars;
    if (m_bias) {
        for (int i = m_bias->count() - 1; i >= 0; --i)
            bars << m_bias->at(i);
    }
    return bars;
}

} // namespace callqa::app
