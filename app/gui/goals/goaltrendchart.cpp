#include "app/gui/goals/goaltrendchart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <limits>
#include <memory>

namespace callqa::app {

GoalTrendChart::GoalTrendChart(QWidget* parent) : QWidget(parent), m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    clear();
}

void GoalTrendChart::clear()
{
    auto* chart = new QChart;
    chart->setTitle(tr("Choose a goal to see its weekly trend"));
    const std::unique_ptr<QChart> previous(m_view->chart());
    m_view->setChart(chart);
}

void GoalTrendChart::setProgress(const review::GoalProgress& progress)
{
    const review::Goal& goal = progress.goal;
    auto* chart = new QChart;
    chart->setTitle(tr("%1 by week, %2").arg(goal.metric, goal.scope.toText()));
    auto* weeks = new QDateTimeAxis;
    weeks->setFormat(QStringLiteral("yyyy-MM-dd"));
    auto* values = new QValueAxis;
    chart->addAxis(weeks, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    double low = std::min(goal.baseline, goal.current.target);
    double high = std::max(goal.baseline, goal.current.target);
    const auto attach = [&](QXYSeries* series) {
        chart->addSeries(series);
        series->attachAxis(weeks);
        series->attachAxis(values);
    };
    auto* baseline = new QLineSeries;
    baseline->setName(tr("baseline window"));
    auto* since = new QLineSeries;
    since->setName(tr("since the start"));
    for (QLineSeries* s : {baseline, since})
        s->setPointsVisible(true);
    qint64 first = goal.current.startMs;
    for (const review::TrendPoint& point : progress.trend) {
        first = std::min(first, point.week.fromMs);
        if (!point.value.value)
            continue; // a week without rows is a gap, not a zero
        (point.inBaseline ? baseline : since)
            ->append(double(point.week.fromMs), *point.value.value);
        low = std::min(low, *point.value.value);
        high = std::max(high, *point.value.value);
    }
    attach(baseline);
    attach(since);
    auto* target = new QLineSeries;
    target->setName(tr("target %1").arg(QLocale().toString(goal.current.target, 'g', 4)));
    target->append(double(goal.current.startMs), goal.current.target);
    target->append(double(goal.current.endMs()), goal.current.target);
    QPen dashed(QColor(0x55, 0x55, 0x55));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    target->setPen(dashed);
    attach(target);
    if (goal.versions.size() > 1) {
        auto* changes = new QScatterSeries;
        changes->setName(tr("goal changed"));
        changes->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        changes->setMarkerSize(11);
        for (const review::GoalVersion& v : goal.versions.mid(1))
            changes->append(double(v.changedAt), v.target);
        attach(changes);
    }
    const double margin = std::max(1e-9, (high - low) * 0.1);
    values->setRange(low - margin, high + margin);
    weeks->setRange(QDateTime::fromMSecsSinceEpoch(first, QTimeZone::utc()),
                    QDateTime::fromMSecsSinceEpoch(goal.current.endMs(), QTimeZone::utc()));
    const std::unique_ptr<QChart> previous(m_view->chart());
    m_view->setChart(chart);
}

QStringList GoalTrendChart::seriesNames() const
{
    QStringList names;
    const QList<QAbstractSeries*> all = m_view->chart()->series();
    for (const QAbstractSeries* series : all)
        names << series->name();
    return names;
}

QList<int> GoalTrendChart::seriesPointCounts() const
{
    QList<int> counts;
    const QList<QAbstractSeries*> all = m_view->chart()->series();
    for (const QAbstractSeries* series : all) {
        const auto* xy = qobject_cast<const QXYSeries*>(series);
        counts << (xy ? int(xy->count()) : 0);
    }
    return counts;
}

} // namespace callqa::app
