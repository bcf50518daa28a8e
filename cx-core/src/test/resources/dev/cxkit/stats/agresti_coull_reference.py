"""Reference values for ProportionsTest's Agresti-Coull cases, computed independently of cxkit
with SciPy (python3 agresti_coull_reference.py; SciPy 1.x, NumPy).

Agresti & Coull (1998), "Approximate is better than 'exact' for interval estimation of binomial
proportions", The American Statistician 52:119-126; in the form of Brown, Cai & DasGupta (2001),
Statistical Science 16:101-133, section 4.1.2: with kappa = z_(1-alpha/2),
X~ = X + kappa^2/2, n~ = n + kappa^2, p~ = X~/n~, the interval is
p~ +- kappa sqrt(p~ (1 - p~) / n~), clipped here to [0, 1].
Printed: x, n, level, lower, upper (unclipped lower, unclipped upper).
"""
from scipy.stats import norm

CASES = [(30, 50, 0.95), (0, 20, 0.90), (20, 20, 0.99), (1, 10, 0.95), (15, 112, 0.95),
         (1869, 7043, 0.95), (5, 5, 0.95)]
for x, n, level in CASES:
    k = norm.ppf(1 - (1 - level) / 2)
    nt = n + k * k
    pt = (x + k * k / 2) / nt
    half = k * (pt * (1 - pt) / nt) ** 0.5
    lo, hi = pt - half, pt + half
    print(f"{x}, {n}, {level}, {max(0.0, lo):.12f}, {min(1.0, hi):.12f} ({lo:.12f}, {hi:.12f})")

# Output:
# 30, 50, 0.95, 0.461634140667, 0.724096339506 (0.461634140667, 0.724096339506)
# 0, 20, 0.9, 0.000000000000, 0.141287711210 (-0.022129873849, 0.141287711210)
# 20, 20, 0.99, 0.710637454862, 1.000000000000 (0.710637454862, 1.040257144039)
# 1, 10, 0.95, 0.000000000000, 0.425967737395 (-0.003941497505, 0.425967737395)
# 15, 112, 0.95, 0.081754031942, 0.210381954304 (0.081754031942, 0.210381954304)
# 1869, 7043, 0.95, 0.255187319940, 0.275808230434 (0.255187319940, 0.275808230434)
# 5, 5, 0.95, 0.510945140367, 1.000000000000 (0.510945140367, 1.054572394850)
