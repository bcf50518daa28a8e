# Generates hyp2f1_reference.csv: reference values of the Gauss hypergeometric function 2F1(a, b; c; z)
# from SciPy's scipy.special.hyp2f1 (SciPy 1.17.1, NumPy 2.4.6), kept only where mpmath 1.3.0's
# hyp2f1 at 50 digits agrees to a relative 1e-13 (SciPy's Fortran routine is known to lose accuracy in
# some regions). Run: python3 hyp2f1_reference.py > hyp2f1_reference.csv
import itertools
import mpmath
from scipy.special import hyp2f1

mpmath.mp.dps = 50
print("# a,b,c,z,value  (scipy.special.hyp2f1, confirmed by mpmath.hyp2f1 at 50 digits; see hyp2f1_reference.py)")
cases = list(itertools.product([0.243, 1.0, 2.5, 10.7, 50.0], [0.5, 2.426, 30.0], [0.8, 3.219, 40.0],
                               [0.0, 0.1, 0.5, 0.879, 0.99, 0.999]))
cases += [(-3.0, 2.0, 1.5, 0.7), (-0.5, 1.5, 2.0, 0.9), (1.0, 1.182, 1.886, 1 / 1.1), (2.243, 3.426, 4.219, 0.6)]
for a, b, c, z in cases:
    s = float(hyp2f1(a, b, c, z))
    m = float(mpmath.hyp2f1(a, b, c, z))
    if abs(s - m) <= 1e-13 * abs(m):
        print(f"{a!r},{b!r},{c!r},{z!r},{s!r}")
