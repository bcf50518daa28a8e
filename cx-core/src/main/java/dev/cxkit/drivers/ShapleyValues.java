package dev.cxkit.drivers;

import java.util.SplittableRandom;

/**
 * Shapley values (LMG) of R^2: each driver's R^2 increment averaged over all orders of entry.
 *
 * <p>For {@code p} drivers, phi_j = sum over subsets S not containing j of
 * |S|! (p - |S| - 1)! / p! * (R^2(S + j) - R^2(S)) (Lindeman, Merenda &amp; Gold 1980; Grömping
 * 2006, "Relative importance for linear regression in R: the package relaimpo", J. Stat. Softw.
 * 17(1), eq. 4). The values sum to the full model's R^2.
 *
 * <p>R^2(S) comes from the correlation matrix: conditioning the matrix on a driver (the Schur
 * complement, one step of Gaussian elimination) leaves the outcome's residual variance
 * 1 - R^2(S) in its diagonal entry. {@link #exact} visits all 2^p subsets depth first, each
 * child one elimination away from its parent, so each subset costs O(p^2) instead of a fresh
 * factorization. {@link #sampled} averages the increments over random orders instead.
 *
 * <p>The caller guarantees R_xx is positive definite (no constant or collinear driver), so every
 * pivot is positive. Stateless.
 */
final class ShapleyValues {

    /** Most drivers {@link #exact} accepts: 2^20 subsets. */
    static final int MAX_EXACT_DRIVERS = 20;

    private ShapleyValues() {}

    /** Exact Shapley values over all 2^p subsets; {@code p <= MAX_EXACT_DRIVERS}. */
    static double[] exact(CorrelationMatrix correlations) {
        int p = correlations.drivers();
        if (p > MAX_EXACT_DRIVERS) {
            throw new IllegalArgumentException("exact Shapley values need at most "
                    + MAX_EXACT_DRIVERS + " drivers, were " + p);
        }
        double[] rSquared = new double[1 << p];
        int[] all = new int[p + 1];
        for (int i = 0; i <= p; i++) {
            all[i] = i;
        }
        visit(correlations.entries(), all, 0, rSquared);
        double[] weight = orderWeights(p);
        double[] phi = new double[p];
        for (int subset = 0; subset < rSquared.length - 1; subset++) {
            double w = weight[Integer.bitCount(subset)];
            for (int j = 0; j < p; j++) {
                if ((subset & 1 << j) == 0) {
                    phi[j] += w * (rSquared[subset | 1 << j] - rSquared[subset]);
                }
            }
        }
        return phi;
    }

    /**
     * Monte Carlo Shapley values: the mean R^2 increment of each driver over {@code orders}
     * random orders of entry drawn from {@code random}; unbiased, and the values still sum to
     * R^2 exactly.
     */
    static double[] sampled(CorrelationMatrix correlations, int orders, SplittableRandom random) {
        int p = correlations.drivers();
        double[] phi = new double[p];
        int[] order = new int[p];
        for (int o = 0; o < orders; o++) {
            for (int i = 0; i < p; i++) {
                order[i] = i;
            }
            for (int i = p - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double[][] m = correlations.entries();
            double explained = 0;
            for (int step = 0; step < p; step++) {
                int driver = order[step];
                eliminateInPlace(m, driver);
                double next = 1 - m[p][p];
                phi[driver] += next - explained;
                explained = next;
            }
        }
        for (int j = 0; j < p; j++) {
            phi[j] /= orders;
        }
        return phi;
    }

    /**
     * Records R^2 of {@code subset} and recurses into the subsets that add one driver with an
     * index above every member. {@code m} is the correlation matrix conditioned on the subset,
     * restricted to {@code vars} (candidate drivers in increasing order, the outcome last).
     */
    private static void visit(double[][] m, int[] vars, int subset, double[] rSquared) {
        int last = vars.length - 1;
        rSquared[subset] = 1 - m[last][last];
        for (int c = 0; c < last; c++) {
            int[] childVars = new int[last - c];
            for (int i = 0; i < childVars.length; i++) {
                childVars[i] = vars[c + 1 + i];
            }
            visit(conditioned(m, c), childVars, subset | 1 << vars[c], rSquared);
        }
    }

    /** {@code m} conditioned on entry {@code pivot}, keeping only the entries after it. */
    private static double[][] conditioned(double[][] m, int pivot) {
        int k = m.length - pivot - 1;
        double[][] out = new double[k][k];
        double d = m[pivot][pivot];
        for (int a = 0; a < k; a++) {
            double[] row = m[pivot + 1 + a];
            double factor = row[pivot] / d;
            for (int b = 0; b < k; b++) {
                out[a][b] = row[pivot + 1 + b] - factor * m[pivot][pivot + 1 + b];
            }
        }
        return out;
    }

    /** Conditions the full matrix {@code m} on entry {@code pivot} in place (Schur complement). */
    private static void eliminateInPlace(double[][] m, int pivot) {
        double d = m[pivot][pivot];
        int k = m.length;
        for (int a = 0; a < k; a++) {
            if (a == pivot) {
                continue;
            }
            double factor = m[a][pivot] / d;
            for (int b = 0; b < k; b++) {
                if (b != pivot) {
                    m[a][b] -= factor * m[pivot][b];
                }
            }
        }
        for (int a = 0; a < k; a++) {
            m[a][pivot] = 0;
            m[pivot][a] = 0;
        }
        m[pivot][pivot] = 1;
    }

    /** w[s] = s! (p - s - 1)! / p!, the share of orders in which a given s-subset precedes j. */
    private static double[] orderWeights(int p) {
        double[] w = new double[p];
        for (int s = 0; s < p; s++) {
            // 1 / (p * C(p - 1, s))
            double choose = 1;
            for (int i = 1; i <= s; i++) {
                choose = choose * (p - s - 1 + i) / i;
            }
            w[s] = 1 / (p * choose);
        }
        return w;
    }
}
