#!/usr/bin/env python3
"""Reference two-sided p-values of Fisher's exact test for FisherExactTest, computed independently of the Java code.

R's rule (stats::fisher.test, two.sided): p = sum of P(x) over the support with P(x) <= P(observed) * (1 + 1e-7),
where x is the top-left cell and P is hypergeometric given the margins.

Small and medium tables: exact rational arithmetic (fractions.Fraction, math.comb), printed to 17 digits.
Tables of about 10^6: P(x)/P(lo) by the ratio recurrence in decimal arithmetic with 60 significant digits and an
unbounded exponent (no underflow), then normalised; the rounding error is far below the digits printed.
Run: python3 fisher-exact-reference.py > fisher-exact-expected.tsv   (python 3.8+, standard library only)
"""
from decimal import Decimal, getcontext
from fractions import Fraction
from math import comb

REL = Fraction(1) + Fraction(1, 10**7)


def exact(a, b, c, d):
    r1, r2, c1, n = a + b, c + d, a + c, a + b + c + d
    lo, hi = max(0, c1 - r2), min(r1, c1)
    total = comb(n, c1)
    probs = {x: Fraction(comb(r1, x) * comb(r2, c1 - x), total) for x in range(lo, hi + 1)}
    bound = probs[a] * REL
    return sum(p for p in probs.values() if p <= bound)


def decimal_recurrence(a, b, c, d):
    getcontext().prec = 60
    getcontext().Emin = -10**9
    getcontext().Emax = 10**9
    r1, r2, c1 = a + b, c + d, a + c
    lo, hi = max(0, c1 - r2), min(r1, c1)
    rel = [Decimal(1)]
    for x in range(lo, hi):
        rel.append(rel[-1] * Decimal((r1 - x) * (c1 - x)) / Decimal((x + 1) * (r2 - c1 + x + 1)))
    bound = rel[a - lo] * (Decimal(1) + Decimal("1e-7"))
    return sum(p for p in rel if p <= bound) / sum(rel)


SMALL = [
    (3, 1, 1, 3),        # R's TeaTasting example: 0.4857
    (2, 15, 10, 3),      # R's Convictions table, matrix(c(2, 10, 15, 3), nrow = 2)
    (1, 9, 11, 3),       # Wikipedia's dieting example, 0.002759
    (10, 0, 0, 10),
    (0, 10, 10, 0),
    (5, 5, 5, 5),
    (7, 2, 3, 8),
    (1, 0, 0, 0),
    (0, 0, 0, 0),
    (0, 5, 0, 7),
    (12, 5, 9, 7),
    (100, 200, 150, 160),
    (1000, 2000, 1500, 1800),
    (0, 2504, 17, 2487),
    (30, 4978, 3, 5005),
]
LARGE = [
    (250500, 249500, 249800, 250200),
    (1000, 499000, 1200, 498800),
]

if __name__ == "__main__":
    print("# a\tb\tc\td\tp_two_sided\tmethod  (written by fisher-exact-reference.py > fisher-exact-expected.tsv)")
    for t in SMALL:
        print(*t, "%.17g" % float(exact(*t)), "exact", sep="\t")
    for t in LARGE:
        print(*t, "%.17g" % float(decimal_recurrence(*t)), "decimal60", sep="\t")
