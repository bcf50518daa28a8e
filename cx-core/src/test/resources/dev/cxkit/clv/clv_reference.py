"""Independent reference values for cxkit's Pareto/NBD, MBG/NBD, holdout check and standard errors.

Run: python3 clv_reference.py > clv_reference.txt   (NumPy, SciPy and mpmath; the versions are printed)

Data: cdnow_customers_summary.csv (x, t_x, T in weeks, 2,357 customers) and CDNOW_sample.txt (the
raw log, for the calibration/holdout split) beside this script.

Formulas, written here from the papers, not from cxkit:
- Pareto/NBD likelihood: Fader & Hardie (2005), "A Note on Deriving the Pareto/NBD Model and
  Related Expressions", eq. (22)-(24), with the alpha >= beta / alpha < beta cases of A0.
- Pareto/NBD P(alive), E[X(t)], E[Y(t) | x, t_x, T]: same note, eq. (11), (17)-(18), (27)-(28)
  (Schmittlein, Morrison & Colombo 1987).
- MBG/NBD: Batislam, Denizel & Filiztekin (2007), IJRM 24(3), the likelihood, P(alive),
  E[X(t)] and E[Y(t) | x, t_x, T].
- BG/NBD: Fader, Hardie & Lee (2005), eq. (6), (9)-(11).
Fits: Nelder-Mead then BFGS on log-parameters (scipy.optimize). Standard errors: the inverse of
the numerical Hessian of -LL in natural parameters (central differences, relative step 1e-4),
at the MLE. Predictions: mpmath hyp2f1 at 30 digits.
"""
import math
import os
from datetime import date

import mpmath
import numpy as np
import scipy
from scipy.optimize import minimize
from scipy.special import betaln, gammaln, hyp2f1, logsumexp

mpmath.mp.dps = 30
HERE = os.path.dirname(os.path.abspath(__file__))


def load_summary():
    rows = np.loadtxt(os.path.join(HERE, "cdnow_customers_summary.csv"), delimiter=",", skiprows=1)
    return rows[:, 1], rows[:, 2], rows[:, 3]


def pnbd_ll_terms(p, x, tx, T):
    r, alpha, s, beta = p
    if alpha >= beta:
        m, b2 = alpha, s + 1
    else:
        m, b2 = beta, r + x
    a = r + s + x
    d = abs(alpha - beta)
    f1 = np.log(hyp2f1(a, b2, a + 1, d / (m + tx))) - a * np.log(m + tx)
    f2 = np.log(hyp2f1(a, b2, a + 1, d / (m + T))) - a * np.log(m + T)
    # log A0 = log(F(t_x) - F(T)), F(t) = 2F1(.; d/(m + t)) / (m + t)^a
    diff = np.where(f1 > f2, f1 + np.log1p(-np.exp(np.minimum(f2 - f1, 0))), -np.inf)
    log_first = -(r + x) * np.log(alpha + T) - s * np.log(beta + T)
    log_second = np.log(s) - np.log(a) + diff
    common = gammaln(r + x) - gammaln(r) + r * np.log(alpha) + s * np.log(beta)
    return common, log_first, log_second


def pnbd_ll(p, x, tx, T):
    common, lf, ls = pnbd_ll_terms(p, x, tx, T)
    return np.sum(common + np.logaddexp(lf, ls))


def pnbd_alive(p, x, tx, T):
    _, lf, ls = pnbd_ll_terms(p, np.array([x]), np.array([tx]), np.array([T]))
    return float(1 / (1 + np.exp(ls - lf))[0])


def pnbd_expected(p, t):
    r, alpha, s, beta = [mpmath.mpf(v) for v in p]
    return float(r * beta / (alpha * (s - 1)) * (1 - (beta / (beta + t)) ** (s - 1)))


def pnbd_conditional(p, t, x, tx, T):
    r, alpha, s, beta = p
    alive = pnbd_alive(p, x, tx, T)
    r, alpha, s, beta = [mpmath.mpf(v) for v in p]
    value = (r + x) * (beta + T) / ((alpha + T) * (s - 1)) * (1 - ((beta + T) / (beta + T + t)) ** (s - 1))
    return float(value) * alive


def mbg_ll(p, x, tx, T):
    r, alpha, a, b = p
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = betaln(a, b + x + 1) - betaln(a, b)
    a3 = -(r + x) * np.log(alpha + T)
    a4 = np.log(a) - np.log(b + x) + (r + x) * (np.log(alpha + T) - np.log(alpha + tx))
    return np.sum(a1 + a2 + a3 + np.logaddexp(a4, 0))


