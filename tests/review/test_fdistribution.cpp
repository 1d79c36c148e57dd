#include "review/calibration/fdistribution.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace callqa::review;

// Reference values: scripts/calibration_reference.py (Simpson integration of the beta density,
// not a continued fraction), printed F tables, and closed forms.
TEST_CASE("The F quantile matches table values and the reference script", "[calibration]")
{
    struct Row {
        double p, d1, d2, expected;
    };
    const Row rows[] = {
        {0.95, 5, 10, 3.3258},  {0.975, 1, 10, 6.9367}, {0.975, 5, 18, 3.3818},
        {0.975, 18, 5, 6.3619}, {0.975, 5, 15, 3.5764}, {0.975, 15, 5, 6.4277},
        {0.99, 10, 20, 3.3682}, {0.5, 3, 7, 0.8709},    {0.95, 1, 10, 4.9646},
        {0.95, 1, 1, 161.4476},
    };
    for (const Row& row : rows) {
        INFO("p=" << row.p << " d1=" << row.d1 << " d2=" << row.d2);
        CHECK(fQuantile(row.p, row.d1, row.d2) == Approx(row.expected).epsilon(1e-4));
    }
}

TEST_CASE("The F quantile with two numerator degrees of freedom matches its closed form",
          "[calibration]")
{
    // F(2, d2) has quantile d2/2 * ((1 - p)^(-2/d2) - 1), for real d2 too.
    for (const double d2 : {1.0, 2.5, 7.0, 30.0, 4.7851}) {
        for (const double p : {0.025, 0.5, 0.9, 0.975}) {
            INFO("p=" << p << " d2=" << d2);
            const double exact = d2 / 2 * (std::pow(1 - p, -2 / d2) - 1);
            CHECK(fQuantile(p, 2, d2) == Approx(exact).epsilon(1e-9));
        }
    }
}

TEST_CASE("The incomplete beta function matches closed forms and its symmetry", "[calibration]")
{
    // I_x(1, b) = 1 - (1 - x)^b; I_x(a, 1) = x^a; I_x(a, b) = 1 - I_{1-x}(b, a).
    for (const double x : {0.0, 0.01, 0.3, 0.5, 0.77, 0.999, 1.0}) {
        INFO("x=" << x);
        CHECK(regularizedIncompleteBeta(x, 1, 3.5) == Approx(1 - std::pow(1 - x, 3.5)));
        CHECK(regularizedIncompleteBeta(x, 2.25, 1) == Approx(std::pow(x, 2.25)));
        CHECK(regularizedIncompleteBeta(x, 0.5, 9) ==
              Approx(1 - regularizedIncompleteBeta(1 - x, 9, 0.5)).margin(1e-12));
    }
    CHECK(fCumulative(fQuantile(0.3, 4, 11), 4, 11) == Approx(0.3).epsilon(1e-12));
    CHECK(fCumulative(-1, 4, 11) == 0);
}
