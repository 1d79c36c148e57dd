#!/usr/bin/env python3
"""Independent reference values for tests/review/test_agreement*.cpp (plain Python, no libraries).

Recomputes the published worked examples the C++ statistics module is tested against:
Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability", section C (4 coders, 12 units,
missing data); the Fleiss kappa example of Wikipedia's "Fleiss' kappa" (10 subjects, 14 raters);
Shrout & Fleiss (1979) Table 2 (6 targets, 4 judges). Run: python3 scripts/calibration_reference.py
"""
import math

N = None
KRIPP = [  # rows: coders A-D, columns: units 1-12
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]


def alpha(units, metric):
    values = sorted({v for u in units for v in u})
    o = {(c, k): 0.0 for c in values for k in values}
    for u in units:
        m = len(u)
        if m < 2:
            continue
        for i in range(m):
            for j in range(m):
                if i != j:
                    o[(u[i], u[j])] += 1.0 / (m - 1)
    nc = {c: sum(o[(c, k)] for k in values) for c in values}
    n = sum(nc.values())

    def d2(c, k):
        if metric == "nominal":
            return 0.0 if c == k else 1.0
        if metric == "interval":
            return (c - k) ** 2
        lo, hi = min(c, k), max(c, k)
        s = sum(nc[g] for g in values if lo <= g <= hi)
        return (s - (nc[c] + nc[k]) / 2) ** 2

    do = sum(o[(c, k)] * d2(c, k) for c in values for k in values) / n
    de = sum(nc[c] * nc[k] * d2(c, k) for c in values for k in values) / (n * (n - 1))
    return 1 - do / de


kunits = [[r[u] for r in KRIPP if r[u] is not None] for u in range(12)]
for metric in ("nominal", "ordinal", "interval"):
    print(f"krippendorff 2011 {metric}: {alpha(kunits, metric):.4f}")

FLEISS = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]
n = 14
P = [(sum(x * x for x in row) - n) / (n * (n - 1)) for row in FLEISS]
pbar = sum(P) / len(P)
p = [sum(row[j] for row in FLEISS) / (len(FLEISS) * n) for j in range(5)]
pe = sum(x * x for x in p)
print(f"fleiss wikipedia: P={pbar:.4f} Pe={pe:.4f} kappa={(pbar - pe) / (1 - pe):.4f}")

SF = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
nt, k = len(SF), len(SF[0])
grand = sum(map(sum, SF)) / (nt * k)
rows = [sum(r) / k for r in SF]
cols = [sum(r[j] for r in SF) / nt for j in range(k)]
sst = sum((x - grand) ** 2 for r in SF for x in r)
ssr = k * sum((m - grand) ** 2 for m in rows)
ssc = nt * sum((m - grand) ** 2 for m in cols)
bms, jms = ssr / (nt - 1), ssc / (k - 1)
ems = (sst - ssr - ssc) / ((nt - 1) * (k - 1))
wms = (sst - ssr) / (nt * (k - 1))
print(f"shrout-fleiss: BMS={bms:.4f} WMS={wms:.4f} JMS={jms:.4f} EMS={ems:.4f}")
print(f"  ICC(1,1)={(bms - wms) / (bms + (k - 1) * wms):.4f}")
print(f"  ICC(2,1)={(bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / nt):.4f}")
print(f"  ICC(3,1)={(bms - ems) / (bms + (k - 1) * ems):.4f}")


# F quantiles, by bisection on the F CDF computed by numerical integration of the beta density
# (Simpson on a substituted variable): a different method from the C++ continued fraction.
def beta_cdf(x, a, b):
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    # substitute t = s^(1/a) to remove the singularity at 0: integrand s-form
    lb = math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)

    def integral(lo, hi, f, steps=20000):
        h = (hi - lo) / steps
        s = f(lo) + f(hi)
        for i in range(1, steps):
            s += f(lo + i * h) * (4 if i % 2 else 2)
        return s * h / 3

    # t = u^(1/a): dt = (1/a) u^(1/a - 1) du; t^(a-1) dt = (1/a) du
    def g(u):
        t = u ** (1 / a) if u > 0 else 0.0
        return (1 / a) * (1 - t) ** (b - 1) if t < 1 else 0.0

    if x <= 0.5:
        return integral(0, x ** a, g) / math.exp(lb)
    return 1 - beta_cdf(1 - x, b, a)


def f_quantile(p, d1, d2):
    lo, hi = 0.0, 1.0
    for _ in range(45):
        mid = (lo + hi) / 2
        if beta_cdf(mid, d1 / 2, d2 / 2) < p:
            lo = mid
        else:
            hi = mid
    y = (lo + hi) / 2
    return d2 * y / (d1 * (1 - y))


for p_, a_, b_ in [(0.95, 5, 10), (0.975, 1, 10), (0.975, 5, 18), (0.975, 18, 5), (0.975, 5, 15),
                   (0.975, 15, 5), (0.99, 10, 20), (0.5, 3, 7), (0.95, 1, 10), (0.9, 2, 7)]:
    print(f"F quantile p={p_} ({a_},{b_}) = {f_quantile(p_, a_, b_):.4f}")


def icc_ci():
    q = lambda a, b: f_quantile(0.975, a, b)
    f1 = bms / wms
    fl, fu = f1 / q(nt - 1, nt * (k - 1)), f1 * q(nt * (k - 1), nt - 1)
    print(f"  ICC(1,1) ci95 [{(fl - 1) / (fl + k - 1):.4f}, {(fu - 1) / (fu + k - 1):.4f}]")
    f3 = bms / ems
    fl, fu = f3 / q(nt - 1, (nt - 1) * (k - 1)), f3 * q((nt - 1) * (k - 1), nt - 1)
    print(f"  ICC(3,1) ci95 [{(fl - 1) / (fl + k - 1):.4f}, {(fu - 1) / (fu + k - 1):.4f}]")
    icc2 = (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / nt)
    fj = jms / ems
    vn = (k - 1) * (nt - 1) * (k * icc2 * fj + nt * (1 + (k - 1) * icc2) - k * icc2) ** 2
    vd = (nt - 1) * k * k * icc2 * icc2 * fj * fj + (nt * (1 + (k - 1) * icc2) - k * icc2) ** 2
    v = vn / vd
    fl, fu = q(nt - 1, v), q(v, nt - 1)
    lo = nt * (bms - fl * ems) / (fl * (k * jms + (k * nt - k - nt) * ems) + nt * bms)
    hi = nt * (fu * bms - ems) / (k * jms + (k * nt - k - nt) * ems + nt * fu * bms)
    print(f"  ICC(2,1) ci95 [{lo:.4f}, {hi:.4f}] (v={v:.4f})")


print(f"  closed form F(2,7) p=0.9: {(7 / 2) * ((1 - 0.9) ** (-2 / 7) - 1):.4f}")
icc_ci()