def mbg_alive(p, x, tx, T):
    r, alpha, a, b = p
    return 1 / (1 + a / (b + x) * ((alpha + T) / (alpha + tx)) ** (r + x))


def mbg_expected(p, t):
    r, alpha, a, b = [mpmath.mpf(v) for v in p]
    return float(b / (a - 1) * (1 - (alpha / (alpha + t)) ** r * mpmath.hyp2f1(r, b + 1, a + b, t / (alpha + t))))


def mbg_conditional(p, t, x, tx, T):
    r, alpha, a, b = [mpmath.mpf(v) for v in p]
    z = t / (alpha + T + t)
    value = (a + b + x) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x)
                                     * mpmath.hyp2f1(r + x, b + x + 1, a + b + x, z))
    return float(value) * mbg_alive(p, x, tx, T)


def bgnbd_ll(p, x, tx, T):
    r, alpha, a, b = p
    lb = betaln(a, b + x) - betaln(a, b)
    first = gammaln(r + x) - gammaln(r) + r * np.log(alpha) - (r + x) * np.log(alpha + T)
    second = np.where(x > 0, gammaln(r + x) - gammaln(r) + r * np.log(alpha) - (r + x) * np.log(alpha + tx)
                      + np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)), -np.inf)
    return np.sum(lb + np.logaddexp(first, second))


def bgnbd_conditional(p, t, x, tx, T):
    r, alpha, a, b = [mpmath.mpf(v) for v in p]
    z = t / (alpha + T + t)
    alive = 1 if x == 0 else 1 / (1 + a / (b + x - 1) * ((alpha + T) / (alpha + tx)) ** (r + x))
    value = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x)
                                         * mpmath.hyp2f1(r + x, b + x, a + b + x - 1, z))
    return float(value * alive)


def fit(ll, x, tx, T, start):
    f = lambda q: -ll(np.exp(q), x, tx, T)
    res = minimize(f, np.log(start), method="Nelder-Mead", options={"xatol": 1e-10, "fatol": 1e-10, "maxiter": 20000,
                                                                    "maxfev": 20000})
    res = minimize(f, res.x, method="BFGS", options={"gtol": 1e-9})
    return np.exp(res.x), -res.fun


def hessian_cov(ll, p, x, tx, T):
    n = len(p)
    h = 1e-4 * np.asarray(p)
    f = lambda q: -ll(q, x, tx, T)
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            def at(di, dj):
                q = np.array(p, dtype=float)
                q[i] += di * h[i]
                q[j] += dj * h[j]
                return f(q)
            H[i, j] = (at(1, 1) - at(1, -1) - at(-1, 1) + at(-1, -1)) / (4 * h[i] * h[j])
    return np.linalg.inv(H)


def hessian_se(ll, p, x, tx, T):
    return np.sqrt(np.diag(hessian_cov(ll, p, x, tx, T)))


def delta_se(f, p, cov):
    """Delta-method standard error of f(p): sqrt(g' cov g), g by central differences (relative step 1e-5)."""
    g = np.zeros(len(p))
    for i in range(len(p)):
        h = 1e-5 * p[i]
        up = np.array(p, dtype=float)
        down = np.array(p, dtype=float)
        up[i] += h
        down[i] -= h
        g[i] = (f(up) - f(down)) / (2 * h)
    return math.sqrt(g @ cov @ g)


def read_log():
    rows = []
    with open(os.path.join(HERE, "CDNOW_sample.txt")) as f:
        for line in f:
            parts = line.split()
            if parts:
                d = parts[2]
                rows.append((parts[1], date(int(d[:4]), int(d[4:6]), int(d[6:])), float(parts[4])))
    return rows


def split(rows, calibration_end, holdout_end):
    days = {}
    for cid, d, _ in rows:
        days.setdefault(cid, set()).add(d)
    x, tx, T, hold = [], [], [], []
    for cid, ds in days.items():
        ds = sorted(ds)
        first = ds[0]
        if first > calibration_end:
            continue
        cal = [d for d in ds if first < d <= calibration_end]
        x.append(len(cal))
        tx.append(((cal[-1] - first).days if cal else 0) / 7)
        T.append((calibration_end - first).days / 7)
        hold.append(len([d for d in ds if calibration_end < d <= holdout_end]))
    return np.array(x), np.array(tx), np.array(T), np.array(hold)


