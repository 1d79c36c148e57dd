#pragma once

namespace callqa::review {

// The regularized incomplete beta function I_x(a, b), for 0 <= x <= 1 and a, b > 0, by the
// continued fraction of Numerical Recipes (modified Lentz), using the symmetry
// I_x(a, b) = 1 - I_{1-x}(b, a) where the fraction converges slowly.
double regularizedIncompleteBeta(double x, double a, double b);

// P(F <= x) for the F distribution with d1 and d2 degrees of freedom (real, > 0).
double fCumulative(double x, double d1, double d2);

// The p-quantile (0 < p < 1) of the F distribution with d1 and d2 degrees of freedom: the x with
// fCumulative(x, d1, d2) = p, found by bisection on the beta variable to double precision.
double fQuantile(double p, double d1, double d2);

} // namespace callqa::review
