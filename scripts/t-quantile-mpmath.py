"""Generates test/change/fixtures/t-quantile-mpmath.json: Student's t quantiles to 60 significant
digits with mpmath, for the rows of t-quantile-r.json deep in the tails (p <= 1e-100) and at
df >= 1e6, where R's qt() is least accurate. An independent second source: where R and mpmath
disagree, test/change/tQuantile.test.ts holds promkit to mpmath and says so.

Run: python3 scripts/t-quantile-mpmath.py > test/change/fixtures/t-quantile-mpmath.json
"""
import json
import sys

import mpmath
from mpmath import mp, mpf, betainc, exp, findroot, log

mp.dps = 60
rows = json.load(open('test/change/fixtures/t-quantile-r.json'))['rows']


def quantile(p, df):
    """The t with P(T <= t) = p: root in u = ln|t| of ln(upper tail) = ln(min(p, 1 - p))."""
    p, df = mpf(p), mpf(df)
    tail = p if p < mpf(1) / 2 else 1 - p
    half = mpf(1) / 2

    def g(u):
        t = exp(u)
        return log(betainc(df / 2, half, 0, df / (df + t * t), regularized=True) / 2) - log(tail)

    # g falls as u grows: widen a bracket around u = 0 (t = 1), then the Illinois method.
    lo, hi = mpf(-1), mpf(1)
    while g(lo) < 0:
        lo -= 4
    while g(hi) > 0:
        hi *= 2
    u = findroot(g, (lo, hi), solver='illinois', tol=mpf(10) ** -50, verify=False)
    return exp(u) if p > half else -exp(u)


selected = [(df, p, r) for df, p, r in rows if min(p, 1 - p) <= 1e-100 or df >= 1e6]
out = []
for df, p, r in selected:
    out.append('    [%r, %r, "%s"]' % (df, p, mpmath.nstr(quantile(p, df), 25)))
sys.stdout.write('{\n')
sys.stdout.write('  "generator": "mpmath %s (Python %s), mp.dps = 60",\n' % (mpmath.__version__, sys.version.split()[0]))
sys.stdout.write('  "expression": "root in u of log(betainc(df/2, 1/2, 0, df/(df+exp(2u)), regularized=True)/2) = log(min(p, 1-p)), t = +-exp(u); see scripts/t-quantile-mpmath.py",\n')
sys.stdout.write('  "columns": ["df", "p", "q (25 significant digits)"],\n')
sys.stdout.write('  "rows": [\n' + ',\n'.join(out) + '\n  ]\n}\n')