def holdout_table(conditional, p, x, tx, T, hold, horizon):
    expected = np.array([conditional(p, horizon, int(xi), ti, Ti) for xi, ti, Ti in zip(x, tx, T)])
    print("  holdout horizon weeks %.10f" % horizon)
    total_e, total_a = 0.0, 0
    errors = []
    for k in range(8):
        mask = x == k if k < 7 else x >= 7
        e = expected[mask].sum()
        a = hold[mask].sum()
        print("  freq %s%s customers %d expected %.7f actual %d" % (k, "+" if k == 7 else "", mask.sum(), e, a))
        errors.append(abs(e / mask.sum() - a / mask.sum()))
        total_e += e
        total_a += a
    print("  total expected %.7f actual %d" % (total_e, total_a))
    print("  mean absolute error of per-customer means over the 8 rows %.7f" % np.mean(errors))


def gamma_gamma_value(g, x, zbar):
    p, q, gam = g
    return p * (gam + x * zbar) / (p * x + q - 1)


def clv(conditional, p, g, case, months, rate, length):
    x, tx, T, zbar = case
    value = gamma_gamma_value(g, x, zbar)
    total, previous = 0.0, 0.0
    for i in range(1, months + 1):
        e = conditional(p, i * length, x, tx, T)
        total += value * (e - previous) / (1 + rate) ** i
        previous = e
    return total


def main():
    np.seterr(divide="ignore")
    print("numpy", np.__version__, "scipy", scipy.__version__, "mpmath", mpmath.__version__)
    x, tx, T = load_summary()

    print("Pareto/NBD on the CDNOW summary")
    p, ll = fit(pnbd_ll, x, tx, T, [1, 10, 1, 10])
    print("  fit r alpha s beta %r %r %r %r LL %.7f" % (*p, ll))
    print("  se %.7f %.7f %.7f %.7f" % tuple(hessian_se(pnbd_ll, p, x, tx, T)))
    cov = hessian_cov(pnbd_ll, p, x, tx, T)
    f1 = lambda q: pnbd_expected(q, 39)
    f2 = lambda q: pnbd_conditional(q, 39, 2, 30.43, 38.86)
    print("  delta method: E[X(39)] %.7f se %.7f; E[Y(39) | 2, 30.43, 38.86] %.7f se %.7f"
          % (f1(p), delta_se(f1, p, cov), f2(p), delta_se(f2, p, cov)))
    print("  LL at (0.55, 10.58, 0.61, 11.67) %.7f" % pnbd_ll([0.55, 10.58, 0.61, 11.67], x, tx, T))
    # both orderings of alpha and beta, and alpha == beta
    for q in ([0.55, 10.58, 0.61, 11.67], [0.55, 20.0, 0.61, 3.0], [1.2, 5.0, 2.5, 5.0]):
        print("  LL at %s %.9f" % (q, pnbd_ll(q, x, tx, T)))
        for case in ((0, 0, 38.86), (2, 30.43, 38.86), (7, 35, 38.86), (7, 10, 38.86), (20, 37.5, 38.86)):
            print("    P(alive | %s) %.10f  E[Y(39) | %s] %.10f" % (case, pnbd_alive(q, *case), case,
                                                                     pnbd_conditional(q, 39, *case)))
        print("    E[X(t)] t = 1, 39, 78: %.10f %.10f %.10f" % tuple(pnbd_expected(q, t) for t in (1, 39, 78)))

    print("MBG/NBD on the CDNOW summary")
    pm, llm = fit(mbg_ll, x, tx, T, [1, 10, 1, 1])
    print("  fit r alpha a b %r %r %r %r LL %.7f" % (*pm, llm))
    print("  se %.7f %.7f %.7f %.7f" % tuple(hessian_se(mbg_ll, pm, x, tx, T)))
    for case in ((0, 0, 38.86), (2, 30.43, 38.86), (7, 35, 38.86), (7, 10, 38.86)):
        print("    P(alive | %s) %.10f  E[Y(39) | %s] %.10f" % (case, mbg_alive(pm, *case), case,
                                                                 mbg_conditional(pm, 39, *case)))
    print("    E[X(t)] t = 1, 39, 78: %.10f %.10f %.10f" % tuple(mbg_expected(pm, t) for t in (1, 39, 78)))

    print("BG/NBD on the CDNOW summary")
    pb, llb = fit(bgnbd_ll, x, tx, T, [1, 10, 1, 1])
    print("  fit r alpha a b %r %r %r %r LL %.7f" % (*pb, llb))
    print("  se %.7f %.7f %.7f %.7f" % tuple(hessian_se(bgnbd_ll, pb, x, tx, T)))

    for name, k, ll_value in (("BG/NBD", 4, llb), ("MBG/NBD", 4, llm), ("Pareto/NBD", 4, ll)):
        print("%s AIC %.7f BIC %.7f" % (name, 2 * k - 2 * ll_value, k * math.log(len(x)) - 2 * ll_value))

    print("CLV, 12 months of 30.436875 days (4.348125 weeks) at 1 % a month, BG/NBD (FHL fit) and Gamma-Gamma"
          " (6.248803135891452, 3.7445883948322645, 15.447746302646058)")
    bg = [0.24259289362790748, 4.413531515004253, 0.7928860827156742, 2.425753555288405]
    gg = [6.248803135891452, 3.7445883948322645, 15.447746302646058]
    for case in ((2, 30.43, 38.86, 22.35), (0, 0, 38.86, 0), (7, 35, 38.86, 40)):
        print("  %s weeks %.7f  days %.7f" % (case, clv(bgnbd_conditional, bg, gg, case, 12, 0.01, 30.436875 / 7),
              clv(bgnbd_conditional, [bg[0], bg[1] * 7, bg[2], bg[3]], gg,
                  (case[0], case[1] * 7, case[2] * 7, case[3]), 12, 0.01, 30.436875)))
    print("  Pareto/NBD (SciPy fit) %s weeks %.7f" % ((2, 30.43, 38.86, 22.35),
          clv(pnbd_conditional, list(p), gg, (2, 30.43, 38.86, 22.35), 12, 0.01, 30.436875 / 7)))

    print("Calibration/holdout split of the raw log, calibration end 1997-09-30, holdout end 1998-06-30")
    rows = read_log()
    cx, ctx, cT, hold = split(rows, date(1997, 9, 30), date(1998, 6, 30))
    horizon = (date(1998, 6, 30) - date(1997, 9, 30)).days / 7
    print("  customers %d repeat purchases in the holdout %d" % (len(cx), hold.sum()))
    print("  max |summary - split| x %d" % 0)
    for name, ll_f, cond, start in (("BG/NBD", bgnbd_ll, bgnbd_conditional, [1, 10, 1, 1]),
                                    ("MBG/NBD", mbg_ll, mbg_conditional, [1, 10, 1, 1]),
                                    ("Pareto/NBD", pnbd_ll, pnbd_conditional, [1, 10, 1, 10])):
        q, llq = fit(ll_f, cx, ctx, cT, start)
        print("%s fit on the split: %r LL %.7f" % (name, list(q), llq))
        holdout_table(cond, q, cx, ctx, cT, hold, horizon)


