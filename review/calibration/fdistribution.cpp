#include "review/calibration/fdistribution.h"

#include <cmath>
#include <limits>

namespace callqa::review {

namespace {

// The continued fraction for I_x(a, b) (Numerical Recipes, betacf).
double betaContinuedFraction(double x, double a, double b)
{
    constexpr int kMaxIterations = 1000;
    constexpr double kEpsilon = 1e-15;
    constexpr double kTiny = 1e-300;
    const double qab = a + b;
    const double qap = a + 1;
    const double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (std::fabs(d) < kTiny)
        d = kTiny;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= kMaxIterations; ++m) {
        const int m2 = 2 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1) < kEpsilon)
            break;
    }
    return h;
}

} // namespace

double regularizedIncompleteBeta(double x, double a, double b)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double logFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    if (x < (a + 1) / (a + b + 2))
        return front * betaContinuedFraction(x, a, b) / a;
    return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
}

double fCumulative(double x, double d1, double d2)
{
    if (x <= 0)
        return 0;
    return regularizedIncompleteBeta(d1 * x / (d1 * x + d2), d1 / 2, d2 / 2);
}

double fQuantile(double p, double d1, double d2)
{
    // I_y(d1/2, d2/2) rises monotonically from 0 to 1 on [0, 1], so bisection always converges.
    double low = 0;
    double high = 1;
    for (int i = 0; i < 200 && high - low > std::numeric_limits<double>::epsilon() * high; ++i) {
        const double mid = (low + high) / 2;
        if (regularizedIncompleteBeta(mid, d1 / 2, d2 / 2) < p)
            low = mid;
        else
            high = mid;
    }
    const double y = (low + high) / 2;
    return d2 * y / (d1 * (1 - y));
}

} // namespace callqa::review
