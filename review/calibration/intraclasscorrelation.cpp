#include "review/calibration/intraclasscorrelation.h"

#include "review/calibration/fdistribution.h"

#include <QCoreApplication>

#include <cmath>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Agreement", text);
}

struct MeanSquares {
    double between = 0; // BMS, between targets
    double within = 0;  // WMS, within targets
    double judges = 0;  // JMS, between judges
    double error = 0;   // EMS, residual
};

MeanSquares meanSquaresOf(const Ratings& complete, int k)
{
    const int n = static_cast<int>(complete.size());
    double grand = 0;
    std::vector<double> rowMeans(n, 0.0);
    std::vector<double> columnMeans(k, 0.0);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < k; ++j) {
            const double x = *complete[i][j];
            grand += x;
            rowMeans[i] += x / k;
            columnMeans[j] += x / n;
        }
    }
    grand /= double(n) * k;
    double total = 0;
    double rows = 0;
    double columns = 0;
    for (int i = 0; i < n; ++i) {
        rows += k * (rowMeans[i] - grand) * (rowMeans[i] - grand);
        for (int j = 0; j < k; ++j)
            total += (*complete[i][j] - grand) * (*complete[i][j] - grand);
    }
    for (int j = 0; j < k; ++j)
        columns += n * (columnMeans[j] - grand) * (columnMeans[j] - grand);
    MeanSquares ms;
    ms.between = rows / (n - 1);
    ms.within = (total - rows) / (double(n) * (k - 1));
    ms.judges = columns / (k - 1);
    ms.error = (total - rows - columns) / (double(n - 1) * (k - 1));
    return ms;
}

constexpr double kUpper = 0.975;

// ICC(1,1) and ICC(3,1) share the form (F - 1) / (F + k - 1) at the interval's F bounds.
Estimate ratioIcc(double bms, double denominatorMs, int k, double df1, double df2)
{
    const double value = (bms - denominatorMs) / (bms + (k - 1) * denominatorMs);
    Estimate e = Estimate::of(value);
    if (denominatorMs <= 0) {
        e.ci95Reason = tr("the reviewers' scores have no residual variation");
        return e;
    }
    const double f = bms / denominatorMs;
    const double low = f / fQuantile(kUpper, df1, df2);
    const double high = f * fQuantile(kUpper, df2, df1);
    e.ci95 = ConfidenceInterval{(low - 1) / (low + k - 1), (high - 1) / (high + k - 1)};
    return e;
}

Estimate absoluteIcc(const MeanSquares& ms, int n, int k)
{
    const double denominator = ms.between + (k - 1) * ms.error + k * (ms.judges - ms.error) / n;
    const double icc = (ms.between - ms.error) / denominator;
    Estimate e = Estimate::of(icc);
    if (ms.error <= 0) {
        e.ci95Reason = tr("the reviewers' scores have no residual variation");
        return e;
    }
    // Satterthwaite's degrees of freedom (Shrout & Fleiss 1979, eq. 6).
    const double fj = ms.judges / ms.error;
    const double a = k * icc * fj + n * (1 + (k - 1) * icc) - k * icc;
    const double b = n * (1 + (k - 1) * icc) - k * icc;
    const double v =
        (k - 1) * double(n - 1) * a * a / (double(n - 1) * k * k * icc * icc * fj * fj + b * b);
    if (!std::isfinite(v) || v <= 0) {
        e.ci95Reason = tr("the interval's degrees of freedom are not defined for these scores");
        return e;
    }
    const double fl = fQuantile(kUpper, n - 1, v);
    const double fu = fQuantile(kUpper, v, n - 1);
    const double spread = k * ms.judges + (double(k) * n - k - n) * ms.error;
    e.ci95 = ConfidenceInterval{n * (ms.between - fl * ms.error) / (fl * spread + n * ms.between),
                                n * (fu * ms.between - ms.error) / (spread + n * fu * ms.between)};
    return e;
}

} // namespace

IntraclassCorrelations intraclassCorrelations(const Ratings& ratings)
{
    const Ratings complete = completeUnits(ratings);
    IntraclassCorrelations out;
    out.calls = static_cast<int>(complete.size());
    const int n = out.calls;
    const int k = raterCount(ratings);
    const auto undefined = [&](const QString& reason) {
        out.icc1 = out.icc2 = out.icc3 = Estimate::undefined(reason);
        return out;
    };
    if (k < 2)
        return undefined(tr("fewer than two reviewers"));
    if (n < 2)
        return undefined(tr("fewer than two calls were scored by every reviewer"));
    const MeanSquares ms = meanSquaresOf(complete, k);
    if (ms.between + (k - 1) * ms.within <= 0)
        return undefined(tr("every reviewer gave every call the same score: there is no "
                            "variation to correlate"));
    out.icc1 = ratioIcc(ms.between, ms.within, k, n - 1, double(n) * (k - 1));
    if (ms.between + (k - 1) * ms.error + k * (ms.judges - ms.error) / n <= 0 ||
        ms.between + (k - 1) * ms.error <= 0) {
        out.icc2 = out.icc3 = Estimate::undefined(
            tr("the calls' scores do not vary apart from the reviewers' offsets"));
        return out;
    }
    out.icc2 = absoluteIcc(ms, n, k);
    out.icc3 = ratioIcc(ms.between, ms.error, k, n - 1, double(n - 1) * (k - 1));
    return out;
}

} // namespace callqa::review