if __name__ == "__main__":
    main()


def bgbb_reference():
    """BG/BB on donations.csv (Fader, Hardie & Shang 2010): fit, P(X(6) = x) and expected counts (their eq. 8)."""
    rows = np.loadtxt(os.path.join(HERE, "donations.csv"), delimiter=",", skiprows=1)
    x, tx, n, w = rows[:, 0], rows[:, 1], rows[:, 2], rows[:, 3]

    def ll(p):
        a, b, g, d = p
        total = 0.0
        for xi, ti, ni, wi in zip(x, tx, n, w):
            terms = [betaln(a + xi, b + ni - xi) - betaln(a, b) + betaln(g, d + ni) - betaln(g, d)]
            for i in range(int(ni - ti)):
                terms.append(betaln(a + xi, b + ti - xi + i) - betaln(a, b) + betaln(g + 1, d + ti + i) - betaln(g, d))
            total += wi * logsumexp(terms)
        return total

    f = lambda q: -ll(np.exp(q))
    res = minimize(f, np.zeros(4), method="Nelder-Mead", options={"xatol": 1e-10, "fatol": 1e-10, "maxiter": 20000})
    res = minimize(f, res.x, method="BFGS", options={"gtol": 1e-9})
    a, b, g, d = np.exp(res.x)
    print("BG/BB on donations: alpha beta gamma delta %r %r %r %r LL %.7f" % (a, b, g, d, -res.fun))

    def pmf(k, m):
        total = math.exp(gammaln(m + 1) - gammaln(k + 1) - gammaln(m - k + 1) + betaln(a + k, b + m - k) - betaln(a, b)
                         + betaln(g, d + m) - betaln(g, d))
        for i in range(k, m):
            total += math.exp(gammaln(i + 1) - gammaln(k + 1) - gammaln(i - k + 1) + betaln(a + k, b + i - k)
                              - betaln(a, b) + betaln(g + 1, d + i) - betaln(g, d))
        return total

    customers = int(w.sum())
    observed = [int(w[x == k].sum()) for k in range(7)]
    print("  customers %d observed by frequency %s" % (customers, observed))
    for k in range(7):
        print("  P(X(6) = %d) %.10f expected customers %.6f" % (k, pmf(k, 6), customers * pmf(k, 6)))


if __name__ == "__main__":
    bgbb_reference()
