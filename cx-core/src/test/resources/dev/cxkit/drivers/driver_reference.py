"""Independent reference values for cx-core's key driver analysis tests (KeyDriverAnalysisTest).

Run from this directory with Python 3, NumPy and SciPy:  python3 driver_reference.py
It writes survey.csv (the synthetic survey, only if absent) and prints the expected numbers
that the tests hard-code. Computed independently of cxkit's approach:
  - R^2 of every subset by ordinary least squares with intercept on the raw data (numpy.linalg.lstsq),
  - Shapley (LMG) values by averaging R^2 increments over every permutation (itertools),
  - Johnson's relative weights through his original construction: the singular value decomposition
    X = P D Q' of the standardized drivers, orthogonal counterparts Z = P Q', the outcome regressed on
    Z and the drivers regressed on Z (Johnson 2000, eqs. 1-6),
  - Pearson and Spearman correlations by scipy.stats.
For pairwise deletion the correlation matrix is built pair by pair and the subset R^2 values come
from it (r_S' R_SS^-1 r_S), since no raw-data regression exists for it.
"""
import csv
import itertools
import math
import os

import numpy as np
from scipy import stats


def read_csv(path):
    with open(path) as f:
        rows = list(csv.reader(f))
    header = rows[0]
    data = np.array([[float(v) if v not in ("", "NA") else np.nan for v in r[1:]] for r in rows[1:]])
    return header[1:], data


def ols_r2(X, y):
    A = np.column_stack([np.ones(len(y)), X])
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    resid = y - A @ coef
    return 1 - resid @ resid / ((y - y.mean()) @ (y - y.mean()))


def shapley_by_permutations(r2_of):
    p = r2_of.p
    phi = np.zeros(p)
    perms = list(itertools.permutations(range(p)))
    for perm in perms:
        entered = []
        before = 0.0
        for j in perm:
            entered.append(j)
            after = r2_of(tuple(sorted(entered)))
            phi[j] += after - before
            before = after
    return phi / len(perms)


class RawR2:
    def __init__(self, X, y):
        self.X, self.y, self.p = X, y, X.shape[1]

    def __call__(self, subset):
        return ols_r2(self.X[:, list(subset)], self.y)


class CorrR2:
    def __init__(self, R):
        self.R, self.p = R, R.shape[0] - 1

    def __call__(self, subset):
        s = list(subset)
        rxy = self.R[s, -1]
        return rxy @ np.linalg.solve(self.R[np.ix_(s, s)], rxy)


def johnson_svd(X, y):
    Xs = (X - X.mean(0)) / X.std(0, ddof=1)
    ys = (y - y.mean()) / y.std(ddof=1)
    P, d, Qt = np.linalg.svd(Xs, full_matrices=False)
    Z = P @ Qt * math.sqrt(len(y) - 1)          # orthogonal counterparts, unit variance
    beta = np.linalg.lstsq(Z, ys, rcond=None)[0]   # outcome on Z
    lam = np.linalg.lstsq(Z, Xs, rcond=None)[0]    # drivers on Z: lam[k, j]
    return (lam ** 2).T @ (beta ** 2)


def johnson_eigen(R):
    rxx, rxy = R[:-1, :-1], R[:-1, -1]
    w, Q = np.linalg.eigh(rxx)
    lam = Q @ np.diag(np.sqrt(w)) @ Q.T
    beta = np.linalg.solve(lam, rxy)
    return (lam ** 2) @ (beta ** 2)


def report(title, names, r2, rw, sh, pearson, spearman, n):
    print(f"== {title} (n = {n})")
    print(f"R2 {r2:.10f}")
    for i, name in enumerate(names):
        print(f"{name:>10} pearson {pearson[i]: .10f} spearman {spearman[i]: .10f} "
              f"rw {rw[i]:.10f} share {rw[i] / r2:.10f} shapley {sh[i]:.10f}")


def listwise_case(title, names, X, y):
    keep = ~np.isnan(X).any(1) & ~np.isnan(y)
    X, y = X[keep], y[keep]
    r2 = ols_r2(X, y)
    rw = johnson_svd(X, y)
    sh = shapley_by_permutations(RawR2(X, y))
    pearson = [stats.pearsonr(X[:, j], y)[0] for j in range(X.shape[1])]
    spearman = [stats.spearmanr(X[:, j], y)[0] for j in range(X.shape[1])]
    report(title, names, r2, rw, sh, pearson, spearman, len(y))


def pairwise_case(title, names, X, y):
    cols = np.column_stack([X, y])
    k = cols.shape[1]
    R = np.eye(k)
    counts = []
    for a in range(k):
        for b in range(a):
            ok = ~np.isnan(cols[:, a]) & ~np.isnan(cols[:, b])
            counts.append(ok.sum())
            R[a, b] = R[b, a] = stats.pearsonr(cols[ok, a], cols[ok, b])[0]
    r2_of = CorrR2(R)
    r2 = r2_of(tuple(range(k - 1)))
    rw = johnson_eigen(R)
    sh = shapley_by_permutations(r2_of)
    spearman = []
    for j in range(k - 1):
        ok = ~np.isnan(X[:, j]) & ~np.isnan(y)
        spearman.append(stats.spearmanr(X[ok, j], y[ok])[0])
    report(title, names, r2, rw, sh, R[:-1, -1], spearman, min(counts))


def write_survey(path):
    rng = np.random.default_rng(20260101)
    n = 80
    latent = rng.normal(size=(n, 5)) @ np.linalg.cholesky(
        np.array([[1, .5, .3, .2, .1], [.5, 1, .4, .2, .1], [.3, .4, 1, .3, .2],
                  [.2, .2, .3, 1, .2], [.1, .1, .2, .2, 1]])).T
    ratings = np.clip(np.round(3 + 1.1 * latent), 1, 5)
    ltr = np.clip(np.round(2 + 0.9 * ratings @ np.array([.8, .5, .3, .1, 0]) / 1.7
                           + rng.normal(scale=1.2, size=n)), 0, 10)
    ratings[rng.random(size=ratings.shape) < 0.06] = np.nan
    ltr[rng.random(size=n) < 0.04] = np.nan
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["respondent", "ltr", "service", "trust", "staff", "price", "app"])
        for i in range(n):
            w.writerow([i + 1] + ["" if np.isnan(v) else int(v) for v in [ltr[i], *ratings[i]]])


names, mt = read_csv("mtcars.csv")            # mpg, cyl, disp, hp, gear
col = {n: mt[:, i] for i, n in enumerate(names)}
drv = ["cyl", "disp", "hp", "gear"]
listwise_case("mtcars mpg ~ cyl + disp + hp + gear", drv, np.column_stack([col[d] for d in drv]), col["mpg"])
drv = ["mpg", "cyl", "disp", "gear"]
listwise_case("mtcars hp ~ mpg + cyl + disp + gear", drv, np.column_stack([col[d] for d in drv]), col["hp"])

if not os.path.exists("survey.csv"):
    write_survey("survey.csv")
names, sv = read_csv("survey.csv")               # ltr, service, trust, staff, price, app
listwise_case("survey ltr ~ 5 drivers, listwise", names[1:], sv[:, 1:], sv[:, 0])
pairwise_case("survey ltr ~ 5 drivers, pairwise", names[1:], sv[:, 1:], sv[:, 0])
