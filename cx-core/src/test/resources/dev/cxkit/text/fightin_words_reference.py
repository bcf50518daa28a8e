"""Reference values for cxkit's DistinctiveTerms: the weighted log-odds ratio with an
informative Dirichlet prior of Monroe, Colaresi and Quinn (2008), "Fightin' Words",
Political Analysis 16(4):372-403, equations 16 and 18-20, computed with NumPy.

Run: python3 fightin_words_reference.py > fightin_words_reference.csv

Two cases over the same counts (two groups, six terms, maxGram 1):
  pooled      background = the two groups pooled, alpha_0 = pooled total
  background  background = the counts in BACKGROUND below, alpha_0 = 50
"""
import numpy as np

TERMS = ["entrega", "atraso", "produto", "otimo", "recomendo", "caixa"]
FIRST = np.array([30, 12, 20, 2, 1, 5], dtype=float)   # e.g. 1-2 star reviews
SECOND = np.array([6, 1, 25, 22, 15, 4], dtype=float)  # e.g. 4-5 star reviews
BACKGROUND = np.array([100, 20, 300, 120, 60, 40], dtype=float)


def fightin_words(y_i, y_j, background, alpha0):
    alpha = alpha0 * background / background.sum()
    n_i, n_j = y_i.sum(), y_j.sum()
    delta = (np.log((y_i + alpha) / (n_i + alpha0 - y_i - alpha))
             - np.log((y_j + alpha) / (n_j + alpha0 - y_j - alpha)))
    var = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
    return alpha, delta, var, delta / np.sqrt(var)


print("case,term,first,second,background,alpha0,alpha,delta,variance,z")
pooled = FIRST + SECOND
for case, background, alpha0 in (("pooled", pooled, pooled.sum()),
                                  ("background", BACKGROUND, 50.0)):
    alpha, delta, var, z = fightin_words(FIRST, SECOND, background, alpha0)
    for k, term in enumerate(TERMS):
        print(f"{case},{term},{int(FIRST[k])},{int(SECOND[k])},{int(background[k])},"
              f"{alpha0:.17g},{alpha[k]:.17g},{delta[k]:.17g},{var[k]:.17g},{z[k]:.17g}")
