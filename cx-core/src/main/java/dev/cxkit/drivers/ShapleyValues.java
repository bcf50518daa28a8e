package dev.cxkit.drivers;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.SplittableRandom;

/**
 * Shapley values (LMG) of R^2: each driver's R^2 increment averaged over all orders of entry.
 *
 * <p>For {@code p} drivers, phi_j = sum over subsets S not containing j of
 * |S|! (p - |S| - 1)! / p! * (R^2(S + j) - R^2(S)) (Lindeman, Merenda &amp; Gold 1980,
 * "Introduction to Bivariate and Multivariate Analysis"; in this form U. Grömping 2006, "Relative
 * importance for linear regression in R: the package relaimpo", Journal of Statistical Software
 * 17(1)). The values sum to the full model's R^2.
 *
 * <p>R^2(S) comes from the correlation matrix: conditioning the matrix on a driver (the Schur
 * complement, one step of Gaussian elimination) leaves the outcome's residual variance
 * 1 - R^2(S) in its diagonal entry. {@link #exact} visits all 2^p subsets depth first, each
 * child one elimination away from its parent, so a subset costs at most O(p^2) instead of a
 * fresh factorization, and the averaging O(p 2^p). {@link #sampled} averages the increments
 * over random orders instead.
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
        checkArgument(
                !(p > MAX_EXACT_DRIVERS),
                "exact Shapley values need at most %s drivers, were %s",
                MAX_EXACT_DRIVERS,
                p);
        double[] rSquared = new SubsetVisitor(correlations).rSquaredOfEverySubset();
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
     * Depth-first walk over all subsets. A node is a subset S whose largest driver is
     * {@code start - 1}; it holds the correlation matrix of drivers {@code start..p-1} and the
     * outcome conditioned on S, flattened row by row into the buffer of its depth (so the walk
     * allocates nothing per node). Its children add one driver {@code c >= start}.
     */
    private static final class SubsetVisitor {
        private final int p;
        private final double[][] buffers;
        private final double[] rSquared;

        SubsetVisitor(CorrelationMatrix correlations) {
            this.p = correlations.drivers();
            this.buffers = new double[p + 1][(p + 1) * (p + 1)];
            this.rSquared = new double[1 << p];
            for (int a = 0; a <= p; a++) {
                for (int b = 0; b <= p; b++) {
                    buffers[0][a * (p + 1) + b] = correlations.entry(a, b);
                }
            }
        }

        double[] rSquaredOfEverySubset() {
            visit(0, 0, 0);
            return rSquared;
        }

        private void visit(int start, int subset, int depth) {
            double[] m = buffers[depth];
            int k = p - start + 1;
            rSquared[subset] = 1 - m[k * k - 1];
            for (int c = 0; c < k - 1; c++) {
                conditionInto(m, k, c, buffers[depth + 1]);
                visit(start + c + 1, subset | 1 << (start + c), depth + 1);
            }
        }

        /**
         * Writes {@code m} (dimension {@code k}) conditioned on its entry {@code pivot} (the
         * Schur complement), keeping only the entries after the pivot, into {@code out}.
         */
        private static void conditionInto(double[] m, int k, int pivot, double[] out) {
            int size = k - pivot - 1;
            double d = m[pivot * k + pivot];
            for (int a = 0; a < size; a++) {
                int row = (pivot + 1 + a) * k;
                double factor = m[row + pivot] / d;
                for (int b = 0; b < size; b++) {
                    out[a * size + b] =
                            m[row + pivot + 1 + b] - factor * m[pivot * k + pivot + 1 + b];
                }
            }
        }
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
