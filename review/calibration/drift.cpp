#include "review/calibration/drift.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QTimeZone>

#include <cmath>

namespace callqa::review {

namespace {

int monthIndex(const QString& month)
{
    return month.left(4).toInt() * 12 + month.mid(5, 2).toInt() - 1;
}

} // namespace

QList<ReviewerDrift> driftSeries(const QList<SessionBias>& biases, double thresholdPerMonth)
{
    QStringList order;
    QMap<QString, QMap<QString, std::pair<double, int>>> sums; // reviewer -> month -> (sum, n)
    for (const SessionBias& b : biases) {
        if (b.calls <= 0)
            continue;
        if (!order.contains(b.reviewer))
            order << b.reviewer;
        const QString month = QDateTime::fromMSecsSinceEpoch(b.atMs, QTimeZone::utc())
                                  .toString(QStringLiteral("yyyy-MM"));
        auto& cell = sums[b.reviewer][month];
        cell.first += b.bias * b.calls;
        cell.second += b.calls;
    }
    QList<ReviewerDrift> out;
    for (const QString& reviewer : order) {
        ReviewerDrift drift;
        drift.reviewer = reviewer;
        const auto& months = sums[reviewer];
        for (auto it = months.begin(); it != months.end(); ++it)
            drift.months << DriftPoint{it.key(), it->first / it->second, it->second};
        if (drift.months.size() < 2) {
            drift.trendPerMonth = Estimate::undefined(QCoreApplication::translate(
                "callqa::review::Agreement", "a trend needs calibration sessions in two months"));
        } else {
            double meanX = 0;
            double meanY = 0;
            for (const DriftPoint& p : drift.months) {
                meanX += monthIndex(p.month) / double(drift.months.size());
                meanY += p.bias / double(drift.months.size());
            }
            double sxy = 0;
            double sxx = 0;
            for (const DriftPoint& p : drift.months) {
                const double dx = monthIndex(p.month) - meanX;
                sxy += dx * (p.bias - meanY);
                sxx += dx * dx;
            }
            drift.trendPerMonth = Estimate::of(sxy / sxx);
            drift.flagged = std::fabs(sxy / sxx) > thresholdPerMonth;
        }
        out << drift;
    }
    return out;
}

} // namespace callqa::review
