#include "app/gui/calibration/driftchartview.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace callqa::app {

namespace {

qint64 monthStartMs(const QString& month)
{
    const QDate date = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

DriftChartView::DriftChartView(QWidget* parent) : QWidget(parent), m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void DriftChartView::setDrift(const QList<review::ReviewerDrift>& drift)
{
    const QLocale locale;
    auto* chart = new QChart;
    chart->setTitle(tr("Bias per month (score points)"));
    auto* months = new QDateTimeAxis;
    months->setFormat(QStringLiteral("yyyy-MM"));
    months->setTitleText(tr("Month"));
    auto* bias = new QValueAxis;
    bias->setTitleText(tr("Bias"));
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(bias, Qt::AlignLeft);
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    double extent = 1;
    for (const review::ReviewerDrift& d : drift) {
        auto* line = new QLineSeries;
        QString name = d.reviewer;
        if (d.trendPerMonth.value)
            name += tr(" (%1 per month)").arg(locale.toString(*d.trendPerMonth.value, 'f', 1));
        if (d.flagged)
            name += tr(" — flagged");
        line->setName(name);
        line->setPointsVisible(true);
        for (const review::DriftPoint& p : d.months) {
            const qint64 at = monthStartMs(p.month);
            line->append(double(at), p.bias);
            first = std::min(first, at);
            last = std::max(last, at);
            extent = std::max(extent, std::fabs(p.bias));
        }
        chart->addSeries(line);
        line->attachAxis(months);
        line->attachAxis(bias);
        if (d.flagged) {
            QPen pen = line->pen();
            pen.setWidth(3);
            line->setPen(pen);
        }
    }
    if (first <= last) {
        // A month either side, so a single month is not drawn on the edge.
        const QDateTime from =
            QDateTime::fromMSecsSinceEpoch(first, QTimeZone::utc()).addMonths(-1);
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(last, QTimeZone::utc()).addMonths(1);
        months->setRange(from, to);
        auto* zero = new QLineSeries;
        zero->setName(tr("no bias"));
        zero->append(double(from.toMSecsSinceEpoch()), 0);
        zero->append(double(to.toMSecsSinceEpoch()), 0);
        QPen pen(Qt::gray);
        pen.setStyle(Qt::DashLine);
        zero->setPen(pen);
        chart->addSeries(zero);
        zero->attachAxis(months);
        zero->attachAxis(bias);
    }
    bias->setRange(-std::ceil(extent), std::ceil(extent));
    // setChart() hands the previous chart back to us.
    const std::unique_ptr<QChart> previous(m_view->chart());
    m_view->setChart(chart);
}

QStringList DriftChartView::seriesNames() const
{
    QStringList names;
    const QList<QAbstractSeries*> all = m_view->chart()->series();
    for (QAbstractSeries* series : all) {
        if (series->name() != tr("no bias"))
            names << series->name();
    }
    return names;
}

} // namespace callqa::app
