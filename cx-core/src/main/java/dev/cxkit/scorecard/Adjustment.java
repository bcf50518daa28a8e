package dev.cxkit.scorecard;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Multiple-comparison adjustment of the p-values of a family of tests, such as every row of a
 * scorecard compared with the rest. Adjusted p-values are compared with the level
 * {@code alpha} directly.
 *
 * <p>Immutable and thread-safe.
 */
public enum Adjustment {

    /** No adjustment. */
    NONE,

    /**
     * Bonferroni: {@code min(1, m p)}; controls the family-wise error rate, conservatively.
     */
    BONFERRONI,

    /**
     * Holm's step-down method (Holm 1979, "A simple sequentially rejective multiple test
     * procedure", Scand. J. Statist. 6:65-70): with the p-values sorted ascending,
     * {@code p'_(i) = max_{j <= i} min(1, (m - j + 1) p_(j))}; controls the family-wise error
     * rate and is uniformly more powerful than Bonferroni.
     */
    HOLM,

    /**
     * Benjamini and Hochberg's step-up method (1995, "Controlling the false discovery rate",
     * J. R. Statist. Soc. B 57:289-300): {@code p'_(i) = min_{j >= i} min(1, m p_(j) / j)};
     * controls the false discovery rate for independent or positively dependent tests.
     */
    BENJAMINI_HOCHBERG;

    /**
     * {@return the adjusted p-values, in the order of {@code pValues}}
     *
     * @param pValues the unadjusted p-values, each in [0, 1]
     * @throws IllegalArgumentException when a p-value is not in [0, 1]
     */
    public double[] adjust(double[] pValues) {
        Objects.requireNonNull(pValues, "pValues");
        for (int i = 0; i < pValues.length; i++) {
            checkArgument(
                    pValues[i] >= 0 && pValues[i] <= 1,
                    "pValues[%s] must be in [0, 1], was %s",
                    i,
                    pValues[i]);
        }
        int m = pValues.length;
        int[] ascending = IntStream.range(0, m)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> pValues[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        double[] adjusted = new double[m];
        switch (this) {
            case NONE -> System.arraycopy(pValues, 0, adjusted, 0, m);
            case BONFERRONI -> Arrays.setAll(adjusted, i -> Math.min(1, m * pValues[i]));
            case HOLM -> {
                double running = 0;
                for (int rank = 0; rank < m; rank++) {
                    int i = ascending[rank];
                    running = Math.max(running, Math.min(1, (m - rank) * pValues[i]));
                    adjusted[i] = running;
                }
            }
            case BENJAMINI_HOCHBERG -> {
                double running = 1;
                for (int rank = m - 1; rank >= 0; rank--) {
                    int i = ascending[rank];
                    running = Math.min(running, m * pValues[i] / (rank + 1));
                    adjusted[i] = running;
                }
            }
        }
        return adjusted;
    }
}
