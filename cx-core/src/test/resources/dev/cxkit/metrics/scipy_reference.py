# Independent reference values for cxkit's survey-metric tests (NpsScipyTest, CsatTest,
# CesTest). Run: python3 scipy_reference.py  (Python 3, NumPy, SciPy; not a build dependency).
# Each value is computed from raw responses or the textbook formula, not from cxkit.
import math
import numpy as np
from scipy import optimize, stats


def tango(d, pa, p, level):
    """Tango (1998) score interval for P - D: roots of Z(delta) = +-z, SciPy brentq."""
    n = d + pa + p
    z = stats.norm.ppf((1 + level) / 2)

    def zstat(delta):
        a, b = 2 * n, -p - d + (2 * n - p + d) * delta
        c = -d * delta * (1 - delta)
        q = (math.sqrt(b * b - 4 * a * c) - b) / (2 * a)
        return (p - d - n * delta) / math.sqrt(n * (2 * q + delta * (1 - delta)))

    est = (p - d) / n
    return (optimize.brentq(lambda x: zstat(x) - z, -1 + 1e-12, est, xtol=1e-14),
            optimize.brentq(lambda x: zstat(x) + z, est, 1 - 1e-12, xtol=1e-14))


def scores(d, pa, p):
    """The -1/0/+1 responses of a sample."""
    return np.array([-1] * d + [0] * pa + [1] * p, dtype=float)


def adjusted_wald(d, pa, p, level):
    x = scores(d, pa, p)
    # pseudo-observations (0.75, 1.5, 0.75) as weights on -1, 0, +1
    values = np.concatenate([x, [-1, 0, 1]])
    weights = np.concatenate([np.ones_like(x), [0.75, 1.5, 0.75]])
    n = weights.sum()
    mean = np.average(values, weights=weights)
    var = np.average((values - mean) ** 2, weights=weights)
    half = stats.norm.ppf((1 + level) / 2) * math.sqrt(var / n)
    return mean, max(-1, mean - half), min(1, mean + half)


print("tango (2,5,13) 90%:", tango(2, 5, 13, 0.90))
print("tango (30,20,50) 99%:", tango(30, 20, 50, 0.99))
print("tango (0,3,4) 95%:", tango(0, 3, 4, 0.95))
print("adjusted wald (5,10,20) 90%:", adjusted_wald(5, 10, 20, 0.90))

# Two samples, adjusted Wald: (15,25,60) vs (25,30,45) with per-group pseudo-observations.
def adjusted_mean_se(d, pa, p):
    n = d + pa + p + 3
    pp, dd = (p + 0.75) / n, (d + 0.75) / n
    return pp - dd, math.sqrt((pp + dd - (pp - dd) ** 2) / n)
m1, s1 = adjusted_mean_se(15, 25, 60)
m2, s2 = adjusted_mean_se(25, 30, 45)
diff, se = m1 - m2, math.hypot(s1, s2)
print("two-sample adjusted wald: diff", diff, "se", se, "z", diff / se,
      "p", 2 * stats.norm.sf(abs(diff / se)))

# Survey weights (reference section 4 data): linearization SE from the raw responses.
sc = np.array([10, 9, 9, 8, 7, 6, 5, 10, 3, 9])
w = np.array([1, 2, .5, 1, 1.5, 1, 2, .5, 1, 1.5])
x = np.where(sc >= 9, 1.0, np.where(sc <= 6, -1.0, 0.0))
nps_w = np.sum(w * x) / np.sum(w)
n = len(x)
lin = math.sqrt(n / (n - 1) * np.sum(w ** 2 * (x - nps_w) ** 2)) / np.sum(w)
print("weighted nps", nps_w, "linearization se", lin)

# Sample sizes.
z95 = stats.norm.ppf(0.975)
print("fpc 1537 in 5000:", math.ceil(1537 / (1 + 1536 / 5000)))
def variance(promoters, detractors):
    """Per-response variance of the -1/0/+1 score from the shares (Rocks 2016, eq. 2)."""
    return promoters + detractors - (promoters - detractors) ** 2


print("two groups, 10 points, 95%, power 0.8, shares (0.6, 0.2) and (0.5, 0.1):",
      math.ceil((z95 + stats.norm.ppf(0.8)) ** 2
                * (variance(0.6, 0.2) + variance(0.5, 0.1)) / 0.1 ** 2))
print("margin 3 points, 90%, shares (0.6, 0.2):",
      math.ceil(stats.norm.ppf(0.95) ** 2 * variance(0.6, 0.2) / 0.03 ** 2))

# CSAT mean t interval (reference section 6 counts) and CES 2.0 on 1..7, from raw responses.
csat = np.repeat([1, 2, 3, 4, 5], [5, 5, 10, 20, 10])
print("csat mean t 95%:", stats.t.interval(0.95, len(csat) - 1, loc=csat.mean(),
                                         scale=stats.sem(csat)))
ces = np.repeat([1, 2, 3, 4, 5, 6, 7], [2, 3, 5, 10, 20, 25, 15])
print("ces mean", ces.mean(), "t 90%:", stats.t.interval(0.90, len(ces) - 1, loc=ces.mean(),
                                                       scale=stats.sem(ces)),
      "agree", np.mean(ces >= 5), "disagree", np.mean(ces <= 3))
legacy = np.repeat([1, 2, 3, 4, 5], [30, 25, 20, 15, 10])
print("ces legacy mean", legacy.mean(), "easy", np.mean(legacy <= 2), "hard",
      np.mean(legacy >= 4))

# Scorecard tests: Welch's t-test of two CSAT groups from raw responses, the unpooled Wald
# test of their top-2-box shares, and p-value adjustments (Holm by its definition,
# Benjamini-Hochberg by scipy.stats.false_discovery_control).
a = np.repeat([1, 2, 3, 4, 5], [2, 3, 5, 12, 8])
b = np.repeat([1, 2, 3, 4, 5], [6, 6, 8, 6, 4])
print("welch:", stats.ttest_ind(a, b, equal_var=False))
pa, pb = np.mean(a >= 4), np.mean(b >= 4)
se = math.sqrt(pa * (1 - pa) / len(a) + pb * (1 - pb) / len(b))
print("top-box wald: diff", pa - pb, "se", se, "p", 2 * stats.norm.sf(abs((pa - pb) / se)))
p = np.array([0.01, 0.04, 0.03, 0.005, 0.2])
order = np.argsort(p)
holm = np.empty_like(p)
holm[order] = np.maximum.accumulate(np.minimum(1, (len(p) - np.arange(len(p))) * p[order]))
print("holm:", holm)
print("bh:", stats.false_discovery_control(p))
